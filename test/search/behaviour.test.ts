/**
 * How search behaves on the real built indexes, with Pagefind's own search code: accents, đ,
 * excerpts, filters, sorting, and what is (not) in the index.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_FILTERS, SEARCH_META } from '../../src/lib/search/config';
import { excerptText } from '../../src/lib/search/highlight';
import type { PagefindResultData } from '../../src/lib/search/run-search';
import { EMPTY_SEARCH, pagefindOptions } from '../../src/lib/search/search-state';
import { foldVietnamese } from '../../src/lib/vietnamese-text';
import { readPage } from '../helpers/html';
import { servedOrigin } from '../helpers/served-site';
import { openSiteSearch, type SiteSearch } from '../helpers/pagefind';
import { REGRESSION_QUERIES } from './queries';

let production: SiteSearch;
let demo: SiteSearch;

beforeAll(async () => {
  production = await openSiteSearch(inject('productionSite'), servedOrigin('production'));
  demo = await openSiteSearch(inject('demoSite'), servedOrigin('demo'));
});

afterAll(async () => {
  await production?.stop();
  await demo?.stop();
});

const path = (data: PagefindResultData) => new URL(data.url, 'http://site').pathname;

/** Pages holding the exact phrase, by Pagefind's own phrase search (no relaxing to separate words). */
async function phrasePages(search: SiteSearch, phrase: string): Promise<string[]> {
  const response = await search.pagefind.search(`"${phrase}"`);
  return Promise.all((response?.results ?? []).map(async (result) => path(await result.data())));
}

