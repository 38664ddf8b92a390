/**
 * `npm run search:shards`: what splitting the search index into shards (src/lib/search/shards.ts)
 * changes for readers, and what it saves the build.
 *
 * Compare (default): indexes a copy of a built site as one Pagefind index, as before shards, and
 * runs the same searches on both with the search page's own code (run-search.ts): the regression
 * queries, a list of common queries, each with every sort order and with each filter value. Prints
 * every difference in the results (as sets), in the counts beside the filter choices, and in the order
 * of the first ten results, with the Pagefind scores of the pages that moved.
 *
 * Re-index (--reindex): on a copy of a built site, times writing the index of every page as one index
 * (as before shards), then all shards from an empty cache, then again with nothing changed, then after
 * one profile's story changed (one page's HTML edited), in a rotating order over --rounds rounds.
 *
 *   npm run search:shards -- <site> [--queries "a,b"] [--top 10]
 *   npm run search:shards -- <site> --reindex [--rounds 3]
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSearchIndex, type SearchIndexReport } from '../src/integrations/pagefind';
import { PAGEFIND_BUNDLE_PATH, SEARCH_FILTERS } from '../src/lib/search/config';
import { openSearchIndex, type OpenedSearchIndex, type PagefindModule } from '../src/lib/search/open-index';
import { PreparedPages } from '../src/lib/search/prepared-pages';
import { runSearch, type SearchOutcome } from '../src/lib/search/run-search';
import { EMPTY_SEARCH, type SearchState, type SortOrder } from '../src/lib/search/search-state';
import { UNDATED } from '../src/lib/search/shards';
import { REGRESSION_QUERIES } from '../test/search/queries';
import { serveWithNginx, type RunningSite } from './lib/nginx-server';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    queries: { type: 'string' },
    top: { type: 'string', default: '10' },
    reindex: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
  },
});
const siteDir = path.resolve(positionals[0] ?? 'dist');
const top = Number(values.top);
const work = mkdtempSync(path.join(os.tmpdir(), 'tdkt-search-shards-'));

const COMMON_QUERIES = [
  'thi đua',
  'thi dua',
  'khen thưởng',
  'khen thuong',
  'dot thi dua',
  'điển hình tiên tiến',
  'dien hinh',
  'chiến sĩ thi đua cơ sở',
  'bằng khen',
  'giấy khen',
  'lao động tiên tiến',
  'don vi',
  'phòng',
  'tư vấn việc làm',
  'bảo hiểm thất nghiệp',
  'sáng kiến',
  'chuyển đổi số',
  'kế hoạch',
  'ke hoach 2024',
  'nguyễn',
  'trần thị',
  'đoàn kết',
  'xuất sắc',
];

interface Site {
  dir: string;
  served: RunningSite;
  index: OpenedSearchIndex;
}

async function open(dir: string): Promise<Site> {
  const served = await serveWithNginx(dir);
  const module = (await import(
    pathToFileURL(path.join(dir, PAGEFIND_BUNDLE_PATH, 'pagefind.js')).href
  )) as PagefindModule;
  return { dir, served, index: await openSearchIndex(module, `${served.origin}${PAGEFIND_BUNDLE_PATH}`) };
}

interface Listing {
  urls: string[];
  scores: Map<string, number>;
  counts: SearchOutcome['filterCounts'];
}

async function listing(site: Site, state: SearchState): Promise<Listing> {
  const outcome = await runSearch(site.index, state);
  const urls: string[] = [];
  const scores = new Map<string, number>();
  for (const result of outcome.results) {
    const url = new URL((await result.data()).url, site.served.origin).pathname;
    urls.push(url);
    scores.set(url, result.score);
  }
  return { urls, scores, counts: outcome.filterCounts };
}

function sameCounts(a: Listing['counts'], b: Listing['counts']): boolean {
  const flat = (counts: Listing['counts']) =>
    JSON.stringify(
      Object.entries(counts)
        .flatMap(([name, byValue]) => Object.entries(byValue).map(([value, count]) => `${name}=${value}:${count}`))
        .filter((entry) => !entry.endsWith(':0'))
        .sort(),
    );
  return flat(a) === flat(b);
}

async function compare(): Promise<void> {
  const single = path.join(work, 'one-index');
  cpSync(siteDir, single, { recursive: true });
  await writeSearchIndex(single, { shardOf: () => UNDATED });
  const sharded = await open(siteDir);
  const one = await open(single);
  const shards = JSON.parse(readFileSync(path.join(siteDir, PAGEFIND_BUNDLE_PATH, 'shards.json'), 'utf8')) as {
    shards: string[];
  };
  console.log(`Sharded index of ${siteDir}: ${shards.shards.length} shards (${shards.shards.join(', ')})`);
  const queries = values.queries
    ? values.queries.split(',')
    : [...new Set([...REGRESSION_QUERIES.map((entry) => entry.query), ...COMMON_QUERIES])];
  const sorts: SortOrder[] = ['relevance', 'newest', 'oldest'];
  const filtersOnly = await one.index.pagefind.filters();
  const states: SearchState[] = [];
  for (const query of queries) for (const sort of sorts) states.push({ ...EMPTY_SEARCH, query, sort });
  for (const name of Object.values(SEARCH_FILTERS)) {
    for (const value of Object.keys(filtersOnly[name] ?? {})) {
      for (const sort of sorts) states.push({ ...EMPTY_SEARCH, filters: { [name]: value }, sort });
      states.push({ ...EMPTY_SEARCH, query: 'thi dua', filters: { [name]: value } });
    }
  }
  let differentSets = 0;
  let differentCounts = 0;
  let differentOrder = 0;
  let differentTop3 = 0;
  for (const state of states) {
    const [a, b] = [await listing(one, state), await listing(sharded, state)];
    const label = `"${state.query}" ${state.sort}${Object.keys(state.filters).length ? ` ${JSON.stringify(state.filters)}` : ''}`;
    if (JSON.stringify([...a.urls].sort()) !== JSON.stringify([...b.urls].sort())) {
      differentSets += 1;
      console.log(`results differ: ${label}: ${a.urls.length} in one index, ${b.urls.length} in shards`);
    }
    if (!sameCounts(a.counts, b.counts)) {
      differentCounts += 1;
      console.log(
        `filter counts differ: ${label}\n  one: ${JSON.stringify(a.counts)}\n  shards: ${JSON.stringify(b.counts)}`,
      );
    }
    const topA = a.urls.slice(0, top);
    const topB = b.urls.slice(0, top);
    if (JSON.stringify(topA) !== JSON.stringify(topB)) {
      differentOrder += 1;
      if (JSON.stringify(a.urls.slice(0, 3)) !== JSON.stringify(b.urls.slice(0, 3))) differentTop3 += 1;
      console.log(`order differs in the first ${top}: ${label}`);
      for (let rank = 0; rank < Math.max(topA.length, topB.length); rank += 1) {
        if (topA[rank] === topB[rank]) continue;
        const show = (url: string | undefined, scores: Map<string, number>) =>
          url ? `${url} (${scores.get(url)?.toFixed(2)})` : '—';
        console.log(`  ${rank + 1}. one index ${show(topA[rank], a.scores)} | shards ${show(topB[rank], b.scores)}`);
      }
    }
  }
  console.log(
    `\n${states.length} searches: ${differentSets} with other results, ${differentCounts} with other filter counts, ${differentOrder} with another order in the first ${top} (${differentTop3} of them in the first 3)`,
  );
  for (const site of [sharded, one]) {
    await site.index.destroy();
    await site.served.stop();
  }
}

const LISTS = new Set(['trang', 'nam', 'don-vi', 'danh-hieu', 'dot-thi-dua', 'phong-trao']);

/** Adds a sentence to the story of one profile page of `year` (as an edit of its content would). */
function editOneProfile(dir: string, year: string, round: number): string {
  const profiles = path.join(dir, 'dien-hinh-tien-tien');
  for (const entry of readdirSync(profiles, { withFileTypes: true })) {
    if (!entry.isDirectory() || LISTS.has(entry.name)) continue;
    const page = path.join(profiles, entry.name, 'index.html');
    const html = readFileSync(page, 'utf8');
    if (!html.includes(`data-value="${year}-01-01"`)) continue;
    const marker = '</h1>';
    writeFileSync(page, html.replace(marker, `${marker}<p>Cập nhật lần ${round}: thêm một câu vào câu chuyện.</p>`));
    return `/dien-hinh-tien-tien/${entry.name}/`;
  }
  throw new Error(`No profile of ${year} in ${dir}`);
}

