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
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { buildCacheDir } from '../lib/build-cache';
import { linkFile } from '../lib/hard-links';
import { siteConfigPath } from '../lib/content-sources';
import { startInputRecorder, type InputKey, type InputRecorder } from '../lib/page-inputs';

/** The folder the site is put in once built: set by scripts/build.ts. */
export const SITE_VARIABLE = 'TDKT_SITE';
export const INCREMENTAL_VARIABLE = 'TDKT_INCREMENTAL';

/** Settings that change what the pages say; the build day is an input of the pages that show it. */
const NOT_PAGE_SETTINGS = new Set(['TDKT_TODAY', 'TDKT_CACHE_DIR', 'TDKT_SEARCH_PAGES', SITE_VARIABLE]);

const RECORD_FORM = 1;

interface PageRecord {
  /** The page's file in the site ("dien-hinh-tien-tien/abc/index.html"). */
  file: string;
  key: string;
  /** Indexes into Record.inputs. */
  inputs: number[];
  /** The files of /_astro/ the page refers to (its images, styles, scripts), when it refers to any. */
  assets?: string[];
}

interface RenderedPage {
  inputs: Set<InputKey>;
  assets: string[];
}

interface InputsRecord {
  form: number;
  /** The site folder this record describes, and that folder's inode once it was put in place. */
  site: string;
  inode: number;
  code: string;
  /** Every input named below, once. */
  inputs: InputKey[];
  /** What the routes' getStaticPaths read: inputs of every page. */
  shared: number[];
  /** By pathname without trailing slash ("/dien-hinh-tien-tien/abc"). */
  pages: Record<string, PageRecord>;
}

