/**
 * The counts beside each filter choice on the search page ("Kế hoạch (2)"), from Pagefind's own code
 * on the demo build: they must be the number of results that choice keeps, for the query typed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_FILTERS } from '../../src/lib/search/config';
import { servedOrigin } from '../helpers/served-site';
import { openSiteSearch, type SiteSearch } from '../helpers/pagefind';

let site: SiteSearch;

beforeAll(async () => {
  site = await openSiteSearch(inject('demoSite'), servedOrigin('demo'));
});

afterAll(async () => {
  await site?.stop();
});

const sum = (counts: Record<string, number> | undefined) =>
  Object.values(counts ?? {}).reduce((total, count) => total + count, 0);

describe('filter counts', () => {
  it('give, for a query with no filter chosen, how many of its results each choice keeps', async () => {
    const outcome = await site.outcome('thi dua');
    const kinds = outcome.filterCounts[SEARCH_FILTERS.kind] ?? {};
    expect(kinds['Kế hoạch']).toBe(2);
    // Every result but the site's own pages (Giới thiệu), which are in no filter.
    expect(sum(kinds)).toBeGreaterThanOrEqual(outcome.results.length - 1);
    expect(sum(outcome.filterCounts[SEARCH_FILTERS.year])).toBeGreaterThan(0);
    expect(sum(outcome.filterCounts[SEARCH_FILTERS.award])).toBeGreaterThan(0);
    for (const [kind, count] of Object.entries(kinds)) {
      const filtered = await site.outcome('thi dua', { filters: { [SEARCH_FILTERS.kind]: kind } });
      expect(filtered.results.length, kind).toBe(count);
    }
  });

  it('stay those of the query alone once a filter is chosen, so the other choices do not read 0', async () => {
    const alone = await site.outcome('thi dua');
    const filtered = await site.outcome('thi dua', { filters: { [SEARCH_FILTERS.kind]: 'Kế hoạch' } });
    expect(filtered.filterCounts).toEqual(alone.filterCounts);
  });
});
