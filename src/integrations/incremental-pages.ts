/**
 * Incremental pages: a build renders only the pages whose inputs changed since the last good build,
 * and takes the others from that build's folder (hard links, so no copy and no second write).
 *
 * No cache key is written by hand. While a page renders, src/data/content.ts records what it reads (see
 * src/lib/page-inputs.ts); what every route's getStaticPaths reads counts for every page. A page's key is
 * the digest of those inputs' values, of everything the pages are made from besides content (every
 * file of src/, the configuration, the lockfile, content/site.yaml, the TDKT_ settings, Node's
 * version) and of its own input list. The next build evaluates the same inputs on its content: equal
 * key, same page. When in doubt (no record, a different code digest, a record for another folder, a
 * page that was not in the last build) the page is rendered.
 *
 * `npm run build` (scripts/build.ts) turns it on by naming the folder of the site (TDKT_SITE)
 * and commits the record only once the new site is in place, so a failed build never leaves a record
 * that describes a site which was not published. TDKT_INCREMENTAL=off renders every page and records
 * nothing (to measure what recording costs).
 */
import { createHash, hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AstroPrerenderer } from 'astro';
import { READING_WORKER_VARIABLE, SEARCH_PAGES_VARIABLE, SITE_VARIABLE } from '../lib/build-variables';
import { buildCacheDir, CACHE_DIR_VARIABLE } from '../lib/build-cache';
import { linkFile } from '../lib/hard-links';
import { siteConfigPath } from '../lib/content-sources';
import { fieldOwner, INPUT, startInputRecorder, type InputKey, type InputRecorder } from '../lib/page-inputs';
import type { SitePages } from '../lib/search/prepared-pages';
import { isHtml, readPageBody, type PageBody } from './page-body';

/** Settings that change what the pages say; the build day is an input of the pages that show it. */
const NOT_PAGE_SETTINGS = new Set([
  // clock.ts's TODAY_VARIABLE, by name: importing clock.ts loads the date formatting into npm run build's own process (+20 ms).
  'TDKT_TODAY',
  CACHE_DIR_VARIABLE,
  SEARCH_PAGES_VARIABLE,
  // Where the content sync reads files changes nothing it stores (test/build/incremental.test.ts).
  READING_WORKER_VARIABLE,
  SITE_VARIABLE,
]);

/**
 * 3: the record in V8's serialization (JSON.stringify took 0.7 s of every rebuild at 10,000 profiles,
 * v8.serialize 0.1 s); 4: the pages' inputs in one typed array (StoredPages).
 */
const RECORD_FORM = 4;

interface PageRecord {
  /** The page's file in the site ("dien-hinh-tien-tien/abc/index.html"). */
  file: string;
  /** Indexes into Record.inputs. */
  inputs: Int32Array;
  /** The files of /_astro/ the page refers to (its images, styles, scripts), when it refers to any. */
  assets?: string[];
}

interface RenderedPage {
  inputs: Set<InputKey>;
  assets: string[];
}

interface InputsRecord {
  form: number;
  /** The site folder this record describes, and the inode of the folder it was built in (renamed into place). */
  site: string;
  inode: number;
  code: string;
  /** Every input named below, once; inputs no page reads any more are dropped now and then (writeRecord). */
  inputs: InputKey[];
  /** The digest of each input's value (valueDigest) when the site was built, by the same index. */
  values: string[];
  /** What the routes' getStaticPaths read: inputs of every page. */
  shared: number[];
  /** By pathname without trailing slash ("/dien-hinh-tien-tien/abc"). */
  pages: Record<string, PageRecord>;
}

/**
 * The pages as the record's file holds them: column by column, every page's input indexes in one
 * typed array. 907,000 indexes in 12,376 arrays took 140 ms of the rebuild's 220 ms to read the record
 * back at 10,000 profiles; a typed array is read back as its bytes.
 */
interface StoredPages {
  pathnames: string[];
  files: string[];
  assets: (string[] | undefined)[];
  /** Page n's inputs are inputIndexes[inputStarts[n]] up to inputIndexes[inputStarts[n + 1]]. */
  inputStarts: Int32Array;
  inputIndexes: Int32Array;
}