const digest = (text: string) => createHash('sha1').update(text).digest('base64url');
const trimSlash = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Everything the pages are made from besides content; any change renders every page. */
export function codeDigest(root = process.cwd()): string {
  const hash = createHash('sha1');
  const files = [
    ...filesUnder(path.join(root, 'src')),
    ...['astro.config.mjs', 'package-lock.json', 'tsconfig.json'].map((file) => path.join(root, file)),
    siteConfigPath(),
  ];
  for (const file of files) {
    hash.update(`${path.relative(root, file)}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('TDKT_') && !NOT_PAGE_SETTINGS.has(name))
    .sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify([settings, process.version]));
  return hash.digest('base64url');
}

function recordFile(site: string): string {
  return path.join(buildCacheDir(), 'incremental-pages', `${digest(path.resolve(site)).slice(0, 16)}.json`);
}

/** The record the build into `outDir` wrote, to be committed once its site is in place (scripts/build.ts). */
export function pendingRecordFile(site: string): string {
  return recordFile(site).replace(/\.json$/, '.next.json');
}

/** Makes the pending record of `site` the record of the site now in place; drops it after a failed build. */
export function commitRecord(site: string, succeeded: boolean): void {
  const pending = pendingRecordFile(site);
  if (!existsSync(pending)) return;
  if (!succeeded) {
    rmSync(pending, { force: true });
    return;
  }
  const record = JSON.parse(readFileSync(pending, 'utf8')) as InputsRecord;
  record.inode = statSync(site).ino;
  writeFileSync(recordFile(site), JSON.stringify(record));
  rmSync(pending, { force: true });
}

function readRecord(site: string, code: string): InputsRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(recordFile(site), 'utf8')) as InputsRecord;
    const usable =
      record.form === RECORD_FORM &&
      record.code === code &&
      record.site === path.resolve(site) &&
      existsSync(site) &&
      statSync(site).ino === record.inode;
    return usable ? record : undefined;
  } catch {
    return undefined;
  }
}

const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;

/** The files a page's HTML refers to in /_astro/ (its images, styles and scripts). */
function astroAssetsOf(html: string): string[] {
  return [...html.matchAll(/\/(_astro\/[^"'\s?#),]+)/g)].map((match) => decodeURIComponent(match[1]!));
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
  /** Values of inputs evaluated in this build (content does not change while it runs). */
  private readonly values = new Map<InputKey, string>();
  /** Seconds spent deciding which pages to reuse, and linking them, for the build's log. */
  readonly seconds = { deciding: 0, linking: 0, recording: 0 };
  private readonly reused = new Map<string, PageRecord>();
  /** Every path of this build, by pathname without trailing slash. */
  private paths: string[] = [];

  private readonly lastGoodSite: string | undefined;
  /** The pages (not endpoints) taken from the last good site, as pathnames: the sitemap lists them too. */
  readonly reusedPages: string[] = [];

  /** @param site the folder the site is put in once built (its last good build, when there is one) */
  constructor(private readonly site: string) {
    this.recorder = startInputRecorder();
    this.lastGoodSite = existsSync(site) ? site : undefined;
    this.previous = this.lastGoodSite ? readRecord(this.lastGoodSite, this.code) : undefined;
    if (!this.lastGoodSite) this.reason = 'chưa có bản dựng trước';
    else if (!this.previous) this.reason = 'bản dựng trước không có bản ghi dùng được, hoặc mã nguồn đã đổi';
  }

  wrap(prerenderer: AstroPrerenderer): AstroPrerenderer {
    return {
      ...prerenderer,
      getStaticPaths: async () => {
        const shared = new Set<InputKey>();
        const all = await this.recorder.storage.run(shared, () => prerenderer.getStaticPaths());
        this.shared = [...shared].sort();
        this.paths = all.map((entry) => trimSlash(entry.pathname));
        const started = performance.now();
        const reusable = await this.reusable(this.paths);
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
        const { result, response, body } = await this.recorder.storage.run(inputs, async () => {
          const result = await prerenderer.render(request, options);
          const response = result instanceof Response ? result : result.response;
          return { result, response, body: new Uint8Array(await response.arrayBuffer()) };
        });
        const isHtml = (response.headers.get('content-type') ?? '').includes('text/html');
        this.rendered.set(trimSlash(decodeURIComponent(new URL(request.url).pathname)), {
          inputs,
          assets: isHtml ? astroAssetsOf(new TextDecoder().decode(body)) : [],
        });
        const copy = new Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
        return result instanceof Response ? copy : { ...result, response: copy };
      },
    };
  }

  /** The pages whose inputs have the values they had when the last good site rendered them. */
  private async reusable(pathnames: string[]): Promise<Set<string>> {
    const previous = this.previous;
    if (!previous || !this.lastGoodSite) return new Set();
    const sharedNow = this.shared.join('\n');
    const sharedBefore = previous.shared.map((index) => previous.inputs[index]!).join('\n');
    if (sharedNow !== sharedBefore) {
      this.reason = 'getStaticPaths đọc những dữ liệu khác lần trước';
      return new Set();
    }
    const values = await this.valuesOf(previous.inputs);
    if (!values) return new Set();
    const sharedDigest = this.sharedDigest(previous.shared.map((index) => values[index]!));
    const reusable = new Set<string>();
    for (const pathname of pathnames) {
      const page = previous.pages[pathname];
      if (!page || !existsSync(path.join(this.lastGoodSite, page.file))) continue;
      const key = this.pageKey(
        sharedDigest,
        page.inputs.map((index) => previous.inputs[index]!),
        page.inputs.map((index) => values[index]!),
      );
      if (key === page.key) {
        reusable.add(pathname);
        this.reused.set(pathname, page);
      }
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

  /** The current values of `keys`; each evaluated once per build. */
  private async valuesOf(keys: readonly InputKey[]): Promise<string[] | undefined> {
    if (!this.recorder.valuesOf) {
      this.reason = 'không đọc được dữ liệu đầu vào';
      return undefined;
    }
    const missing = keys.filter((key) => !this.values.has(key));
    const found = await this.recorder.valuesOf(missing);
    missing.forEach((key, index) => this.values.set(key, found[index]!));
    return keys.map((key) => this.values.get(key)!);
  }

  private sharedDigest(values: readonly string[]): string {
    return digest(`${this.code}\0${this.shared.join('\n')}\0${values.join('\n')}`);
  }

  private pageKey(sharedDigest: string, inputs: readonly InputKey[], values: readonly string[]): string {
    const hash = createHash('sha1').update(sharedDigest);
    for (let index = 0; index < inputs.length; index++) hash.update(`\n${inputs[index]}\0${values[index]}`);
    return hash.digest('base64url');
  }

  /**
   * Once Astro has written the rendered pages into `outDir`: links the reused pages (and the files in
   * /_astro/ they refer to that this build did not make) from the last good site, and writes the record
   * for the next build as pending.
   */
  async finish(outDir: string): Promise<IncrementalReport> {
    let started = performance.now();
    if (this.lastGoodSite && this.reused.size > 0) this.reuseInto(outDir, this.lastGoodSite);
    this.seconds.linking = (performance.now() - started) / 1000;
    started = performance.now();
    const inputIndex = new Map<InputKey, number>();
    const inputs: InputKey[] = [];
    const indexOf = (key: InputKey) => {
      let index = inputIndex.get(key);
      if (index === undefined) {
        index = inputs.push(key) - 1;
        inputIndex.set(key, index);
      }
      return index;
    };
    const shared = this.shared.map(indexOf);
    const renderedInputs = new Map<string, number[]>();
    for (const [pathname, page] of this.rendered) renderedInputs.set(pathname, [...page.inputs].sort().map(indexOf));
    const reusedInputs = new Map<string, number[]>();
    for (const [pathname, page] of this.reused)
      reusedInputs.set(
        pathname,
        page.inputs.map((index) => indexOf(this.previous!.inputs[index]!)),
      );
    const values = (await this.valuesOf(inputs)) ?? inputs.map(() => `unknown ${Math.random()}`);
    const sharedDigest = this.sharedDigest(shared.map((index) => values[index]!));
    const pages: Record<string, PageRecord> = {};
    for (const [pathname, indexes] of renderedInputs) {
      const file = outputFileOf(outDir, pathname);
      if (!file) continue;
      const assets = this.rendered.get(pathname)!.assets;
      pages[pathname] = {
        file,
        inputs: indexes,
        ...(assets.length > 0 ? { assets: [...new Set(assets)] } : {}),
        key: this.pageKey(
          sharedDigest,
          indexes.map((index) => inputs[index]!),
          indexes.map((index) => values[index]!),
        ),
      };
    }
    for (const [pathname, indexes] of reusedInputs)
      pages[pathname] = { ...this.reused.get(pathname)!, inputs: indexes };
    const record: InputsRecord = {
      form: RECORD_FORM,
      site: path.resolve(this.site),
      inode: 0,
      code: this.code,
      inputs,
      shared,
      pages,
    };
    const pending = pendingRecordFile(this.site);
    mkdirSync(path.dirname(pending), { recursive: true });
    writeFileSync(pending, JSON.stringify(record));
    this.seconds.recording = (performance.now() - started) / 1000;
    return {
      rendered: this.rendered.size,
      reused: this.reused.size,
      ...(this.reason && this.reused.size === 0 ? { reason: this.reason } : {}),
    };
  }
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
