/**
 * Builds the Pagefind search index of a built site, through Pagefind's Node API (as Starlight does):
 * every page that marks its content with `data-pagefind-body` is indexed, with the additions of
 * preparePageForIndex(). Any indexing error throws, and `npm run build` (scripts/build.ts, which runs
 * this right after `astro build`) then keeps the last good site, so a site is never published with a
 * stale or partial index.
 *
 * It runs after `astro build` has exited rather than inside it (an integration's last hook): at the
 * end of a large build Astro's process still holds well over a gigabyte, and Pagefind needs about
 * two more while it writes the index of 10,000 pages. One after the other, the peak is the larger of
 * the two, not their sum (see "Building for years of content" in the README).
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { PAGEFIND_BUNDLE_PATH } from '../lib/search/config';
import { preparePageForIndex } from '../lib/search/prepare-page';

/** Files of Pagefind's own user interfaces; the site has its own search page, so they are not published. */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** "ke-hoach/abc/index.html" → "/ke-hoach/abc/". */
function pageUrl(siteDir: string, file: string): string {
  const relative = path.relative(siteDir, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Bytes of all files under `dir`. */
export function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const full = path.join(dir, name);
    const stat = statSync(full);
    return sum + (stat.isDirectory() ? folderBytes(full) : stat.size);
  }, 0);
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Không tạo được chỉ mục tìm kiếm (Pagefind, ${step}):\n${errors.join('\n')}`);
}

/**
 * Pagefind's Node API never settles a call whose backend process crashed (a panic, for instance when
 * the output folder cannot be created), and Node would then exit as if the build had succeeded. A
 * time limit per call turns that into a failed build with a message.
 */
async function withinTimeLimit<T>(step: string, call: Promise<T>, limitMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Không tạo được chỉ mục tìm kiếm: Pagefind không trả lời sau ${limitMs / 1000} giây (${step}).`)), limitMs);
  });
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** How many pages may wait in Pagefind's queue at once. */
const PAGES_IN_FLIGHT = 64;

export interface SearchIndexOptions {
  /** Where to write the bundle; `<siteDir>/pagefind/` unless given. */
  bundleDir?: string;
  /** Add the unaccented forms of đ-words (on by default; off only to measure what they cost). */
  unaccentedForms?: boolean;
  /** How long one Pagefind call may take before the build fails. */
  stepTimeLimitMs?: number;
}

export interface SearchIndexReport {
  pages: number;
  unaccentedWords: number;
  bundleDir: string;
}

/** Indexes the built site in `siteDir` and writes the Pagefind bundle. Throws on any Pagefind error. */
export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const bundleDir = options.bundleDir ?? path.join(siteDir, PAGEFIND_BUNDLE_PATH);
  const limit = options.stepTimeLimitMs ?? 120_000;
  rmSync(bundleDir, { recursive: true, force: true });
  try {
    const created = await withinTimeLimit('createIndex', createIndex({}), limit);
    if (!created.index || created.errors.length > 0) fail('createIndex', created.errors);
    const { index } = created;
    let pages = 0;
    let unaccentedWords = 0;
    // Pages are handed over without waiting for each answer (Pagefind reads them while this process
    // prepares the next ones), a bounded number at a time so memory stays flat on large sites.
    let pending: Promise<void>[] = [];
    const add = async (file: string, html: string) => {
      const added = await withinTimeLimit(file, index.addHTMLFile({ url: pageUrl(siteDir, file), content: html }), limit);
      if (added.errors.length > 0) fail(path.relative(siteDir, file), added.errors);
    };
    for (const file of htmlFiles(siteDir)) {
      if (file.startsWith(bundleDir)) continue;
      const prepared = preparePageForIndex(readFileSync(file, 'utf8'), { unaccentedForms: options.unaccentedForms ?? true });
      if (!prepared) continue;
      pending.push(add(file, prepared.html));
      pages += 1;
      unaccentedWords += prepared.unaccentedWords.length;
      if (pending.length >= PAGES_IN_FLIGHT) {
        await Promise.all(pending);
        pending = [];
      }
    }
    await Promise.all(pending);
    const written = await withinTimeLimit('writeFiles', index.writeFiles({ outputPath: bundleDir }), limit);
    if (written.errors.length > 0) fail('writeFiles', written.errors);
    for (const name of readdirSync(bundleDir)) {
      if (UNUSED_BUNDLE_FILES.test(name)) rmSync(path.join(bundleDir, name));
    }
    return { pages, unaccentedWords, bundleDir };
  } finally {
    await withinTimeLimit('close', close(), limit).catch(() => undefined);
  }
}
