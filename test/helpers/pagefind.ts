/**
 * Pagefind's own search code (the `pagefind.js` the build wrote) against a built site served by
 * nginx, as the search page runs it in a browser.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveWithNginx } from '../../scripts/lib/nginx-server';
import { PAGEFIND_BUNDLE_PATH } from '../../src/lib/search/config';
import { PAGEFIND_OPTIONS, runSearch, type PagefindApi, type PagefindResultData } from '../../src/lib/search/run-search';
import { EMPTY_SEARCH, type SearchState } from '../../src/lib/search/search-state';

export interface SiteSearch {
  pagefind: PagefindApi;
  /** Runs a search as the search page does; returns the results' data, best first. */
  search: (query: string, state?: Partial<SearchState>) => Promise<PagefindResultData[]>;
  /** Addresses of the results, best first. */
  urls: (query: string, state?: Partial<SearchState>) => Promise<string[]>;
  stop: () => Promise<void>;
}

interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindApi & { destroy: () => Promise<void> };
}

export async function openSiteSearch(siteDir: string): Promise<SiteSearch> {
  const site = await serveWithNginx(siteDir);
  const module = (await import(pathToFileURL(path.join(siteDir, PAGEFIND_BUNDLE_PATH, 'pagefind.js')).href)) as PagefindModule;
  const pagefind = module.createInstance({ ...PAGEFIND_OPTIONS, basePath: `${site.origin}${PAGEFIND_BUNDLE_PATH}` });
  const search = async (query: string, state: Partial<SearchState> = {}) => {
    const outcome = await runSearch(pagefind, { ...EMPTY_SEARCH, ...state, query });
    return Promise.all(outcome.results.map((result) => result.data()));
  };
  return {
    pagefind,
    search,
    urls: async (query, state) => (await search(query, state)).map((data) => new URL(data.url, site.origin).pathname),
    stop: async () => {
      await pagefind.destroy();
      await site.stop();
    },
  };
}
