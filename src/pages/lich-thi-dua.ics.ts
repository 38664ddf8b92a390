/** /lich-thi-dua.ics: the public phases, their occasions and the plans' deadlines, for calendar apps. */
import type { APIRoute } from 'astro';
import { loadContent } from '../data/content';
import { siteCalendar } from '../lib/calendar-feed';
import { serializeCalendar } from '../lib/icalendar';
import { siteConfig } from '../lib/site-config';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  const calendar = siteCalendar(content, { baseUrl: siteConfig.baseUrl, agencyName: siteConfig.agency.name, stamp: new Date() });
  return new Response(serializeCalendar(calendar), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
