/**
 * Pagefind's own search code (the `pagefind.js` the build wrote) against a built site served by
 * nginx, as the search page runs it in a browser.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveWithNginx } from '../../scripts/lib/nginx-server';
import { PAGEFIND_BUNDLE_PATH } from '../../src/lib/search/config';
import { openSearchIndex, type PagefindModule } from '../../src/lib/search/open-index';
import {
  runSearch,
  type PagefindApi,
  type PagefindResultData,
  type SearchIndex,
  type SearchOutcome,
} from '../../src/lib/search/run-search';
import { EMPTY_SEARCH, type SearchState } from '../../src/lib/search/search-state';

export interface SiteSearch {
  /** The index's shards merged, as the search page opens them. */
  index: SearchIndex;
  /** Pagefind's own search over every shard (the merged instance), without the site's rules. */
  pagefind: PagefindApi;
  /** Runs a search as the search page does; returns the results' data, best first. */
  search: (query: string, state?: Partial<SearchState>) => Promise<PagefindResultData[]>;
  /** The whole outcome the search page shows: results and the counts beside each filter choice. */
  outcome: (query: string, state?: Partial<SearchState>) => Promise<SearchOutcome>;
  /** Addresses of the results, best first. */
  urls: (query: string, state?: Partial<SearchState>) => Promise<string[]>;
  stop: () => Promise<void>;
}

/**
 * Pagefind's search on `siteDir`, fetched from `origin` when the site is already served (a site of
 * the run: test/helpers/served-site.ts), else from an nginx started for it and stopped by `stop()`.
 */
export async function openSiteSearch(siteDir: string, origin?: string): Promise<SiteSearch> {
  const site = origin ? { origin, stop: async () => {} } : await serveWithNginx(siteDir);
  const module = (await import(
    pathToFileURL(path.join(siteDir, PAGEFIND_BUNDLE_PATH, 'pagefind.js')).href
  )) as PagefindModule;
  const index = await openSearchIndex(module, `${site.origin}${PAGEFIND_BUNDLE_PATH}`);
  const outcome = (query: string, state: Partial<SearchState> = {}) =>
    runSearch(index, { ...EMPTY_SEARCH, ...state, query });
  const search = async (query: string, state: Partial<SearchState> = {}) =>
    Promise.all((await outcome(query, state)).results.map((result) => result.data()));
  return {
    index,
    pagefind: index.pagefind,
    outcome,
    search,
    urls: async (query, state) => (await search(query, state)).map((data) => new URL(data.url, site.origin).pathname),
    stop: async () => {
      await index.destroy();
      await site.stop();
    },
  };
}