/** The page's words, lowercase, as a reader would type them. */
function wordsOf(data: PagefindResultData): Set<string> {
  return new Set(
    data.content
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

/** Whether every word of the query appears on the page exactly as typed, accents included. */
function hasExactWords(data: PagefindResultData, query: string): boolean {
  const words = wordsOf(data);
  return query
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .every((word) => words.has(word));
}

describe('unaccented queries', () => {
  const accented = REGRESSION_QUERIES.filter(({ query }) => foldVietnamese(query) !== query && !query.includes('"'));

  it.each(accented)('"$query" without any marks finds every page the accented query finds', async ({ site, query }) => {
    const search = site === 'production' ? production : demo;
    const withMarks = await search.urls(query);
    const withoutMarks = await search.urls(foldVietnamese(query).toLowerCase());
    expect(withMarks.length).toBeGreaterThan(0);
    expect(withoutMarks).toEqual(expect.arrayContaining(withMarks));
  });

  it('show titles and excerpts in proper Vietnamese, never the unaccented forms', async () => {
    const [first] = await production.search('dien bien phu');
    expect(first && path(first)).toBe('/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/');
    expect(first!.meta[SEARCH_META.title]).toBe('Đợt thi đua thứ nhất năm 2024');
    expect(first!.excerpt).toContain('Điện');
    expect(first!.content).not.toContain('dien bien');
    // The unaccented forms are metadata for matching only.
    expect(first!.meta[SEARCH_META.unaccented]).toContain('dien');
    expect(first!.content).not.toContain(first!.meta[SEARCH_META.unaccented]!);
  });

  it('match a phrase in quotes, and fall back to its words when a quoted unaccented phrase matches nowhere', async () => {
    expect(await production.urls('"Điện Biên Phủ"')).toContain('/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/');
    expect((await production.urls('"dien bien phu"')).slice(0, 3)).toContain(
      '/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/',
    );
  });
});

describe('exact accents rank first', () => {
  it.each(['đăng', 'Đảng', 'thưởng', 'thương', 'dân', 'đơn vị'])(
    '"%s": pages with the words as typed come before pages that match only without marks',
    async (query) => {
      const results = await production.search(query);
      const exact = results.map((data) => hasExactWords(data, query));
      expect(exact).toContain(true);
      expect(exact, results.map(path).join('\n')).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
    },
  );

  it('is needed: Pagefind 1.6 alone ranks a page with only "Đảng" above pages with "đăng"', async () => {
    const response = await production.pagefind.search('đăng');
    const results = await Promise.all(response!.results.map((result) => result.data()));
    const exact = results.map((data) => hasExactWords(data, 'đăng'));
    expect(exact).not.toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
  });
});

/** Whether the query's words stand together on the page, in order, once marks are folded and đ is d. */
function hasWordTogether(data: PagefindResultData, query: string): boolean {
  const words = foldVietnamese(query).toLowerCase().split(/\s+/).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'u').test(
    foldVietnamese(data.content.normalize('NFC')).toLowerCase(),
  );
}

describe('words before syllables', () => {
  const queries = [
    'đơn vị',
    'Đơn vị',
    'don vi',
    'dơn vị',
    'khen thưởng',
    'khen thuong',
    'lao động',
    'lao dong',
    'chỉ tiêu',
    'chi tieu',
  ];

  it.each(queries)('"%s": pages where its words stand together come first, after exact accents', async (query) => {
    for (const search of [production, demo]) {
      const results = await search.search(query);
      const accented = foldVietnamese(query) !== query;
      // 2: the words exactly as typed (accented queries only); 1: the words together.
      const keys = results.map(
        (data) => 2 * Number(accented && hasExactWords(data, query)) + Number(hasWordTogether(data, query)),
      );
      expect(hasWordTogether(results[0]!, query), path(results[0]!)).toBe(true);
      expect(keys, results.map((data) => `${keys[results.indexOf(data)]} ${path(data)}`).join('\n')).toEqual(
        [...keys].sort((a, b) => b - a),
      );
    }
  });

  it('show the word itself in the excerpt of every page that holds it, for each two-word query of the regression set', async () => {
    let shown = 0;
    for (const { site, query } of REGRESSION_QUERIES.filter((entry) => entry.kind === 'word')) {
      for (const data of await (site === 'production' ? production : demo).search(query)) {
        if (!hasWordTogether(data, query)) continue;
        expect(
          foldVietnamese(excerptText(data.excerpt)).toLowerCase().replace(/\s+/g, ' '),
          `${query}: ${path(data)}`,
        ).toContain(query);
        shown += 1;
      }
    }
    expect(shown).toBeGreaterThan(100);
  });

  it('leaves the order by date to Pagefind', async () => {
    const newest = await production.urls('don vi', { sort: 'newest' });
    const response = await production.pagefind.search('don vi', pagefindOptions({ ...EMPTY_SEARCH, sort: 'newest' }));
    const byPagefind = await Promise.all(response!.results.map(async (result) => path(await result.data())));
    expect(newest).toEqual(byPagefind);
  });
});

describe('filters and sorting', () => {
  it('narrow to one kind of entry', async () => {
    const results = await production.search('thi đua', { filters: { [SEARCH_FILTERS.kind]: 'Phong trào' } });
    expect(results.length).toBeGreaterThan(1);
    for (const data of results) {
      expect(data.filters[SEARCH_FILTERS.kind]).toEqual(['Phong trào']);
      expect(path(data)).toMatch(/^\/phong-trao\//);
    }
  });

  it('list every entry of a kind when there is no query', async () => {
    const plans = await production.urls('', { filters: { [SEARCH_FILTERS.kind]: 'Kế hoạch' } });
    expect(plans.sort()).toEqual([
      '/ke-hoach/thuc-hien-cac-phong-trao-thi-dua-nam-2024/',
      '/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/',
    ]);
  });

  it('narrow by year, unit and award', async () => {
    expect((await demo.urls('', { filters: { [SEARCH_FILTERS.year]: '2024' } })).length).toBeGreaterThan(10);
    expect((await demo.urls('', { filters: { [SEARCH_FILTERS.year]: '2023' } })).length).toBe(0);
    expect(
      (await demo.urls('', { filters: { [SEARCH_FILTERS.unit]: 'Phòng Tư vấn – Giới thiệu việc làm' } })).sort(),
    ).toEqual(['/dien-hinh-tien-tien/to-tu-van-luu-dong/', '/dien-hinh-tien-tien/tran-thi-mai-anh/']);
    expect((await demo.urls('', { filters: { [SEARCH_FILTERS.award]: 'Lao động tiên tiến' } })).sort()).toEqual([
      '/dien-hinh-tien-tien/pham-thu-trang/',
      '/dien-hinh-tien-tien/tran-thi-mai-anh/',
      // The decision that awards them (an illustrative one, in the demo set).
      '/khen-thuong/quyet-dinh-25-qd-ttdvvl-2024/',
    ]);
  });

  it('sort by date, newest or oldest first', async () => {
    const phases = ['/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/', '/dot-thi-dua/dot-thi-dua-thu-hai-nam-2024/'];
    const newest = (await production.urls('đợt thi đua', { sort: 'newest' })).filter((url) => phases.includes(url));
    const oldest = (await production.urls('đợt thi đua', { sort: 'oldest' })).filter((url) => phases.includes(url));
    expect(newest).toEqual([phases[1], phases[0]]);
    expect(oldest).toEqual(phases);
    expect(await production.urls('thi đua', { sort: 'newest' })).toHaveLength(
      (await production.urls('thi đua')).length,
    );
  });

  it('show each result with its title, kind and date', async () => {
    const [phase] = await production.search('đợt thi đua thứ hai');
    expect(phase!.meta).toMatchObject({
      title: 'Đợt thi đua thứ hai năm 2024',
      kind: 'Đợt thi đua',
      date: 'Từ 01/07/2024 đến 31/12/2024',
    });
    const [plan] = await production.search('08/KH-SLĐTBXH');
    expect(plan!.meta).toMatchObject({
      title: 'Triển khai công tác thi đua, khen thưởng năm 2024',
      kind: 'Kế hoạch',
      date: 'Năm 2024',
    });
    const [profile] = await demo.search('Trần Thị Mai Anh');
    expect(profile!.meta).toMatchObject({
      title: 'Trần Thị Mai Anh (Hồ sơ minh họa)',
      kind: 'Điển hình tiên tiến',
      date: 'Năm 2024',
    });
  });

  it('offer on the search page exactly the filter values the index holds', async () => {
    for (const [site, search] of [
      [inject('productionSite'), production],
      [inject('demoSite'), demo],
    ] as const) {
      const page = readPage(site, '/tim-kiem/');
      const indexed = await search.pagefind.filters();
      for (const name of Object.values(SEARCH_FILTERS)) {
        const offered = page
          .querySelectorAll(`select[name="${name}"] option`)
          .map((option) => option.getAttribute('value'))
          .filter(Boolean);
        const held = Object.entries(indexed[name] ?? {})
          .filter(([, count]) => count > 0)
          .map(([value]) => value);
        // Every kind is offered even before it has entries (no profiles are published yet).
        expect(offered.sort(), name).toEqual(expect.arrayContaining(held.sort()));
        if (name !== SEARCH_FILTERS.kind) expect(offered.sort(), name).toEqual(held.sort());
      }
    }
  });
});

describe('what the index holds', () => {
  it('holds the entry pages and the about page, and only them', async () => {
    const counts = await production.pagefind.filters();
    expect(counts[SEARCH_FILTERS.kind]).toEqual({ 'Kế hoạch': 2, 'Đợt thi đua': 2, 'Phong trào': 8 });
    expect(await production.urls('chức năng, nhiệm vụ')).toContain('/gioi-thieu/');
    for (const listOnly of ['Các đợt thi đua theo thời gian', 'Gương tập thể, cá nhân tiêu biểu']) {
      expect(await phrasePages(production, listOnly), listOnly).toEqual([]);
    }
  });

  it('holds no illustrative profile in the production build', async () => {
    expect(await production.urls('', { filters: { [SEARCH_FILTERS.kind]: 'Điển hình tiên tiến' } })).toEqual([]);
    for (const name of ['Trần Thị Mai Anh', 'Hoàng Minh Đức', 'Hồ sơ minh họa'])
      expect(await phrasePages(production, name), name).toEqual([]);
    expect((await phrasePages(demo, 'Trần Thị Mai Anh')).sort()).toEqual([
      '/dien-hinh-tien-tien/tran-thi-mai-anh/',
      '/khen-thuong/quyet-dinh-25-qd-ttdvvl-2024/',
    ]);
  });

  it('leaves out navigation, footer, cards and the boilerplate of official documents', async () => {
    for (const chrome of [
      'Bỏ qua, đến nội dung chính',
      'Chức năng, tổ chức và liên hệ',
      'Trang chủ',
      'Độc lập - Tự do - Hạnh phúc',
      'Tình trạng tính đến ngày',
    ]) {
      expect(await phrasePages(production, chrome), chrome).toEqual([]);
    }
    // The plan page lists its phases as cards; the phase titles there are not the plan's text.
    expect(await phrasePages(production, 'Đợt thi đua thứ hai năm 2024')).toEqual([
      '/dot-thi-dua/dot-thi-dua-thu-hai-nam-2024/',
    ]);
  });
});
