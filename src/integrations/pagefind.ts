/**
 * Builds the Pagefind search index of a built site, through Pagefind's Node API (as Starlight does):
 * every page that marks its content with `data-pagefind-body` is indexed, with the additions of
 * preparePageForIndex(). Any indexing error throws, and `npm run build` (scripts/build.ts) then keeps
 * the last good site, so a site is never published with a stale or partial index.
 *
 * It runs in `npm run build`'s own process, not inside Astro's, from the moment Astro has rendered
 * every page and told the site's pages, while Astro finishes (scripts/build.ts): in its last hook,
 * Astro's process held well over a gigabyte and Pagefind needed as much again for one index of
 * 10,000 pages; in shards, the newest year first, two indexed at a time, the build peaks at 2.0 GB.
 * Pagefind reads the pages as prepared copies in a folder (src/lib/search/prepared-pages.ts), in
 * parallel.
 *
 * The index is written in shards, Pagefind bundles by the years of the pages' dates
 * (src/lib/search/shards.ts), which the browser merges; with the build's cache, a shard whose pages
 * are the same as in the last build is not indexed again but linked from the cache. Shards to index
 * are shared between two Pagefind backends, this thread's and a worker's
 * (src/lib/search/shard-indexing.ts).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkTree } from '../lib/hard-links';
import { PAGEFIND_BUNDLE_PATH } from '../lib/search/config';
import { PreparedPages, type SitePages } from '../lib/search/prepared-pages';
import { closeIndexing, indexShard, ShardIndexWorker, type ShardJob } from '../lib/search/shard-indexing';
import { SHARD_LIST_FILE, shardsOfYears, type ShardList } from '../lib/search/shards';
import { writtenBeside } from '../lib/written-beside';

/** Bytes of all files under `dir`. */
export function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const full = path.join(dir, name);
    const stat = statSync(full);
    return sum + (stat.isDirectory() ? folderBytes(full) : stat.size);
  }, 0);
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
  /** The site's pages as the build that wrote them told (rendered, kept): the folder is then not searched for pages. */
  sitePages?: SitePages;
  /**
   * Where the shards' bundles are kept between builds, each with the digest of its pages: a shard whose
   * pages did not change is linked from there instead of being indexed again. Without it, every shard
   * is indexed.
   */
  shardCache?: string;
  /**
   * The year (shard) of each prepared page, when the pages are prepared here (no `prepared`):
   * `() => UNDATED` writes one index of every page, as before shards, to compare with.
   */
  shardOf?: (preparedHtml: string) => string;
  /** How many of the newest years get a shard of their own (shards.ts; to measure other layouts). */
  recentYears?: number;
  /** The most pages a shard of older years holds (shards.ts; to measure other layouts). */
  shardPages?: number;
  /** Above how many pages the newest year is two shards (shards.ts; to test and measure other layouts). */
  splitPages?: number;
  /**
   * How many shards are indexed at once, each with its own Pagefind backend (shard-indexing.ts): 2
   * unless told; 1 indexes them one after the other, as before, to measure what the second gains.
   */
  backends?: 1 | 2;
  /**
   * Called once Pagefind has read the pages of the first shard to index and is writing it: work the
   * caller does in this thread from then on no longer holds Pagefind up, which waits for this thread
   * between its steps. Not called when no shard needs indexing.
   */
  onWriting?: () => void;
}

export interface ShardReport {
  name: string;
  pages: number;
  /** Indexed in this build; otherwise its bundle was reused from the cache. */
  indexed: boolean;
}

export interface SearchIndexReport {
  pages: number;
  /** Pages prepared for the index in this build; the others' copies were kept from the last one. */
  preparedAgain: number;
  unaccentedWords: number;
  bundleDir: string;
  /** Newest first, as the browser merges them. */
  shards: ShardReport[];
}

/** What the index step did, as `npm run build` logs it; tests read it back (SHARDS_INDEXED_PATTERN). */
export function searchIndexLine(report: SearchIndexReport, seconds: number): string {
  const indexed = report.shards.filter((shard) => shard.indexed);
  return `[tdkt:pagefind] ${report.pages} trang được lập chỉ mục tìm kiếm (đọc lại ${report.preparedAgain} trang HTML mới hoặc đã đổi so với lần dựng trước; thêm dạng không dấu của ${report.unaccentedWords} từ có chữ đ); ${report.shards.length} phần chỉ mục, lập lại ${indexed.length} phần (${indexed.map((shard) => `${shard.name}: ${shard.pages} trang`).join(', ') || 'không phần nào'}), giữ nguyên các phần khác; ${folderBytes(report.bundleDir)} byte trong ${PAGEFIND_BUNDLE_PATH} (${seconds.toFixed(2)} giây)`;
}
export const SHARDS_INDEXED_PATTERN = /phần chỉ mục, lập lại (\d+) phần/;

