/**
 * Prints the search figures: the size of the Pagefind index a build wrote, what the unaccented forms
 * of đ-words add to it, and the bytes a visitor's browser downloads for a first search.
 *
 *   npm run build && npm run search:figures            # the site in dist/
 *   npm run search:figures -- dist-demo "dien bien phu" # another build, another query
 */
import { cpSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isSearchCode, measureFirstSearch, type Download } from './lib/first-search';
import { writeSearchIndex } from '../src/integrations/pagefind';
import { PAGEFIND_BUNDLE_PATH } from '../src/lib/search/config';

const siteDir = path.resolve(process.argv[2] ?? 'dist');
const query = process.argv[3] ?? 'dot thi dua';
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
const format = (sizes: Sizes) => `${sizes.bytes.toLocaleString('en')} bytes in ${sizes.files} files (${sizes.gzip.toLocaleString('en')} gzipped)`;

async function indexFigures(): Promise<void> {
  const ours = sizesOf(bundleDir, isIndexData);
  const copy = path.join(os.tmpdir(), `tdkt-search-figures-${process.pid}`);
  rmSync(copy, { recursive: true, force: true });
  cpSync(siteDir, copy, { recursive: true });
  try {
    const report = await writeSearchIndex(copy, { unaccentedForms: false });
    const stock = sizesOf(report.bundleDir, isIndexData);
    const growth = ours.bytes - stock.bytes;
    console.log(`Pagefind bundle in ${path.relative(process.cwd(), bundleDir) || bundleDir}: ${format(sizesOf(bundleDir))}`);
    console.log(`  index data (meta, words, fragments, filters): ${format(ours)}`);
    console.log(`  the same pages without the unaccented forms of đ-words: ${format(stock)}`);
    console.log(`  cost of the unaccented forms: ${growth.toLocaleString('en')} bytes (${((growth / stock.bytes) * 100).toFixed(1)} % of the index data)`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

async function firstSearchFigures(): Promise<void> {
  const { downloads } = await measureFirstSearch(siteDir, query);
  const total = (list: Download[], key: 'bytes' | 'gzip' = 'bytes') => list.reduce((sum, row) => sum + row[key], 0).toLocaleString('en');
  const opening = downloads.filter((row) => !row.onSearch);
  const searching = downloads.filter((row) => row.onSearch);
  console.log(`\nFirst search for "${query}" in Chromium: bytes on the wire as this nginx serves them (headers included), and gzipped files as a compressing server would send them`);
  console.log(`  opening /tim-kiem/: ${total(opening)} bytes; its search script ${total(opening.filter(isSearchCode))} (${total(opening.filter(isSearchCode), 'gzip')} gzipped)`);
  console.log(`  the first search: ${total(searching)} bytes`);
  for (const row of searching) console.log(`    ${row.bytes.toLocaleString('en').padStart(8)} ${`(${row.gzip.toLocaleString('en')} gz)`.padStart(12)}  ${row.url}`);
  const searchCode = downloads.filter(isSearchCode);
  console.log(`  search-specific (script, Pagefind code, index, fragments): ${total(searchCode)} bytes, ${total(searchCode, 'gzip')} gzipped`);
}

await indexFigures();
await firstSearchFigures();
