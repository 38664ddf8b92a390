/** /lich-thi-dua.ics: the public phases, their occasions and the plans' deadlines and the closing days of public-comment notices, for calendar apps. */
import type { APIRoute } from 'astro';
import { loadContent, loadYearCycle } from '../data/content';
import { siteCalendar } from '../lib/calendar-feed';
import { serializeCalendar } from '../lib/icalendar';
import { siteConfig } from '../lib/site-config';

export const GET: APIRoute = async () => {
  const [content, cycle] = await Promise.all([loadContent(), loadYearCycle()]);
  const calendar = siteCalendar(
    { ...content, notices: cycle.notices },
    { baseUrl: siteConfig.baseUrl, agencyName: siteConfig.agency.name, stamp: new Date() },
  );
  return new Response(serializeCalendar(calendar), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
