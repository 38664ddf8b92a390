/**
 * Search quality, on the real built index with Pagefind's own search code: every regression query
 * finds its page in the top 3, including every query with đ typed as d; and the suite is shown to
 * fail on an index built without the unaccented forms, so it can tell the gap apart; either tone
 * placement (hóa / hoá) ranks alike; two-syllable words typed without marks find the pages where the
 * syllables stand together, which Pagefind's own order does not.
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/pagefind';
import { TEST_ROOT } from '../helpers/build';
import { servedOrigin } from '../helpers/served-site';
import { openSiteSearch, type SiteSearch } from '../helpers/pagefind';
import { REGRESSION_QUERIES, type Site } from './queries';

const searches = {} as Record<Site, SiteSearch>;

beforeAll(async () => {
  searches.production = await openSiteSearch(inject('productionSite'), servedOrigin('production'));
  searches.demo = await openSiteSearch(inject('demoSite'), servedOrigin('demo'));
});

afterAll(async () => {
  await searches.production?.stop();
  await searches.demo?.stop();
});

describe('the regression suite', () => {
  it('has at least 30 queries of every kind the brief names, over both builds', () => {
    expect(REGRESSION_QUERIES.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(REGRESSION_QUERIES.map((query) => query.kind));
    expect([...kinds].sort()).toEqual(
      ['accented', 'document number', 'name', 'number', 'phrase', 'unaccented', 'word', 'đ as d'].sort(),
    );
    expect(new Set(REGRESSION_QUERIES.map((query) => query.site))).toEqual(new Set(['production', 'demo']));
  });

  it.each(REGRESSION_QUERIES)(
    '$site: "$query" ($kind) finds $expect in the top 3',
    async ({ site, query, expect: page }) => {
      const urls = await searches[site].urls(query);
      expect(urls.slice(0, 3)).toContain(page);
    },
  );
});

describe('two-syllable words typed without marks', () => {
  const words = REGRESSION_QUERIES.filter((query) => query.kind === 'word');

  it('are at least 25, each two syllables without marks, over both builds', () => {
    expect(words.length).toBeGreaterThanOrEqual(25);
    for (const { query } of words) expect(query).toMatch(/^[a-z]+ [a-z]+$/);
    expect(new Set(words.map((query) => query.site))).toEqual(new Set(['production', 'demo']));
  });

  it.each(['production', 'demo'] as const)(
    '%s: "don vi" puts first a page where "đơn vị" stands as a word',
    async (site) => {
      const [first] = await searches[site].search('don vi');
      expect(first?.content.toLocaleLowerCase('vi')).toContain('đơn vị');
    },
  );

  it('are needed: Pagefind\'s own order misses many of their pages in the top 3, and on the real content puts first for "don vi" a page without "đơn vị"', async () => {
    const missed: string[] = [];
    for (const { site, query, expect: page } of words) {
      const response = await searches[site].pagefind.search(query);
      const results = await Promise.all((response?.results ?? []).slice(0, 3).map((result) => result.data()));
      if (!results.some((data) => new URL(data.url, 'http://site').pathname === page)) missed.push(`${site}: ${query}`);
      // (The demo's decisions list units by name, so there Pagefind alone already ranks one first.)
      if (query === 'don vi' && site === 'production')
        expect(results[0]?.content.toLocaleLowerCase('vi'), site).not.toContain('đơn vị');
    }
    expect(missed.length, `missed by Pagefind alone: ${missed.join(', ')}`).toBeGreaterThanOrEqual(5);
  });
});

describe('the two accepted tone placements (hóa / hoá)', () => {
  it('rank the page alike: the movement written "văn hoá công sở" comes first for either spelling', async () => {
    const movement = '/phong-trao/can-bo-cong-chuc-vien-chuc-thi-dua-thuc-hien-van-hoa-cong-so/';
    expect((await searches.production.urls('văn hoá công sở'))[0]).toBe(movement);
    expect((await searches.production.urls('văn hóa công sở'))[0]).toBe(movement);
  });
});

describe('without the unaccented forms of đ-words (a stock Pagefind index)', () => {
  const stock = {} as Record<Site, SiteSearch>;

  beforeAll(async () => {
    for (const site of ['production', 'demo'] as const) {
      const copy = path.join(TEST_ROOT, 'stock-index', site);
      rmSync(copy, { recursive: true, force: true });
      cpSync(inject(site === 'production' ? 'productionSite' : 'demoSite'), copy, { recursive: true });
      await writeSearchIndex(copy, { unaccentedForms: false });
      stock[site] = await openSiteSearch(copy);
    }
  });

  afterAll(async () => {
    await stock.production?.stop();
    await stock.demo?.stop();
  });

  it('misses the pages of the brief\'s examples and of most "đ as d" queries: the suite detects the gap', async () => {
    const brief = ['dot thi dua', 'dien bien phu', 'dang cong san', 'doan ket'];
    const dQueries = REGRESSION_QUERIES.filter((query) => query.kind === 'đ as d');
    expect(dQueries.map((query) => query.query)).toEqual(expect.arrayContaining(brief));
    const foundOnStock: string[] = [];
    for (const query of dQueries) {
      if ((await stock[query.site].urls(query.query)).slice(0, 3).includes(query.expect))
        foundOnStock.push(query.query);
    }
    expect(foundOnStock.filter((query) => brief.includes(query))).toEqual([]);
    // Some still succeed on a stock index through their other words ("duc" also starts "dục").
    expect(foundOnStock.length, `found on a stock index: ${foundOnStock.join(', ')}`).toBeLessThan(dQueries.length / 2);
  });
});
