/**
 * Which built addresses the sitemap lists. @astrojs/sitemap starts from the pages the build actually
 * wrote, so drafts and embargoed entries, never built, cannot appear; this keeps out what is not a
 * page for readers: files (feed, calendar, share images, robots.txt), the 404 page and the staff
 * editor (/quan-tri/).
 */
export function isSitemapPage(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') && !/^\/404\/?$/.test(pathname) && !pathname.startsWith('/quan-tri/');
}