type StoredRecord = Omit<InputsRecord, 'pages'> & { pages: StoredPages };

function storedPages(pages: Record<string, PageRecord>): StoredPages {
  const list = Object.entries(pages);
  const inputStarts = new Int32Array(list.length + 1);
  list.forEach(([, page], index) => (inputStarts[index + 1] = inputStarts[index]! + page.inputs.length));
  const inputIndexes = new Int32Array(inputStarts[list.length]!);
  list.forEach(([, page], index) => inputIndexes.set(page.inputs, inputStarts[index]));
  return {
    pathnames: list.map(([pathname]) => pathname),
    files: list.map(([, page]) => page.file),
    assets: list.map(([, page]) => page.assets),
    inputStarts,
    inputIndexes,
  };
}

function pagesOf(stored: StoredPages): Record<string, PageRecord> {
  const pages: Record<string, PageRecord> = {};
  stored.pathnames.forEach((pathname, index) => {
    const assets = stored.assets[index];
    pages[pathname] = {
      file: stored.files[index]!,
      inputs: stored.inputIndexes.subarray(stored.inputStarts[index], stored.inputStarts[index + 1]),
      ...(assets ? { assets } : {}),
    };
  });
  return pages;
}

const digest = (text: string) => hash('sha1', text, 'base64url');
/** An input's value as the record keeps it: short values as they are, longer ones by their digest. */
const valueDigest = (value: string) => (value.length <= 27 ? `=${value}` : digest(value));
const trimSlash = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The digest of the names and contents of the files under `dir` (none: the digest of nothing). */
export function filesDigest(dir: string): string {
  const hasher = createHash('sha1');
  for (const file of filesUnder(dir)) hasher.update(`${path.relative(dir, file)}\0`).update(readFileSync(file));
  return hasher.digest('base64url');
}

/** Everything the pages are made from besides content; any change renders every page. */
export function codeDigest(root = process.cwd()): string {
  const hasher = createHash('sha1');
  const files = [
    ...filesUnder(path.join(root, 'src')),
    ...['astro.config.mjs', 'package-lock.json', 'tsconfig.json'].map((file) => path.join(root, file)),
    siteConfigPath(),
  ];
  for (const file of files) {
    hasher.update(`${path.relative(root, file)}\0`);
    try {
      hasher.update(readFileSync(file));
    } catch {
      hasher.update('missing');
    }
  }
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('TDKT_') && !NOT_PAGE_SETTINGS.has(name))
    .sort(([a], [b]) => a.localeCompare(b));
  hasher.update(JSON.stringify([settings, process.version]));
  return hasher.digest('base64url');
}

/** What the build cache files of the site in `site` are named by. */
export function siteKey(site: string): string {
  return digest(path.resolve(site)).slice(0, 16);
}

function recordFile(site: string): string {
  return path.join(buildCacheDir(), 'incremental-pages', `${siteKey(site)}.bin`);
}

/** The record the build into `outDir` wrote, to be committed once its site is in place (scripts/build.ts). */
export function pendingRecordFile(site: string): string {
  return recordFile(site).replace(/\.bin$/, '.next.bin');
}

/**
 * Makes the pending record of `site` the record of the site now in place; drops it after a failed
 * build. The staging folder became the site by a rename, which keeps the inode the record names.
 */
export function commitRecord(site: string, succeeded: boolean): void {
  const pending = pendingRecordFile(site);
  if (!existsSync(pending)) return;
  if (succeeded) {
    renameSync(pending, recordFile(site));
    // The record in its JSON form, before it was written in V8's: no build reads it (20 MB at 10,000 profiles).
    rmSync(recordFile(site).replace(/\.bin$/, '.json'), { force: true });
  } else rmSync(pending, { force: true });
}

