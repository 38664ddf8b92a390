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
 * the two, not their sum (see "Built for years of content" in the README). Pagefind reads the pages
 * as prepared copies in a folder (src/lib/search/prepared-pages.ts), in parallel.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { PAGEFIND_BUNDLE_PATH } from '../lib/search/config';
import { PreparedPages } from '../lib/search/prepared-pages';

/** Files of Pagefind's own user interfaces; the site has its own search page, so they are not published. */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

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
    timer = setTimeout(
      () =>
        reject(
          new Error(`Không tạo được chỉ mục tìm kiếm: Pagefind không trả lời sau ${limitMs / 1000} giây (${step}).`),
        ),
      limitMs,
    );
  });
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface SearchIndexOptions {
  /** Where to write the bundle; `<siteDir>/pagefind/` unless given. */
  bundleDir?: string;
  /** Add the unaccented forms of đ-words (on by default; off only to measure what they cost). */
  unaccentedForms?: boolean;
  /** How long one Pagefind call may take before the build fails. */
  stepTimeLimitMs?: number;
  /**
   * The prepared copies of the pages, when the build kept them (in its cache, some handed over while
   * Astro rendered); otherwise every page is prepared here, in a temporary folder.
   */
  prepared?: PreparedPages;
}

export interface SearchIndexReport {
  pages: number;
  /** Pages prepared for the index in this build; the others' copies were kept from the last one. */
  preparedAgain: number;
  unaccentedWords: number;
  bundleDir: string;
}

/** Indexes the built site in `siteDir` and writes the Pagefind bundle. Throws on any Pagefind error. */
export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const bundleDir = options.bundleDir ?? path.join(siteDir, PAGEFIND_BUNDLE_PATH);
  // A crashed Pagefind never answers, so each step has a limit; it is generous because a good
  // 10,000-page build on a busy 2-core machine was seen taking over 120 s in one step.
  const limit = options.stepTimeLimitMs ?? 600_000;
  rmSync(bundleDir, { recursive: true, force: true });
  const temporary = options.prepared ? undefined : mkdtempSync(path.join(os.tmpdir(), 'tdkt-search-pages-'));
  const prepared = options.prepared ?? new PreparedPages(temporary!, options.unaccentedForms ?? true);
  try {
    prepared.completeFrom(siteDir, path.relative(siteDir, bundleDir));
    const created = await withinTimeLimit('createIndex', createIndex({}), limit);
    if (!created.index || created.errors.length > 0) fail('createIndex', created.errors);
    const { index } = created;
    // Pagefind reads the prepared copies itself, several at a time; their paths give the pages' addresses.
    const added = await withinTimeLimit('addDirectory', index.addDirectory({ path: prepared.dir }), limit);
    if (added.errors.length > 0) fail('addDirectory', added.errors);
    const written = await withinTimeLimit('writeFiles', index.writeFiles({ outputPath: bundleDir }), limit);
    if (written.errors.length > 0) fail('writeFiles', written.errors);
    for (const name of readdirSync(bundleDir)) {
      if (UNUSED_BUNDLE_FILES.test(name)) rmSync(path.join(bundleDir, name));
    }
    return { ...prepared.totals(), bundleDir };
  } finally {
    await withinTimeLimit('close', close(), limit).catch(() => undefined);
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}
