/** /rss.xml: the public plans, profiles, notices and decisions, newest first (see src/lib/feed.ts for the dates). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadContent, loadYearCycle } from '../data/content';
import { t } from '../i18n/ui';
import { feedItems, startOfDayInVietnam } from '../lib/feed';
import { routes } from '../lib/routes';
import { siteConfig } from '../lib/site-config';

export const GET: APIRoute = async () => {
  const [content, cycle] = await Promise.all([loadContent(), loadYearCycle()]);
  return rss({
    title: t('feed.title', { site: siteConfig.siteName, agency: siteConfig.agency.name }),
    description: siteConfig.description,
    site: siteConfig.baseUrl,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><atom:link href="${new URL(routes.feed, siteConfig.baseUrl).href}" rel="self" type="application/rss+xml"/>`,
    items: feedItems({ ...content, notices: cycle.notices, decisions: cycle.decisions }).map((item) => ({
      title: item.title,
      link: item.link,
      description: item.description,
      categories: item.categories,
      ...(item.date ? { pubDate: startOfDayInVietnam(item.date) } : {}),
    })),
  });
};