function readRecord(site: string, code: string): InputsRecord | undefined {
  try {
    const record = deserialize(readFileSync(recordFile(site))) as StoredRecord;
    const usable =
      record.form === RECORD_FORM &&
      record.code === code &&
      record.site === path.resolve(site) &&
      existsSync(site) &&
      statSync(site).ino === record.inode;
    return usable ? { ...record, pages: pagesOf(record.pages) } : undefined;
  } catch {
    return undefined;
  }
}

const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;

/**
 * The files a page's HTML refers to in /_astro/ (its images, styles and scripts). Looked for in its
 * bytes read as Latin-1, one character per byte, which is a copy where decoding UTF-8 was 0.4 s of
 * Astro's thread for 12,376 pages: the pattern is ASCII (its spaces too, since a byte of a UTF-8
 * character may read as a no-break space), and each path found is decoded from UTF-8 after.
 */
export function astroAssetsOf(body: PageBody): string[] {
  const html = body.bytes.toString('latin1');
  return [...html.matchAll(/\/(_astro\/[^"'\t\n\v\f\r ?#),]+)/g)].map((match) =>
    decodeURIComponent(Buffer.from(match[1]!, 'latin1').toString('utf8')),
  );
}

export interface IncrementalReport {
  rendered: number;
  reused: number;
  /** Why every page was rendered, when it was. */
  reason?: string;
}

/** One build's incremental pages. */
export class IncrementalPages {
  private readonly recorder: InputRecorder;
  private readonly code = codeDigest();
  private readonly previous: InputsRecord | undefined;
  private reason: string | undefined;
  private shared: InputKey[] = [];
  private readonly rendered = new Map<string, RenderedPage>();
  /** The value digests of inputs evaluated in this build (content does not change while it runs). */
  private readonly values = new Map<InputKey, string>();
  /** Seconds spent deciding which pages to reuse, and linking them, for the build's log. */
  readonly seconds = { deciding: 0, linking: 0, recording: 0 };
  private readonly reused = new Map<string, PageRecord>();
  private readonly lastGoodSite: string | undefined;
  /** The pages (not endpoints) taken from the last good site, as pathnames: the sitemap lists them too. */
  readonly reusedPages: string[] = [];
  /** The last good site's files, when something lists them anyway (filesOfLastSite). */
  private lastSiteFiles: Promise<ReadonlySet<string> | undefined> | undefined;

  /** The folder the site is put in once built (its last good build, when there is one). */
  private readonly site: string;

  constructor(site: string) {
    this.site = site;
    this.recorder = startInputRecorder();
    this.lastGoodSite = existsSync(site) ? site : undefined;
    this.previous = this.lastGoodSite ? readRecord(this.lastGoodSite, this.code) : undefined;
    if (!this.lastGoodSite) this.reason = 'chưa có bản dựng trước';
    else if (!this.previous) this.reason = 'bản dựng trước không có bản ghi dùng được, hoặc mã nguồn đã đổi';
  }

  /**
   * The last good site's files (absolute paths), as the links made from it list them: a kept page's
   * file is then looked up there, not asked of the file system (12,375 calls, 0.15–0.23 s at 10,000
   * profiles). Undefined, when the listing failed, leaves the file system to answer.
   */
  filesOfLastSite(files: Promise<ReadonlySet<string> | undefined>): void {
    this.lastSiteFiles = files;
  }

  /** Why every page would be rendered (no last good site, or no usable record of it); undefined when pages can be kept. */
  get renderAllReason(): string | undefined {
    return this.previous ? undefined : this.reason;
  }

  /** Whether `pathnames` are the pages of the last good site, no more and no fewer. */
  samePagesAs(pathnames: readonly string[]): boolean {
    const before = this.previous?.pages;
    if (!before) return false;
    const now = new Set(pathnames.map(trimSlash));
    return now.size === Object.keys(before).length && [...now].every((pathname) => pathname in before);
  }

  /** Whether `pathname`, as the last good site has it, shows an image of /_astro/ (an optimized photo). */
  showedImages(pathname: string): boolean {
    return (this.previous?.pages[trimSlash(pathname)]?.assets ?? []).some((asset) => IMAGE_FILE.test(asset));
  }

  wrap(prerenderer: AstroPrerenderer): AstroPrerenderer {
    return {
      ...prerenderer,
      getStaticPaths: async () => {
        const shared = new Set<InputKey>();
        const all = await this.recorder.storage.run(shared, () => prerenderer.getStaticPaths());
        this.shared = [...shared].sort();
        const started = performance.now();
        const reusable = await this.reusable(all.map((entry) => trimSlash(entry.pathname)));
        this.seconds.deciding = (performance.now() - started) / 1000;
        for (const entry of all) {
          if (entry.route.type === 'page' && reusable.has(trimSlash(entry.pathname)))
            this.reusedPages.push(entry.pathname);
        }
        return all.filter((entry) => !reusable.has(trimSlash(entry.pathname)));
      },
      render: async (request, options) => {
        const inputs = new Set<InputKey>();
        // Components further down the page run while its body streams: read it whole inside the page's context.
        const { result, body } = await this.recorder.storage.run(inputs, async () => {
          const result = await prerenderer.render(request, options);
          return { result, body: await readPageBody(result instanceof Response ? result : result.response) };
        });
        this.rendered.set(trimSlash(decodeURIComponent(new URL(request.url).pathname)), {
          inputs,
          assets: isHtml(body) ? astroAssetsOf(body) : [],
        });
        return result instanceof Response ? body.response : { ...result, response: body.response };
      },
    };
  }

  /**
   * The pages whose inputs have the values they had when the last good site rendered them: a page is
   * kept when the code is the same (readRecord), getStaticPaths read the same inputs, and none of the
   * inputs it read, or that getStaticPaths read, has another value now.
   */
  private async reusable(pathnames: string[]): Promise<Set<string>> {
    const previous = this.previous;
    if (!previous || !this.lastGoodSite) return new Set();
    const sharedBefore = previous.shared.map((index) => previous.inputs[index]!);
    if (this.shared.join('\n') !== sharedBefore.join('\n')) {
      this.reason = 'getStaticPaths đọc những dữ liệu khác lần trước';
      return new Set();
    }
    const values = await this.valuesOfRecorded(previous);
    if (!values) return new Set();
    this.recordedNow = values;
    const changed = new Uint8Array(values.length);
    values.forEach((value, index) => (changed[index] = value === previous.values[index] ? 0 : 1));
    if (previous.shared.some((index) => changed[index])) {
      this.reason = 'dữ liệu mà getStaticPaths đọc đã đổi';
      return new Set();
    }
    const reusable = new Set<string>();
    const lastSiteFiles = await this.lastSiteFiles;
    for (const pathname of pathnames) {
      const page = previous.pages[pathname];
      if (!page || page.inputs.some((index) => changed[index])) continue;
      const file = path.join(this.lastGoodSite, page.file);
      if (!(lastSiteFiles ? lastSiteFiles.has(file) : existsSync(file))) continue;
      reusable.add(pathname);
      this.reused.set(pathname, page);
    }
    return reusable;
  }

  /**
   * Links the reused pages, and the files of /_astro/ they refer to that this build did not make (the
   * images of pages it did not render), from the last good site. Vite also copied the originals of
   * those images, which Astro deletes only for the pages it rendered: an original that neither the
   * last good site nor any page refers to goes, as in a build of every page.
   */
  private reuseInto(outDir: string, lastGoodSite: string): void {
    const referenced = new Set<string>();
    for (const page of this.reused.values()) {
      linkFile(path.join(lastGoodSite, page.file), path.join(outDir, page.file));
      for (const asset of page.assets ?? []) referenced.add(asset);
    }
    for (const page of this.rendered.values()) for (const asset of page.assets) referenced.add(asset);
    for (const asset of referenced) {
      const source = path.join(lastGoodSite, asset);
      if (!existsSync(path.join(outDir, asset)) && existsSync(source)) linkFile(source, path.join(outDir, asset));
    }
    const assets = path.join(outDir, '_astro');
    if (!existsSync(assets)) return;
    for (const name of readdirSync(assets)) {
      const asset = `_astro/${name}`;
      if (IMAGE_FILE.test(name) && !referenced.has(asset) && !existsSync(path.join(lastGoodSite, asset)))
        rmSync(path.join(outDir, asset));
    }
  }

  /** The current value digests of the last record's inputs (valuesOfRecorded), once the pages are decided. */
  private recordedNow: string[] | undefined;

  /**
   * The current value digests of the last record's inputs, in its order. The fields of an entry whose
   * whole value is as the record has it keep their recorded values without being evaluated (fieldOwner):
   * at 10,000 profiles 148,594 of the 159,571 inputs, each a JSON text and often a digest.
   */
  private async valuesOfRecorded(previous: InputsRecord): Promise<string[] | undefined> {
    const { inputs, values: before } = previous;
    const entryIndex = new Map<InputKey, number>();
    inputs.forEach((key, index) => {
      if (key.startsWith(`${INPUT.entry}\t`)) entryIndex.set(key, index);
    });
    const ownerOf = new Int32Array(inputs.length).fill(-1);
    const first: number[] = [];
    inputs.forEach((key, index) => {
      const owner = fieldOwner(key);
      const ownerIndex = owner === undefined ? undefined : entryIndex.get(owner);
      if (ownerIndex === undefined) first.push(index);
      else ownerOf[index] = ownerIndex;
    });
    const now = new Array<string>(inputs.length);
    const evaluate = async (indexes: number[]) => {
      const found = await this.valuesOf(indexes.map((index) => inputs[index]!));
      if (found) indexes.forEach((index, at) => (now[index] = found[at]!));
      return found !== undefined;
    };
    if (!(await evaluate(first))) return undefined;
    const fields: number[] = [];
    ownerOf.forEach((owner, index) => {
      if (owner < 0) return;
      if (now[owner] === before[owner]) now[index] = before[index]!;
      else fields.push(index);
    });
    return (await evaluate(fields)) ? now : undefined;
  }

  /** The digests of the current values of `keys` (valueDigest); each evaluated once per build. */
  private async valuesOf(keys: readonly InputKey[]): Promise<string[] | undefined> {
    if (!this.recorder.valuesOf) {
      this.reason = 'không đọc được dữ liệu đầu vào';
      return undefined;
    }
    const missing = keys.filter((key) => !this.values.has(key));
    const found = await this.recorder.valuesOf(missing);
    missing.forEach((key, index) => this.values.set(key, valueDigest(found[index]!)));
    return keys.map((key) => this.values.get(key)!);
  }

  /** The file of each rendered page, by pathname (sitePages). */
  private readonly renderedFiles = new Map<string, string>();

  /**
   * The file of a page rendered at `url` that the build's parent process writes (rendered-pages.ts):
   * it may not be written yet when the site's pages are told.
   */
  writtenElsewhere(url: string, file: string): void {
    this.renderedFiles.set(trimSlash(decodeURIComponent(new URL(url).pathname)), file);
  }

  /**
   * Once every page is rendered (and Astro has written those it writes into `outDir`): the HTML pages
   * of the site, those rendered and those to be kept from the last good site (linkReused).
   */
  sitePages(outDir: string): SitePages {
    for (const pathname of this.rendered.keys()) {
      if (this.renderedFiles.has(pathname)) continue;
      const file = outputFileOf(outDir, pathname);
      if (file) this.renderedFiles.set(pathname, file);
    }
    const isPage = (file: string) => file.endsWith('.html');
    return {
      rendered: [...this.renderedFiles.values()].filter(isPage),
      kept: [...this.reused.values()].map((page) => page.file).filter(isPage),
      keptFrom: path.resolve(this.lastGoodSite ?? this.site),
    };
  }

  /**
   * Links the reused pages (and the files in /_astro/ they refer to that this build did not make) from
   * the last good site into `outDir`.
   */
  linkReused(outDir: string): void {
    const started = performance.now();
    if (this.lastGoodSite && this.reused.size > 0) this.reuseInto(outDir, this.lastGoodSite);
    this.seconds.linking = (performance.now() - started) / 1000;
  }

  /** Writes the record of this build's pages for the next build, as pending (after sitePages). */
  async writeRecord(outDir: string): Promise<IncrementalReport> {
    const started = performance.now();
    // The kept pages keep their input indexes: the new record extends the last one's inputs.
    const inputs: InputKey[] = this.reused.size > 0 ? [...this.previous!.inputs] : [];
    const inputIndex = new Map<InputKey, number>(inputs.map((key, index) => [key, index]));
    const indexOf = (key: InputKey) => {
      let index = inputIndex.get(key);
      if (index === undefined) {
        index = inputs.push(key) - 1;
        inputIndex.set(key, index);
      }
      return index;
    };
    const pages: Record<string, PageRecord> = {};
    for (const [pathname, page] of this.rendered) {
      const file = this.renderedFiles.get(pathname);
      if (!file) continue;
      pages[pathname] = {
        file,
        inputs: Int32Array.from([...page.inputs].sort(), indexOf),
        ...(page.assets.length > 0 ? { assets: [...new Set(page.assets)] } : {}),
      };
    }
    for (const [pathname, page] of this.reused) pages[pathname] = page;
    let record: InputsRecord = {
      form: RECORD_FORM,
      site: path.resolve(this.site),
      inode: statSync(outDir).ino,
      code: this.code,
      inputs,
      values: [],
      shared: this.shared.map(indexOf),
      pages,
    };
    // The last record's inputs come first, with the values valuesOfRecorded found; the others are new.
    const known = this.reused.size > 0 ? (this.recordedNow ?? []) : [];
    const added = await this.valuesOf(inputs.slice(known.length));
    // Unknown values (no reader) match nothing in the next build: every page is rendered again.
    record.values = added ? [...known, ...added] : inputs.map(() => `unknown ${Math.random()}`);
    record = withoutUnreadInputs(record);
    const pending = pendingRecordFile(this.site);
    mkdirSync(path.dirname(pending), { recursive: true });
    // Written on libuv's threads: the search index may be running in this process (a rebuild without
    // astro build), and each of Pagefind's answers waits for this thread.
    await writeFile(pending, serialize({ ...record, pages: storedPages(record.pages) } satisfies StoredRecord));
    this.seconds.recording = (performance.now() - started) / 1000;
    return {
      rendered: this.rendered.size,
      reused: this.reused.size,
      ...(this.reason && this.reused.size === 0 ? { reason: this.reason } : {}),
    };
  }
}

/**
 * The record without the inputs no page reads any more (entries deleted, fields no longer shown), once
 * they are a quarter of the list: each build evaluates every input the last record names.
 */
function withoutUnreadInputs(record: InputsRecord): InputsRecord {
  const read = new Uint8Array(record.inputs.length);
  for (const index of record.shared) read[index] = 1;
  for (const page of Object.values(record.pages)) for (const index of page.inputs) read[index] = 1;
  const unread = read.length - read.reduce((sum, flag) => sum + flag, 0);
  if (unread * 4 < read.length) return record;
  const renumbered = new Int32Array(read.length).fill(-1);
  const inputs: InputKey[] = [];
  read.forEach((flag, index) => {
    if (flag) renumbered[index] = inputs.push(record.inputs[index]!) - 1;
  });
  const pages = Object.fromEntries(
    Object.entries(record.pages).map(([pathname, page]) => [
      pathname,
      { ...page, inputs: page.inputs.map((index) => renumbered[index]!) },
    ]),
  );
  const values = record.values.filter((_value, index) => read[index]);
  return { ...record, inputs, values, shared: record.shared.map((index) => renumbered[index]!), pages };
}

/** The file Astro wrote for `pathname` (directory format: "a/b/index.html"; endpoints: "rss.xml"). */
function outputFileOf(outDir: string, pathname: string): string | undefined {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = relative === '' ? ['index.html'] : [`${relative}/index.html`, `${relative}.html`, relative];
  return candidates.find((candidate) => {
    try {
      return statSync(path.join(outDir, candidate)).isFile();
    } catch {
      return false;
    }
  });
}
