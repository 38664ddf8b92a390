/**
 * The search index in shards (src/lib/search/shards.ts), on a small site of pages written here: a
 * build indexes again only the shards whose pages changed and links the others from its cache, and a
 * profile that is added, edited or moved is found by the next search like any other.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex, type SearchIndexReport } from '../../src/integrations/pagefind';
import {
  PAGEFIND_BUNDLE_PATH,
  SEARCH_FILTERS,
  SEARCH_META,
  SEARCH_SORT_KEY,
  SORTS_AFTER_DAY,
} from '../../src/lib/search/config';
import { PreparedPages } from '../../src/lib/search/prepared-pages';
import { folderOfPreparedPage, shardsOfYears, UNDATED } from '../../src/lib/search/shards';
import { TEST_ROOT } from '../helpers/build';
import { openSiteSearch } from '../helpers/pagefind';

const root = path.join(TEST_ROOT, 'search-shards');
const site = path.join(root, 'site');
const cache = path.join(root, 'cache');

/**
 * A profile page as the site writes it: its story in data-pagefind-body, its search record beside;
 * `sortsAfterDay` for a profile of the later half (SORTS_AFTER_DAY).
 */
function writeProfile(
  slug: string,
  name: string,
  year: number,
  story: string,
  { into = site, sortsAfterDay = false } = {},
): void {
  const dir = path.join(into, 'dien-hinh-tien-tien', slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="vi"><head><title>${name}</title></head><body><nav>Trang chủ</nav>` +
      `<main data-pagefind-body><h1>${name}</h1><p>${story}</p>` +
      `<div hidden data-pagefind-ignore><span data-pagefind-meta="${SEARCH_META.title}[data-value]" data-value="${name}"></span>` +
      `<span data-pagefind-sort="${SEARCH_SORT_KEY}[data-value]" data-value="${year}-01-01${sortsAfterDay ? SORTS_AFTER_DAY : ''}"></span>` +
      `<span data-pagefind-filter="${SEARCH_FILTERS.year}[data-value]" data-value="${year}"></span>` +
      `<span data-pagefind-filter="${SEARCH_FILTERS.kind}[data-value]" data-value="Điển hình tiên tiến"></span></div>` +
      `</main></body></html>`,
  );
}

function writeAboutPage(): void {
  mkdirSync(path.join(site, 'gioi-thieu'), { recursive: true });
  writeFileSync(
    path.join(site, 'gioi-thieu', 'index.html'),
    '<!DOCTYPE html><html lang="vi"><body><main data-pagefind-body><h1>Giới thiệu</h1><p>Chức năng, nhiệm vụ của Trung tâm.</p>' +
      `<span hidden data-pagefind-sort="${SEARCH_SORT_KEY}[data-value]" data-value="0000-01-01"></span></main></body></html>`,
  );
}

/** Indexes the site as `npm run build` does: prepared copies and shard bundles kept in the cache. */
function index(): Promise<SearchIndexReport> {
  return writeSearchIndex(site, {
    prepared: new PreparedPages(path.join(cache, 'search-pages')),
    shardCache: path.join(cache, 'search-shards'),
  });
}

const indexed = (report: SearchIndexReport) =>
  report.shards
    .filter((shard) => shard.indexed)
    .map((shard) => shard.name)
    .sort();

/** Every file of a shard in the built site, with its inode: a file linked from the cache keeps its inode. */
function shardFiles(shard: string): Map<string, number> {
  const dir = path.join(site, PAGEFIND_BUNDLE_PATH, shard);
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), statSync(file).ino];
      }),
  );
}

/** Every file under `dir`, by its path there, with its bytes in base64. */
function bundleContents(dir: string): Record<string, string> {
  const contents: Record<string, string> = {};
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const file of files.map((entry) => path.join(entry.parentPath, entry.name)).sort())
    contents[path.relative(dir, file)] = readFileSync(file).toString('base64');
  return contents;
}

async function urlsFor(query: string, filters: Record<string, string> = {}): Promise<string[]> {
  const search = await openSiteSearch(site);
  try {
    return await search.urls(query, { filters });
  } finally {
    await search.stop();
  }
}

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  writeAboutPage();
  writeProfile('nguyen-van-an', 'Nguyễn Văn An', 2023, 'Anh An hướng dẫn người lao động tìm việc làm.');
  writeProfile('tran-thi-binh', 'Trần Thị Bình', 2023, 'Chị Bình tư vấn bảo hiểm thất nghiệp.');
  writeProfile('le-van-cuong', 'Lê Văn Cường', 2024, 'Anh Cường tổ chức phiên giao dịch việc làm.');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the shards of the index', () => {
  const counted = (years: string[], pages = 1) => years.map((year) => [year, pages] as const);

  it('are one for each of the two newest years and one for the others, newest first, the undated pages with the oldest', () => {
    expect([...shardsOfYears(counted(['2020', '2023', UNDATED, '2021', '2022']))]).toEqual([
      ['2023', ['2023']],
      ['2022', ['2022']],
      ['den-2021', ['2021', '2020', UNDATED]],
    ]);
    expect([...shardsOfYears(counted(['2023', UNDATED, '2024']))]).toEqual([
      ['2024', ['2024']],
      ['2023', ['2023', UNDATED]],
    ]);
    expect([...shardsOfYears(counted([UNDATED]))]).toEqual([[UNDATED, [UNDATED]]]);
    expect([...shardsOfYears(counted(['2020', '2021', '2022']), 1)]).toEqual([
      ['2022', ['2022']],
      ['den-2021', ['2021', '2020']],
    ]);
  });

  it('keep the pages of 1 January apart, and split the newest year in two when it holds many pages', () => {
    const sortedAs = (value: string) =>
      folderOfPreparedPage(`<span data-pagefind-sort="${SEARCH_SORT_KEY}[data-value]" data-value="${value}"></span>`);
    expect(['2024-01-01', '2024-01-01~', '2024-03-15', '0000-01-01', ''].map(sortedAs)).toEqual([
      '2024-01-01',
      '2024',
      '2024',
      UNDATED,
      UNDATED,
    ]);
    const folders: [string, number][] = [
      ['2024', 400],
      ['2024-01-01', 300],
      ['2023', 350],
      ['2023-01-01', 350],
      ['2022-01-01', 100],
      [UNDATED, 3],
    ];
    // Each span of sort values, newest first: the later pages of a year before its 1 January.
    expect([...shardsOfYears(folders, 2, 2500, 600)]).toEqual([
      ['2024', ['2024']],
      ['2024-01-01', ['2024-01-01']],
      ['2023', ['2023', '2023-01-01']],
      ['den-2022', ['2022-01-01', UNDATED]],
    ]);
    expect([...shardsOfYears(folders, 2, 2500, 700)].map(([name]) => name)).toEqual(['2024', '2023', 'den-2022']);
  });

  it('split the older years into shards of consecutive years, filled from the oldest, when they hold many pages', () => {
    const pages: [string, number][] = [
      [UNDATED, 3],
      ['2015', 600],
      ['2016', 700],
      ['2017', 500],
      ['2018', 900],
      ['2019', 100],
      ['2020', 50],
      ['2021', 10],
    ];
    expect([...shardsOfYears(pages, 2, 1500)]).toEqual([
      ['2021', ['2021']],
      ['2020', ['2020']],
      ['den-2019', ['2019', '2018', '2017']],
      ['den-2016', ['2016', '2015', UNDATED]],
    ]);
    // A year with more pages than a shard holds is a shard of its own.
    expect([...shardsOfYears([...pages, ['2014', 4000]], 2, 1500)].map(([name]) => name)).toEqual([
      '2021',
      '2020',
      'den-2019',
      'den-2016',
      'den-2014',
    ]);
    // A new year: the year that stops being recent starts a shard (the newest older one is full); the
    // older shards stay as they were, and are not indexed again.
    expect([...shardsOfYears([...pages, ['2022', 5]], 2, 1500)]).toEqual([
      ['2022', ['2022']],
      ['2021', ['2021']],
      ['den-2020', ['2020']],
      ['den-2019', ['2019', '2018', '2017']],
      ['den-2016', ['2016', '2015', UNDATED]],
    ]);
  });

  it('are all indexed on a first build, and listed for the browser', async () => {
    const report = await index();
    expect(indexed(report)).toEqual(['2023', '2024']);
    expect(report.shards.map((shard) => [shard.name, shard.pages])).toEqual([
      ['2024', 1],
      ['2023', 3],
    ]);
    const list = JSON.parse(readFileSync(path.join(site, PAGEFIND_BUNDLE_PATH, 'shards.json'), 'utf8')) as unknown;
    expect(list).toEqual({ shards: ['2024', '2023'] });
    expect(await urlsFor('việc làm')).toEqual(
      expect.arrayContaining(['/dien-hinh-tien-tien/nguyen-van-an/', '/dien-hinh-tien-tien/le-van-cuong/']),
    );
  });

  it('are linked from the cache, not indexed, when their pages did not change', async () => {
    const before = shardFiles('2024');
    const report = await index();
    expect(indexed(report)).toEqual([]);
    // New links to the same files: the same inodes as in the cache, so nothing was written again.
    const cached = path.join(cache, 'search-shards', '2024', 'bundle', 'pagefind-entry.json');
    expect(shardFiles('2024').get('pagefind-entry.json')).toBe(statSync(cached).ino);
    expect(shardFiles('2024')).toEqual(before);
  });

  it('index again only the shard of an edited story, which the next search finds', async () => {
    const unchanged = shardFiles('2024');
    const last = shardFiles('2023');
    writeProfile('tran-thi-binh', 'Trần Thị Bình', 2023, 'Chị Bình tư vấn bảo hiểm thất nghiệp và khởi nghiệp.');
    const report = await index();
    expect(indexed(report)).toEqual(['2023']);
    expect(shardFiles('2024')).toEqual(unchanged);
    expect(await urlsFor('khởi nghiệp')).toEqual(['/dien-hinh-tien-tien/tran-thi-binh/']);
    // The fragments of the two pages not edited are the last bundle's files, not written again; the
    // edited page's is new, and its old one is gone.
    const fragments = [...shardFiles('2023')].filter(([file]) => file.startsWith('fragment'));
    expect(fragments).toHaveLength(3);
    expect(fragments.filter(([file, inode]) => last.get(file) === inode)).toHaveLength(2);
    // File for file, byte for byte, the shard Pagefind writes into an empty folder from the same pages.
    const fresh = path.join(root, 'fresh-bundle');
    await writeSearchIndex(site, { bundleDir: fresh });
    expect(bundleContents(path.join(site, PAGEFIND_BUNDLE_PATH, '2023'))).toEqual(
      bundleContents(path.join(fresh, '2023')),
    );
  });

  it('index a new year as a new shard, and find the profile added in it', async () => {
    const unchanged = { '2023': shardFiles('2023'), '2024': shardFiles('2024') };
    writeProfile('pham-van-dung', 'Phạm Văn Dũng', 2025, 'Anh Dũng kết nối doanh nghiệp với người tìm việc.');
    const report = await index();
    // 2023 joins the older years' shard under a new name, with the same pages: not indexed again.
    expect(report.shards.map((shard) => shard.name)).toEqual(['2025', '2024', 'den-2023']);
    expect(indexed(report)).toEqual(['2025']);
    expect(shardFiles('den-2023')).toEqual(unchanged['2023']);
    expect(shardFiles('2024')).toEqual(unchanged['2024']);
    expect(await urlsFor('doanh nghiệp')).toEqual(['/dien-hinh-tien-tien/pham-van-dung/']);
    expect(await urlsFor('', { [SEARCH_FILTERS.year]: '2025' })).toEqual(['/dien-hinh-tien-tien/pham-van-dung/']);
  });

  it('move a profile whose year changed: both shards are indexed again and the search finds it once, in its new year', async () => {
    writeProfile('nguyen-van-an', 'Nguyễn Văn An', 2024, 'Anh An hướng dẫn người lao động tìm việc làm.');
    const report = await index();
    expect(indexed(report)).toEqual(['2024', 'den-2023']);
    expect(report.shards.map((shard) => [shard.name, shard.pages])).toEqual([
      ['2025', 1],
      ['2024', 2],
      ['den-2023', 2],
    ]);
    expect(await urlsFor('Nguyễn Văn An')).toEqual(['/dien-hinh-tien-tien/nguyen-van-an/']);
    expect(await urlsFor('', { [SEARCH_FILTERS.year]: '2024' })).toContain('/dien-hinh-tien-tien/nguyen-van-an/');
    expect(await urlsFor('', { [SEARCH_FILTERS.year]: '2023' })).not.toContain('/dien-hinh-tien-tien/nguyen-van-an/');
  });

  it('move a profile to a new address: its shard is indexed again and only the new address is found', async () => {
    rmSync(path.join(site, 'dien-hinh-tien-tien', 'le-van-cuong'), { recursive: true });
    writeProfile('le-van-cuong-2024', 'Lê Văn Cường', 2024, 'Anh Cường tổ chức phiên giao dịch việc làm.');
    const report = await index();
    expect(indexed(report)).toEqual(['2024']);
    expect(await urlsFor('Lê Văn Cường')).toEqual(['/dien-hinh-tien-tien/le-van-cuong-2024/']);
  });

  it('drop a year whose last page went, from the site and from the cache', async () => {
    rmSync(path.join(site, 'dien-hinh-tien-tien', 'pham-van-dung'), { recursive: true });
    const report = await index();
    expect(report.shards.map((shard) => shard.name)).toEqual(['2024', '2023']);
    expect(indexed(report)).toEqual([]);
    expect(readdirSync(path.join(cache, 'search-shards')).sort()).toEqual(['2023', '2024']);
    // Pagefind's own phrase search: with no word starting "doanh" left, a plain search (and the search
    // page, which tries a phrase that matches nowhere as words) matches it by a shorter word.
    const search = await openSiteSearch(site);
    expect((await search.pagefind.search('"doanh nghiệp"'))?.results).toEqual([]);
    await search.stop();
    expect(await urlsFor('', { [SEARCH_FILTERS.year]: '2025' })).toEqual([]);
  });
});

describe('a search over the shards', () => {
  const multi = path.join(root, 'multi');
  const oneIndex = path.join(root, 'one-index');
  const years = { 2022: 'Lò Thị Dung', 2023: 'Vũ Văn Tuy', 2024: 'Kế hoạch giải quyết việc làm' };

  function page(
    dir: string,
    address: string,
    year: number | undefined,
    title: string,
    text: string,
    unit: string,
    sortValue = `${year ?? '0000'}-01-01`,
  ) {
    mkdirSync(path.join(dir, address), { recursive: true });
    writeFileSync(
      path.join(dir, address, 'index.html'),
      `<!DOCTYPE html><html lang="vi"><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p>` +
        `<span hidden data-pagefind-sort="${SEARCH_SORT_KEY}[data-value]" data-value="${sortValue}"></span>` +
        (year
          ? `<span hidden data-pagefind-filter="${SEARCH_FILTERS.year}[data-value]" data-value="${year}"></span>` +
            `<span hidden data-pagefind-filter="${SEARCH_FILTERS.unit}[data-value]" data-value="${unit}"></span>`
          : '') +
        '</main></body></html>',
    );
  }

  beforeAll(async () => {
    for (const dir of [multi, oneIndex]) {
      // Words that only some years hold: "32.200" and "tuyển dụng" only in 2024, where 2023 has "32"
      // and "tuy", which Pagefind falls back to in a shard that has no longer word.
      page(dir, 'ke-hoach/2024', 2024, years[2024], 'Giải quyết việc làm cho 32.200 lao động; tuyển dụng.', 'Phòng A');
      page(
        dir,
        'dien-hinh/tuy',
        2023,
        years[2023],
        'Anh Tuy có 32 sáng kiến, sử dụng tốt; tuy nhiên khiêm tốn. Việc làm tốt.',
        'Phòng A',
      );
      page(dir, 'dien-hinh/dung', 2022, years[2022], 'Chị Dung tư vấn việc làm, tuyển sinh học nghề.', 'Phòng B');
      page(dir, 'dien-hinh/dung-2', 2022, 'Hà Văn Lực', 'Anh Lực giới thiệu việc làm cho thanh niên.', 'Phòng A');
      page(dir, 'gioi-thieu', undefined, 'Giới thiệu', 'Chức năng, nhiệm vụ: giới thiệu việc làm.', '');
      // The newest year in both of its folders: a profile of the later half, and a page dated later.
      page(
        dir,
        'dien-hinh/hoa',
        2024,
        'Đỗ Thị Hoa',
        'Chị Hoa tư vấn việc làm cho lao động nữ.',
        'Phòng B',
        '2024-01-01~',
      );
      page(dir, 'ke-hoach/dot-2', 2024, 'Đợt hai', 'Phát động thi đua giải quyết việc làm.', 'Phòng A', '2024-06-01');
    }
    // Split as a large newest year is, to search the two halves as one.
    const sharded = await writeSearchIndex(multi, { splitPages: 1 });
    expect(sharded.shards.map((shard) => shard.name)).toEqual(['2024', '2024-01-01', '2023', 'den-2022']);
    const single = await writeSearchIndex(oneIndex, { shardOf: () => UNDATED });
    expect(single.shards.map((shard) => shard.name)).toEqual([UNDATED]);
  });

  const queries = [
    '32.200',
    'tuyen dung',
    'tuyển dụng',
    'việc làm',
    'viec lam',
    'tuy',
    'giới thiệu việc làm',
    'sáng kiến',
  ];
  const states = [
    ...queries.flatMap((query) => [
      { query },
      { query, sort: 'newest' as const },
      { query, sort: 'oldest' as const },
      { query, filters: { [SEARCH_FILTERS.unit]: 'Phòng A' } },
    ]),
    { query: '', filters: { [SEARCH_FILTERS.unit]: 'Phòng A' }, sort: 'newest' as const },
    { query: '', filters: { [SEARCH_FILTERS.unit]: 'Phòng A' }, sort: 'oldest' as const },
  ];

  it('finds what one index of every page finds, with the same counts, and sorts by date the same', async () => {
    const [shards, one] = [await openSiteSearch(multi), await openSiteSearch(oneIndex)];
    try {
      for (const state of states) {
        const label = JSON.stringify(state);
        const [a, b] = [await shards.outcome(state.query, state), await one.outcome(state.query, state)];
        const urls = async (outcome: typeof a) =>
          Promise.all(
            outcome.results.map(async (result) => new URL((await result.data()).url, 'http://site').pathname),
          );
        const [urlsA, urlsB] = [await urls(a), await urls(b)];
        expect([...urlsA].sort(), label).toEqual([...urlsB].sort());
        expect(a.filterCounts, label).toEqual(b.filterCounts);
        if ('sort' in state) expect(urlsA, label).toEqual(urlsB);
      }
      // The case that needs it: shards without "32200" would match "32" (Pagefind's fallback).
      expect(await shards.urls('32.200')).toEqual(['/ke-hoach/2024/']);
      // And without "tuyển", the 2023 shard would match "tuyen" by "tuy".
      expect(await shards.urls('tuyen dung')).not.toContain('/dien-hinh/tuy/');
    } finally {
      await shards.stop();
      await one.stop();
    }
  });
});

describe('the newest year in two shards', () => {
  const halves = path.join(root, 'halves');
  const halvesCache = path.join(root, 'halves-cache');
  // Split however few pages it has, as a year of more than SPLIT_PAGES is.
  const indexHalves = () =>
    writeSearchIndex(halves, {
      prepared: new PreparedPages(path.join(halvesCache, 'search-pages')),
      shardCache: path.join(halvesCache, 'search-shards'),
      splitPages: 1,
    });
  const story = 'Anh An hướng dẫn người lao động tìm việc làm.';

  beforeAll(() => {
    writeProfile('nguyen-van-an', 'Nguyễn Văn An', 2024, story, { into: halves });
    writeProfile('tran-thi-binh', 'Trần Thị Bình', 2024, 'Chị Bình tư vấn bảo hiểm thất nghiệp.', {
      into: halves,
      sortsAfterDay: true,
    });
    writeProfile('le-van-cuong', 'Lê Văn Cường', 2023, 'Anh Cường tổ chức phiên giao dịch việc làm.', { into: halves });
  });

  it('index again only the half of the year that holds an edited story, which the next search finds', async () => {
    const first = await indexHalves();
    expect(first.shards.map((shard) => [shard.name, shard.pages, shard.indexed])).toEqual([
      ['2024', 1, true],
      ['2024-01-01', 1, true],
      ['2023', 1, true],
    ]);
    writeProfile('nguyen-van-an', 'Nguyễn Văn An', 2024, `${story} Anh An làm công tác khởi nghiệp.`, { into: halves });
    const report = await indexHalves();
    expect(report.shards.filter((shard) => shard.indexed).map((shard) => shard.name)).toEqual(['2024-01-01']);
    const search = await openSiteSearch(halves);
    try {
      expect(await search.urls('khởi nghiệp')).toEqual(['/dien-hinh-tien-tien/nguyen-van-an/']);
      // Newest first: the later half of 2024, then its 1 January, then 2023.
      expect(
        await search.urls('', { filters: { [SEARCH_FILTERS.kind]: 'Điển hình tiên tiến' }, sort: 'newest' }),
      ).toEqual([
        '/dien-hinh-tien-tien/tran-thi-binh/',
        '/dien-hinh-tien-tien/nguyen-van-an/',
        '/dien-hinh-tien-tien/le-van-cuong/',
      ]);
    } finally {
      await search.stop();
    }
  });
});
