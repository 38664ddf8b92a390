/**
 * What a visitor's browser downloads for a first search: opens /tim-kiem/ in Chromium behind nginx,
 * types a query, and counts the bytes of every request the search made (Pagefind's code, its
 * WebAssembly, the index chunks and the result fragments), as this nginx serves them (headers
 * included), and gzipped as a compressing server would send them.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGEFIND_BUNDLE_PATH } from '../../src/lib/search/config';
import { launchBrowser } from './browser';
import { serveWithNginx } from './nginx-server';

export interface Download {
  url: string;
  /** Bytes on the wire. */
  bytes: number;
  /** Gzipped size of the file (bytes on the wire when it is not a file). */
  gzip: number;
  /** Requested by the search rather than by opening the page. */
  onSearch: boolean;
}

export interface FirstSearch {
  query: string;
  downloads: Download[];
  /** Bytes the first search downloaded. */
  searchBytes: number;
  /** The same files, gzipped. */
  searchGzipBytes: number;
  /** Bytes of the search page itself and what it loads before a search. */
  openingBytes: number;
}

/** Pagefind's code and index, and the site's search script. */
export const isSearchCode = (download: Download) => download.url.startsWith(PAGEFIND_BUNDLE_PATH) || (download.url.startsWith('/_astro/') && download.url.endsWith('.js'));

export async function measureFirstSearch(siteDir: string, query: string): Promise<FirstSearch> {
  const site = await serveWithNginx(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map<string, string>();
    const transferred = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
    cdp.on('Network.loadingFinished', (event) => transferred.set(event.requestId, event.encodedDataLength));
    await page.goto(`${site.origin}/tim-kiem/`, { waitUntil: 'networkidle' });
    const beforeSearch = new Set(transferred.keys());
    await page.getByRole('searchbox').fill(query);
    await page.waitForSelector('.result');
    await page.waitForLoadState('networkidle');
    const downloads = [...transferred].map(([id, bytes]) => {
      const url = new URL(urls.get(id) ?? 'about:blank').pathname;
      const file = path.join(siteDir, url);
      const isFile = url !== '/' && statSync(file, { throwIfNoEntry: false })?.isFile();
      return { url, bytes, gzip: isFile ? gzipSync(readFileSync(file)).length : bytes, onSearch: !beforeSearch.has(id) };
    });
    const sum = (list: Download[], key: 'bytes' | 'gzip') => list.reduce((total, download) => total + download[key], 0);
    const searching = downloads.filter((download) => download.onSearch);
    return {
      query,
      downloads,
      searchBytes: sum(searching, 'bytes'),
      searchGzipBytes: sum(searching, 'gzip'),
      openingBytes: sum(
        downloads.filter((download) => !download.onSearch),
        'bytes',
      ),
    };
  } finally {
    await browser.close();
    await site.stop();
  }
}
