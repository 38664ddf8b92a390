/**
 * `npm run search:cost`: why Pagefind takes longer on this site's pages than on a stock Astro site's.
 * It indexes, with Pagefind's Node API as the build does, the copies of the pages the last build
 * prepared (the build cache's `search-pages/`) and variants of them, each less one thing: the
 * unaccented forms, the filters, the metadata, the page chrome around `data-pagefind-body`, the
 * pages that are not profiles; and the stock peer's pages when given (`npm run bench` writes one).
 * For each: pages, HTML bytes, words Pagefind reads, and the median CPU time (all threads) of Pagefind's
 * own binary over several rounds, the variants in a rotating order, printed as ratios to the prepared
 * copies (and to the peer): CPU time is what the pages cost, and moves far less than wall time on a
 * shared machine.
 *
 *   TDKT_CONTENT_DIR=… TDKT_DEMO=1 TDKT_CACHE_DIR=.cache/x npm run build
 *   npm run search:cost -- --prepared .cache/x/search-pages [--peer .cache/bench/1000/peer/dist] [--rounds 3]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { indexedWordCount, reduceToIndexedPart } from '../src/lib/search/prepare-page';

const { values } = parseArgs({
  options: {
    prepared: { type: 'string', default: 'node_modules/.astro/search-pages' },
    peer: { type: 'string' },
    rounds: { type: 'string', default: '3' },
  },
});
const rounds = Math.max(1, Number(values.rounds));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() && entry.name.endsWith('.html') && !path.relative(dir, entry.parentPath).startsWith('pagefind'),
    )
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

interface Variant {
  name: string;
  dir: string;
  pages: number;
  bytes: number;
  words: number;
  wall: number[];
  cpu: number[];
  peakBytes: number[];
}

const work = mkdtempSync(path.join(os.tmpdir(), 'tdkt-search-cost-'));

/** A copy of `source` with each page transformed (or left out when `keep` says so). */
function variant(
  name: string,
  source: string,
  transform: (html: string) => string,
  keep: (page: string) => boolean = () => true,
): Variant {
  const dir = path.join(work, name);
  let pages = 0;
  let bytes = 0;
  let words = 0;
  for (const page of htmlFiles(source)) {
    if (!keep(page)) continue;
    const html = transform(readFileSync(path.join(source, page), 'utf8'));
    mkdirSync(path.dirname(path.join(dir, page)), { recursive: true });
    writeFileSync(path.join(dir, page), html);
    pages += 1;
    bytes += Buffer.byteLength(html);
    if (html.includes('data-pagefind-body')) words += indexedWordCount(html);
  }
  return { name, dir, pages, bytes, words, wall: [], cpu: [], peakBytes: [] };
}

const UNACCENTED_META = /<span data-pagefind-meta="dd(?:_title)?\[data-value\]" data-value="[^"]*"><\/span>/g;
const FILTER = /\sdata-pagefind-filter="[^"]*"/g;
const META_BUT_TITLE = /\sdata-pagefind-meta="(?!title\[)[^"]*"/g;
/** A profile page: /dien-hinh-tien-tien/<tên>/ (the gallery's lists are not indexed), under its year's folder. */
const PROFILE = /^(?:[^/]+\/)?dien-hinh-tien-tien\/[^/]+\/index\.html$/;

const prepared = path.resolve(values.prepared);
const variants: Variant[] = [
  variant('prepared copies (as the build indexes them)', prepared, (html) => html),
  variant('  less the unaccented forms (dd, dd_title)', prepared, (html) => html.replace(UNACCENTED_META, '')),
  variant('  less the filters', prepared, (html) => html.replace(FILTER, '')),
  variant('  less the metadata but the title', prepared, (html) => html.replace(META_BUT_TITLE, '')),
  variant('  less the chrome outside data-pagefind-body', prepared, reduceToIndexedPart),
  variant(
    '  profiles only',
    prepared,
    (html) => html,
    (page) => PROFILE.test(page),
  ),
  variant(
    '  all of the above',
    prepared,
    (html) => reduceToIndexedPart(html).replace(UNACCENTED_META, '').replace(FILTER, '').replace(META_BUT_TITLE, ''),
    (page) => PROFILE.test(page),
  ),
];
if (values.peer) {
  const peer = path.resolve(values.peer);
  variants.push(variant('stock Astro peer', peer, (html) => html));
}

const binary = path.resolve(import.meta.dirname, '../node_modules/@pagefind/linux-x64/bin/pagefind_extended');

/**
 * Indexes `dir` with Pagefind's own binary (the one its Node API drives) under /usr/bin/time: its
 * CPU time (user + system, all threads) is what the pages cost it, and moves far less than wall time
 * when other builds share the machine.
 */
function indexCost(dir: string): { wall: number; cpu: number; peakBytes: number } {
  const out = path.join(work, 'bundle');
  rmSync(out, { recursive: true, force: true });
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', 'TIME %e %U %S %M', binary, '--site', dir, '--output-path', out, '--quiet'],
    { encoding: 'utf8' },
  );
  const times = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !times) throw new Error(`Pagefind failed on ${dir}:\n${run.stdout}\n${run.stderr}`);
  return { wall: Number(times[1]), cpu: Number(times[2]) + Number(times[3]), peakBytes: Number(times[4]) * 1024 };
}

try {
  for (let round = 0; round < rounds; round++) {
    // Rotated, so that no variant always runs first (a cold disk cache) or after the same neighbour.
    const order = variants.map((_, index) => variants[(index + round) % variants.length]!);
    for (const item of order) {
      const cost = indexCost(item.dir);
      item.wall.push(cost.wall);
      item.cpu.push(cost.cpu);
      item.peakBytes.push(cost.peakBytes);
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');
  const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor((numbers.length - 1) / 2)]!;
  const base = median(variants[0]!.cpu);
  const peer = values.peer ? median(variants.at(-1)!.cpu) : undefined;
  const rows = [
    [
      'pages indexed by',
      'pages',
      'HTML MB',
      'words',
      'words/page',
      'CPU s (min–max)',
      'wall s',
      'peak MB',
      'CPU ÷ prepared',
      ...(peer ? ['CPU ÷ peer'] : []),
    ],
    ...variants.map((item) => {
      const cpu = median(item.cpu);
      return [
        item.name,
        item.pages.toLocaleString('en'),
        (item.bytes / 1e6).toFixed(1),
        item.words.toLocaleString('en'),
        String(Math.round(item.words / Math.max(1, item.pages))),
        `${cpu.toFixed(2)} (${Math.min(...item.cpu).toFixed(2)}–${Math.max(...item.cpu).toFixed(2)})`,
        median(item.wall).toFixed(2),
        String(Math.round(median(item.peakBytes) / 1e6)),
        (cpu / base).toFixed(2),
        ...(peer ? [(cpu / peer).toFixed(2)] : []),
      ];
    }),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  for (const [index, cells] of rows.entries()) {
    console.log(`| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`);
    if (index === 0) console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  }
  console.log(
    `\n${rounds} rounds, variants in rotating order; Node ${process.version}, ${os.availableParallelism()} cores, load ${os.loadavg()[0]!.toFixed(2)} at the end.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
