/** The pages a built site lists in its sitemap, as local addresses. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const xml = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });

/**
 * Every address of `site`'s sitemap (sitemap-index.xml and the sitemaps it names), as paths
 * ("/ke-hoach/") to request from a local server instead of the site's public baseUrl.
 */
export function sitemapRoutes(site: string): string[] {
  const index = xml.parse(readFileSync(path.join(site, 'sitemap-index.xml'), 'utf8'));
  return index.sitemapindex.sitemap.flatMap((entry: { loc: string }) => {
    const file = path.join(site, new URL(entry.loc).pathname);
    return xml.parse(readFileSync(file, 'utf8')).urlset.url.map((url: { loc: string }) => new URL(url.loc).pathname);
  });
}
