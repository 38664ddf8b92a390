/** The pages a built site lists in its sitemap, as local addresses. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const xml = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });

interface SitemapIndex {
  sitemapindex: { sitemap: { loc: string }[] };
}
interface UrlSet {
  urlset: { url: { loc: string }[] };
}

const readXml = <T>(file: string) => xml.parse(readFileSync(file, 'utf8')) as T;

/** Every public address (`loc`) of `site`'s sitemap: sitemap-index.xml and the sitemaps it names. */
export function sitemapUrls(site: string): string[] {
  const index = readXml<SitemapIndex>(path.join(site, 'sitemap-index.xml'));
  return index.sitemapindex.sitemap.flatMap((entry) => {
    const file = path.join(site, new URL(entry.loc).pathname);
    return readXml<UrlSet>(file).urlset.url.map((url) => url.loc);
  });
}

/**
 * Every address of `site`'s sitemap as paths ("/ke-hoach/") to request from a local server instead of
 * the site's public baseUrl.
 */
export function sitemapRoutes(site: string): string[] {
  return sitemapUrls(site).map((url) => new URL(url).pathname);
}