/** Pagefind's code, written into every bundle: published once, at the top of the bundle folder. */
const CODE_FILES = /^(?:pagefind\.js|pagefind-worker\.js)$/;
/** Changed whenever the way a shard is indexed changes, so that no bundle of the old way is reused. */
const SHARD_FORM = '1';
const DIGEST_FILE = 'digest';
const BUNDLE = 'bundle';

let pagefindVersion: string | undefined;
function installedPagefindVersion(): string {
  const manifest = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  pagefindVersion ??= (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  return pagefindVersion;
}

/** What a shard's bundle is made from: its pages (each by the hash of its copy, what Pagefind reads), how they were prepared, Pagefind's version. */
function shardDigest(pages: Record<string, string>, preparedForm: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ form: SHARD_FORM, pagefind: installedPagefindVersion(), preparedForm, pages }))
    .digest('hex');
}

/**
 * Indexes the built site in `siteDir` and writes the search bundle: one Pagefind bundle per shard
 * (src/lib/search/shards.ts) in `<bundle>/<shard>/`, Pagefind's code once in `<bundle>/`, and the list
 * of shards. With a shard cache, only the shards whose pages changed are indexed; a shard's bundle in
 * the cache is replaced only once its new one is complete. Throws on any Pagefind error.
 */
export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const bundleDir = options.bundleDir ?? path.join(siteDir, PAGEFIND_BUNDLE_PATH);
  // A crashed Pagefind never answers, so each step has a limit; it is generous because a good
  // 10,000-page build on a busy 2-core machine was seen taking over 120 s in one step.
  const limit = options.stepTimeLimitMs ?? 600_000;
  rmSync(bundleDir, { recursive: true, force: true });
  const temporary = options.prepared ? undefined : mkdtempSync(path.join(os.tmpdir(), 'tdkt-search-pages-'));
  const prepared = options.prepared ?? new PreparedPages(temporary!, options.unaccentedForms ?? true, options.shardOf);
  const cache = options.shardCache;
  try {
    prepared.completeFrom(siteDir, path.relative(siteDir, bundleDir), options.sitePages);
    const folders = prepared.folders();
    const shards = shardsOfYears(
      [...folders].map(([folder, pages]) => [folder, Object.keys(pages).length] as const),
      options.recentYears,
      options.shardPages,
      options.splitPages,
    );
    const names = [...shards.keys()];
    const reports: ShardReport[] = [];
    // The digest of every bundle the cache keeps, by the shard it was kept for.
    const keptDigests = new Map<string, string>();
    for (const entry of cache && existsSync(cache) ? readdirSync(cache) : []) {
      const file = path.join(cache!, entry, DIGEST_FILE);
      if (existsSync(file) && existsSync(path.join(cache!, entry, BUNDLE)))
        keptDigests.set(readFileSync(file, 'utf8'), entry);
    }
    // Shards to index, in order, each with what follows in this thread once it is written; the others
    // are linked from the cache while Pagefind writes the first one (linked after it, Pagefind waited
    // for this thread to finish its links between its steps).
    const toIndex: { job: ShardJob; pages: number; written: () => void }[] = [];
    const toLink: (() => void)[] = [];
    for (const name of names) {
      const members = shards.get(name)!;
      const pages = Object.assign({}, ...members.map((folder) => folders.get(folder)!)) as Record<string, string>;
      const pageCount = Object.keys(pages).length;
      const pagesDirs = members.map((folder) => prepared.folderDir(folder));
      const target = path.join(bundleDir, name);
      let indexed = true;
      if (cache) {
        const digest = shardDigest(pages, prepared.form);
        const kept = path.join(cache, name);
        const keptBundle = path.join(kept, BUNDLE);
        const keptDigest = path.join(kept, DIGEST_FILE);
        const reusable =
          existsSync(keptBundle) && existsSync(keptDigest) && readFileSync(keptDigest, 'utf8') === digest;
        // The same pages kept under another name: a shard renamed when the years were grouped anew
        // (shards.ts), such as "2023" becoming "den-2023" when a new year begins.
        const renamed = reusable ? undefined : keptDigests.get(digest);
        // Links, not copies: the site and the cache share the files, which nothing ever rewrites in place.
        if (renamed) {
          toLink.push(() => {
            rmSync(kept, { recursive: true, force: true });
            linkTree(path.join(cache, renamed, BUNDLE), keptBundle);
            writeFileSync(keptDigest, digest);
            linkTree(keptBundle, target);
          });
        } else if (reusable) {
          toLink.push(() => linkTree(keptBundle, target));
        } else {
          // Written beside the kept bundle, then put in its place: a failed build leaves the old one whole.
          const fresh = writtenBeside(path.join(cache, name));
          rmSync(fresh, { recursive: true, force: true });
          toIndex.push({
            job: { pagesDirs, outputPath: fresh, limit, lastBundle: keptBundle },
            pages: pageCount,
            written: () => {
              rmSync(keptDigest, { force: true });
              rmSync(keptBundle, { recursive: true, force: true });
              mkdirSync(kept, { recursive: true });
              renameSync(fresh, keptBundle);
              writeFileSync(keptDigest, digest);
              linkTree(keptBundle, target);
            },
          });
        }
        indexed = !reusable && !renamed;
      } else {
        toIndex.push({
          job: { pagesDirs, outputPath: target, limit },
          pages: pageCount,
          written: () => {},
        });
      }
      reports.push({ name, pages: pageCount, indexed });
    }
    // The renamed shards are linked before any kept bundle is replaced by a new one.
    const linkKept = () => {
      for (const link of toLink.splice(0)) link();
    };
    // Two backends take the shards in turn, the largest first, so that neither is left alone with a large
    // one at the end (newest first, 10,000 profiles ended 5,523 / 4,538 pages; largest first, 5,020 /
    // 5,041). This thread's backend takes the first (with whileWriting); a worker is started only for
    // two shards or more.
    toIndex.sort((a, b) => b.pages - a.pages);
    const worker = toIndex.length > 1 && (options.backends ?? 2) > 1 ? new ShardIndexWorker() : undefined;
    let whileWriting: (() => void) | undefined = () => {
      options.onWriting?.();
      linkKept();
    };
    const takeTurns = async (index: (job: ShardJob, whileWriting?: () => void) => Promise<void>) => {
      try {
        for (let next = toIndex.shift(); next; next = toIndex.shift()) {
          const first = whileWriting;
          whileWriting = undefined;
          await index(next.job, first);
          linkKept();
          next.written();
        }
      } catch (error) {
        // The build fails: the other backend starts no other shard.
        toIndex.length = 0;
        throw error;
      }
    };
    const lanes = await Promise.allSettled([
      takeTurns(indexShard),
      ...(worker ? [takeTurns((job) => worker.index(job)).finally(() => worker.close(limit))] : []),
    ]);
    for (const lane of lanes) if (lane.status === 'rejected') throw lane.reason;
    linkKept();
    if (cache) {
      // Shards the site no longer has (a year whose last page went), and bundles of interrupted builds.
      const current = new Set(names);
      for (const entry of existsSync(cache) ? readdirSync(cache) : []) {
        if (!current.has(entry)) rmSync(path.join(cache, entry), { recursive: true, force: true });
      }
    }
    // Pagefind's code once, at the address the search page imports it from; each shard keeps its
    // WebAssembly, which only the first (primary) one loads.
    mkdirSync(bundleDir, { recursive: true });
    if (names.length > 0) {
      const first = path.join(bundleDir, names[0]!);
      for (const name of readdirSync(first)) {
        if (CODE_FILES.test(name)) copyFileSync(path.join(first, name), path.join(bundleDir, name));
      }
      for (const name of names) {
        for (const file of readdirSync(path.join(bundleDir, name))) {
          if (CODE_FILES.test(file)) rmSync(path.join(bundleDir, name, file));
        }
      }
    }
    const list: ShardList = { shards: names };
    writeFileSync(path.join(bundleDir, SHARD_LIST_FILE), JSON.stringify(list));
    return { ...prepared.totals(), bundleDir, shards: reports };
  } finally {
    await closeIndexing(limit);
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}
