/**
 * Prints the search figures: the size of the Pagefind index a build wrote, what the unaccented forms
 * of đ-words add to it, the bytes a visitor's browser downloads for a first search, and how long the
 * search page takes to show the first result (median of --runs fresh pages), for a first search and a
 * later one. With --peer, the same times for another build of the site (an older version of the
 * search code, say), measured in turn in the same run, and their ratio.
 *
 *   npm run build && npm run search:figures            # the site in dist/
 *   npm run search:figures -- dist-demo "dien bien phu" # another build, another query
 *   npm run search:figures -- dist "don vi" --peer .cache/before/dist --runs 9
 */
import { cpSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import {
  isSearchCode,
  measureFirstSearch,
  measureSearchTimes,
  type Download,
  type SearchTimes,
} from './lib/first-search';
import { writeSearchIndex } from '../src/integrations/pagefind';
import { PAGEFIND_BUNDLE_PATH } from '../src/lib/search/config';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    peer: { type: 'string' },
    runs: { type: 'string', default: '5' },
    /** The second query of the timed runs. */
    later: { type: 'string', default: 'khen thuong' },
  },
});
const siteDir = path.resolve(positionals[0] ?? 'dist');
const query = positionals[1] ?? 'dot thi dua';
const bundleDir = path.join(siteDir, PAGEFIND_BUNDLE_PATH);

interface Sizes {
  files: number;
  bytes: number;
  gzip: number;
}

function sizesOf(dir: string, include: (relative: string) => boolean = () => true): Sizes {
  const total: Sizes = { files: 0, bytes: 0, gzip: 0 };
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (include(path.relative(dir, full))) {
        const content = readFileSync(full);
        total.files += 1;
        total.bytes += content.length;
        // Pagefind's index files are gzipped already; gzip here estimates what a server adds on top.
        total.gzip += gzipSync(content).length;
      }
    }
  };
  walk(dir);
  return total;
}

/** The index proper (metadata, word index, fragments, filters), without Pagefind's own code. */
const isIndexData = (relative: string) => !/^(pagefind(-worker)?\.js|wasm\..*|pagefind-entry\.json)$/.test(relative);
const format = (sizes: Sizes) =>
  `${sizes.bytes.toLocaleString('en')} bytes in ${sizes.files} files (${sizes.gzip.toLocaleString('en')} gzipped)`;

async function indexFigures(): Promise<void> {
  const ours = sizesOf(bundleDir, isIndexData);
  const copy = path.join(os.tmpdir(), `tdkt-search-figures-${process.pid}`);
  rmSync(copy, { recursive: true, force: true });
  cpSync(siteDir, copy, { recursive: true });
  try {
    const report = await writeSearchIndex(copy, { unaccentedForms: false });
    const stock = sizesOf(report.bundleDir, isIndexData);
    const growth = ours.bytes - stock.bytes;
    console.log(
      `Pagefind bundle in ${path.relative(process.cwd(), bundleDir) || bundleDir}: ${format(sizesOf(bundleDir))}`,
    );
    console.log(`  index data (meta, words, fragments, filters): ${format(ours)}`);
    console.log(`  the same pages without the unaccented forms of đ-words: ${format(stock)}`);
    console.log(
      `  cost of the unaccented forms: ${growth.toLocaleString('en')} bytes (${((growth / stock.bytes) * 100).toFixed(1)} % of the index data)`,
    );
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

async function firstSearchFigures(): Promise<void> {
  const { downloads } = await measureFirstSearch(siteDir, query);
  const total = (list: Download[], key: 'bytes' | 'gzip' = 'bytes') =>
    list.reduce((sum, row) => sum + row[key], 0).toLocaleString('en');
  const opening = downloads.filter((row) => !row.onSearch);
  const searching = downloads.filter((row) => row.onSearch);
  console.log(
    `\nFirst search for "${query}" in Chromium: bytes on the wire as this nginx serves them (headers included), and gzipped files as a compressing server would send them`,
  );
  console.log(
    `  opening /tim-kiem/: ${total(opening)} bytes; its search script ${total(opening.filter(isSearchCode))} (${total(opening.filter(isSearchCode), 'gzip')} gzipped)`,
  );
  console.log(`  the first search: ${total(searching)} bytes`);
  for (const row of searching)
    console.log(
      `    ${row.bytes.toLocaleString('en').padStart(8)} ${`(${row.gzip.toLocaleString('en')} gz)`.padStart(12)}  ${row.url}`,
    );
  const searchCode = downloads.filter(isSearchCode);
  console.log(
    `  search-specific (script, Pagefind code, index, fragments): ${total(searchCode)} bytes, ${total(searchCode, 'gzip')} gzipped`,
  );
}

async function timeFigures(): Promise<void> {
  const runs = Math.max(1, Number(values.runs));
  const sites = [siteDir, ...(values.peer ? [path.resolve(values.peer)] : [])];
  // Taken in turns, so that the load of a shared machine weighs on both alike.
  const times = new Map<string, SearchTimes[]>(sites.map((site) => [site, []]));
  for (let round = 0; round < runs; round += 1) {
    for (const site of sites) times.get(site)!.push(await measureSearchTimes(site, query, values.later, 1));
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const summary = sites.map((site) => ({
    site,
    first: median(times.get(site)!.map((row) => row.firstResultMs)),
    later: median(times.get(site)!.map((row) => row.laterResultMs)),
  }));
  console.log(
    `\nTime to the first result in the search page, Chromium behind nginx on this machine, median of ${runs} fresh pages`,
  );
  for (const row of summary) {
    console.log(
      `  ${path.relative(process.cwd(), row.site) || row.site}: first search "${query}" ${row.first.toFixed(0)} ms; then "${values.later}" ${row.later.toFixed(0)} ms`,
    );
  }
  if (summary.length === 2) {
    const [ours, peer] = summary as [(typeof summary)[0], (typeof summary)[0]];
    console.log(
      `  ratio to the peer: first search ${(ours.first / peer.first).toFixed(2)}, later search ${(ours.later / peer.later).toFixed(2)}`,
    );
  }
}

await indexFigures();
await firstSearchFigures();
await timeFigures();
