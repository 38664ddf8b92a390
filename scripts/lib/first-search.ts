/**
 * What a visitor's browser downloads for a first search: opens /tim-kiem/ in Chromium behind nginx,
 * types a query, and counts the bytes of every request the search made (Pagefind's code, its
 * WebAssembly, the index chunks and the result fragments), as this nginx serves them (headers
 * included), and gzipped as a compressing server would send them.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
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

/** Search times in the search page, in milliseconds: the median of several runs, each in a fresh browser context. */
export interface SearchTimes {
  query: string;
  runs: number;
  /** From submitting the form on a fresh page to the first result in the list: Pagefind's code, index and fragments fetched, then searched. */
  firstResultMs: number;
  /** The same for a second query on that page, once Pagefind is loaded: the search itself. */
  laterResultMs: number;
}

/** Submits the search form and resolves with the milliseconds until a result, or the no-results notice, shows. */
async function timedSubmit(page: Page, query: string): Promise<number> {
  await page.getByRole('searchbox').fill(query);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const list = document.querySelector('[data-results]')!;
        const notice = document.querySelector<HTMLElement>('[data-no-results]')!;
        list.replaceChildren();
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (list.querySelector('.result') || !notice.hidden) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        document.querySelector('form')!.requestSubmit();
      }),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Times the first search and a later one in the search page, in Chromium behind nginx (no network
 * delay: what is left is fetching from a local server, Pagefind's WebAssembly and this site's code).
 * `laterQuery` runs second, on the same page.
 */
export async function measureSearchTimes(
  siteDir: string,
  query: string,
  laterQuery: string,
  runs = 5,
): Promise<SearchTimes> {
  const site = await serveWithNginx(siteDir);
  const browser = await launchBrowser();
  try {
    const first: number[] = [];
    const later: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.origin}/tim-kiem/`, { waitUntil: 'networkidle' });
      first.push(await timedSubmit(page, query));
      await page.waitForLoadState('networkidle');
      later.push(await timedSubmit(page, laterQuery));
      await context.close();
    }
    return { query, runs, firstResultMs: median(first), laterResultMs: median(later) };
  } finally {
    await browser.close();
    await site.stop();
  }
}

/** Pagefind's code and index, and the site's search script. */
export const isSearchCode = (download: Download) =>
  download.url.startsWith(PAGEFIND_BUNDLE_PATH) ||
  (download.url.startsWith('/_astro/') && download.url.endsWith('.js'));

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
      return {
        url,
        bytes,
        gzip: isFile ? gzipSync(readFileSync(file)).length : bytes,
        onSearch: !beforeSearch.has(id),
      };
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