/**
 * CPU seconds of this process and of its children that have ended (Pagefind's binary, which the Node
 * API starts and close() ends), from /proc: on a shared machine they move far less than wall time.
 */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // utime, stime, cutime, cstime are fields 14–17 of stat, 12–15 after the command name.
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
}

async function timed(
  run: () => Promise<SearchIndexReport>,
): Promise<{ seconds: number; cpu: number; report: SearchIndexReport }> {
  const started = performance.now();
  const cpuBefore = cpuSeconds();
  const report = await run();
  const seconds = (performance.now() - started) / 1000;
  // Pagefind's process is counted once Node has reaped it, a moment after close(): wait for that.
  let cpu = cpuSeconds();
  for (let wait = 0; wait < 30; wait += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = cpuSeconds();
    if (now - cpu < 0.02 && wait >= 2) break;
    cpu = now;
  }
  return { seconds, cpu: cpu - cpuBefore, report };
}

async function reindex(): Promise<void> {
  const rounds = Math.max(1, Number(values.rounds));
  const site = path.join(work, 'site');
  cpSync(siteDir, site, { recursive: true });
  const cache = path.join(work, 'cache');
  const times = new Map<string, { wall: number[]; cpu: number[] }>();
  const note = (name: string, { seconds, cpu }: { seconds: number; cpu: number }) => {
    const entry = times.get(name) ?? { wall: [], cpu: [] };
    entry.wall.push(seconds);
    entry.cpu.push(cpu);
    times.set(name, entry);
  };
  const edits = new Map<string, string>();
  // The years of the profiles, from their sort dates (search records).
  const years = new Set(
    readdirSync(path.join(site, 'dien-hinh-tien-tien'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !LISTS.has(entry.name))
      .slice(0, 500)
      .map(
        (entry) =>
          /data-pagefind-sort="date\[data-value\]" data-value="(\d{4})/.exec(
            readFileSync(path.join(site, 'dien-hinh-tien-tien', entry.name, 'index.html'), 'utf8'),
          )?.[1],
      )
      .filter((year): year is string => Boolean(year)),
  );
  const newest = [...years].sort().at(-1)!;
  const oldest = [...years].sort()[0]!;
  for (let round = 0; round < rounds; round += 1) {
    // Every step prepares the pages the same way (a kept folder of prepared copies, as the build keeps),
    // so that the times differ only by what Pagefind indexes.
    const preparedDir = path.join(work, 'prepared');
    const oneIndex = async () => {
      const prepared = new PreparedPages(path.join(work, 'prepared-one'), true, () => UNDATED);
      note('one index, every page (before shards)', await timed(() => writeSearchIndex(site, { prepared })));
    };
    const shardSteps = async () => {
      rmSync(cache, { recursive: true, force: true });
      let prepared = new PreparedPages(preparedDir);
      note(
        'shards, empty cache (a cold build)',
        await timed(() => writeSearchIndex(site, { prepared, shardCache: cache })),
      );
      prepared = new PreparedPages(preparedDir);
      note('shards, nothing changed', await timed(() => writeSearchIndex(site, { prepared, shardCache: cache })));
      for (const [which, year] of [
        ['the newest year', newest],
        ['an older year', oldest],
      ] as const) {
        const edited = editOneProfile(site, year, round);
        prepared = new PreparedPages(preparedDir);
        const after = await timed(() => writeSearchIndex(site, { prepared, shardCache: cache }));
        note(`shards, one profile of ${which} edited`, after);
        const shards = after.report.shards.filter((shard) => shard.indexed);
        edits.set(
          which,
          `${edited}: indexed ${shards.map((shard) => `${shard.name} (${shard.pages} pages)`).join(', ')}`,
        );
        if (round === 0 && which === 'the newest year')
          console.log(`Shards: ${after.report.shards.map((shard) => `${shard.name}: ${shard.pages}`).join(', ')}`);
      }
    };
    // Rotated, so that the load of a shared machine weighs on both alike.
    if (round % 2 === 0) {
      await oneIndex();
      await shardSteps();
    } else {
      await shardSteps();
      await oneIndex();
    }
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const range = (list: number[]) =>
    `${median(list).toFixed(2)} (${Math.min(...list).toFixed(2)}–${Math.max(...list).toFixed(2)})`;
  console.log(
    `\nIndex step of ${siteDir}, median of ${rounds} rounds (min–max), seconds of wall time, and of CPU time (this process and Pagefind's):`,
  );
  for (const [name, { wall, cpu }] of times) console.log(`  ${name.padEnd(40)} wall ${range(wall)}  CPU ${range(cpu)}`);
  console.log(`  load average at the end: ${os.loadavg()[0]!.toFixed(2)} on ${os.availableParallelism()} cores`);
  for (const [which, what] of edits) console.log(`  one profile of ${which}, ${what}`);
}

try {
  if (values.reindex) await reindex();
  else await compare();
} finally {
  rmSync(work, { recursive: true, force: true });
}
