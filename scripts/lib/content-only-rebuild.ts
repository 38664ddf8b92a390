/**
 * A rebuild without `astro build`, when all that changed since the last good build is the text of
 * entries that need nothing compiled. The last `astro build` kept the bundle it rendered pages with
 * (src/integrations/kept-bundle.ts); when the code is the same, the content is synced here by the
 * same loaders (src/lib/collection-loaders.ts) into Astro's own store class, from the store that
 * bundle was made with, and the pages whose inputs changed are rendered with the bundle, written by
 * Astro's own page writer (renderPath) and kept or rendered as the incremental pages decide
 * (src/integrations/incremental-pages.ts). No Astro start, no Vite, no bundling.
 *
 * Anything this path cannot render as `astro build` would returns a reason instead, before the site
 * in staging is used, and npm run build then runs `astro build`: other code or configuration, a
 * changed store, an entry added or deleted, an entry that has or had an MDX component or a photo, a
 * page added or gone, a rendered page that needs an optimized image, any warning of the sync.
 * test/build/incremental.test.ts compares what it makes with a build of every page, byte for byte.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deserialize } from 'node:v8';
import type { AstroPrerenderer } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { readGitDatesAhead } from '../../src/lib/last-updated';
import { handOver } from '../../src/lib/rebuild-handover';
import { codeDigest, filesDigest, IncrementalPages } from '../../src/integrations/incremental-pages';
import {
  keptBundleDir,
  storeSignature,
  STORE_FILE,
  type KeptBundleFacts,
  type KeptInternals,
} from '../../src/integrations/kept-bundle';
import { readPageBody } from '../../src/integrations/page-body';
import { linkTreeInWorker } from '../../src/lib/hard-links';
import { PAGEFIND_BUNDLE_PATH } from '../../src/lib/search/config';
import {
  contentOnlyLine,
  incrementalLine,
  renderTimeLine,
  searchPageOf,
  type ContentOnlyPhase,
} from '../../src/integrations/rendered-pages';
import { buildCacheDir } from '../../src/lib/build-cache';
import { collectionLoaders } from '../../src/lib/collection-loaders';
import { astroMarkdownEntryType, markdownEntryTypeConfig } from '../../src/lib/plain-markdown-renderer';
import type { SitePages } from '../../src/lib/search/prepared-pages';
import { collectionSchemas } from '../../src/schemas/collections';
import type { CollectionName, SchemaContext } from '../../src/schemas/context';
import { writtenBeside } from '../../src/lib/written-beside';

export type ContentOnlyOutcome = { done: true; rendered: number; reused: number } | { done: false; reason: string };

/** A page the search index takes, as rendered. */
export interface SearchPage {
  page: string;
  html: Uint8Array;
}

interface StoredEntry {
  id: string;
  deferredRender?: boolean;
  assetImports?: unknown[];
  imageImports?: unknown[];
}

type ScopedStore = LoaderContext['store'];

/** Astro's mutable data store (astro/dist/content/mutable-data-store.js), as far as it is used here. */
interface MutableDataStore {
  scopedStore(collection: string): ScopedStore;
  metaStore(collection: string): LoaderContext['meta'];
  collections(): Map<string, Map<string, unknown>>;
}

/** The search index's folder in the site ("/pagefind/" → "pagefind"). */
const PAGEFIND_FOLDER = PAGEFIND_BUNDLE_PATH.replaceAll('/', '');

/** Thrown by a page that needs what only astro build does (an optimized image). */
class NeedsAstroBuild extends Error {}

const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
/** A module of Astro that its package does not export, by its file. */
const astroModule = (file: string): Promise<unknown> => import(pathToFileURL(path.join(astroDir, 'dist', file)).href);

/**
 * The loaders' logger. Their messages are kept until the rebuild is done (a rebuild left to astro build
 * prints astro build's own); warnings are printed as Astro prints them; an error (a file Astro could not
 * read or render) leaves the build to astro build, which reports it.
 */
function loaderLogger(messages: string[]): LoaderContext['logger'] {
  const logger = {
    info: (message: string) => messages.push(`[content] ${message}`),
    debug: () => {},
    warn: (message: string) => console.error(`[WARN] [content] ${message}`),
    error: (message: string) => {
      throw new NeedsAstroBuild(message);
    },
    label: 'content',
  };
  return { ...logger, fork: () => logger, forkIntegrationLogger: () => logger } as unknown as LoaderContext['logger'];
}

/**
 * Syncs every collection into `store` as `astro sync` would, with the site's loaders; returns what
 * changed, or why this change needs astro build.
 */
async function syncContent(
  store: MutableDataStore,
  facts: KeptBundleFacts,
  messages: string[],
): Promise<string | undefined> {
  const { getEntryData } = (await astroModule('content/utils.js')) as {
    getEntryData: (entry: unknown, collection: unknown, shouldEmitFile: boolean) => Promise<Record<string, unknown>>;
  };
  const { CONTENT_LAYER_TYPE } = (await astroModule('content/consts.js')) as { CONTENT_LAYER_TYPE: string };
  const { createReference } = (await import('astro/content/runtime')) as unknown as {
    createReference: () => SchemaContext['reference'];
  };
  const { default: xxhash } = await import('xxhash-wasm');
  const { h64ToString } = await xxhash();
  const reference = createReference();
  const markdown = await astroMarkdownEntryType(facts.markdown);
  // The entry types glob() picks by extension. The site's loader reads every file itself
  // (content-loader.ts, readingChangedFilesOnce) and renders .mdx bodies that are plain Markdown with the
  // Markdown type: what glob() looks at of the others is whether they render or compile (contentModuleTypes).
  const unread = () => {
    throw new Error('read by the site loader');
  };
  const entryTypes = new Map<string, unknown>([
    ['.md', markdown],
    ['.mdx', { extensions: ['.mdx'], getEntryInfo: unread, contentModuleTypes: '', handlePropagation: true }],
    ...['.yaml', '.yml', '.json'].map(
      (extension) => [extension, { extensions: [extension], getEntryInfo: unread }] as const,
    ),
  ]);
  const config = {
    ...markdownEntryTypeConfig(facts.markdown),
    root: new URL(facts.config.root),
    srcDir: new URL(facts.config.srcDir),
    prerenderConflictBehavior: facts.config.prerenderConflictBehavior,
  };
  let refusal: string | undefined;
  for (const [name, loader] of Object.entries(collectionLoaders) as [
    CollectionName,
    (typeof collectionLoaders)[CollectionName],
  ][]) {
    const scoped = store.scopedStore(name);
    const needsCompiling = (entry: StoredEntry | undefined) =>
      Boolean(entry?.deferredRender || entry?.assetImports?.length || entry?.imageImports?.length);
    const tracked: ScopedStore = {
      ...scoped,
      set: (entry) => {
        const before = scoped.get(entry.id) as StoredEntry | undefined;
        const changed = scoped.set(entry);
        const after = scoped.get(entry.id) as StoredEntry | undefined;
        if (changed && !before) refusal ??= `mục mới ${name}/${entry.id}`;
        else if (changed && (needsCompiling(before) || needsCompiling(after)))
          refusal ??= `${name}/${entry.id} có thành phần MDX hoặc ảnh`;
        return changed;
      },
      delete: (id) => {
        refusal ??= `mục ${name}/${id} đã bị xóa`;
        scoped.delete(id);
      },
      clear: () => {
        refusal ??= `bộ sưu tập ${name} được làm trống`;
        scoped.clear();
      },
    };
    const schema = ({ image }: { image: SchemaContext['image'] }) => collectionSchemas({ reference, image })[name];
    // What Astro's content layer hands a loader (astro/dist/content/content-layer.js, #getLoaderContext).
    const context = {
      collection: name,
      store: tracked,
      meta: store.metaStore(name),
      logger: loaderLogger(messages),
      config,
      entryTypes,
      generateDigest: (data: Record<string, unknown> | string) =>
        h64ToString(typeof data === 'string' ? data : JSON.stringify(data)),
      parseData: ({ id, data, filePath = '' }: { id: string; data: Record<string, unknown>; filePath?: string }) =>
        getEntryData(
          { id, collection: name, unvalidatedData: data, _internal: { rawData: undefined, filePath } },
          { type: CONTENT_LAYER_TYPE, loader, schema },
          false,
        ),
    } as unknown as LoaderContext;
    await loader.load(context);
    if (refusal) return refusal;
  }
  return undefined;
}

/** Astro's logger as its renderer and page writer use it: warnings and errors printed as Astro prints them. */
function pageLogger() {
  const print = (level: string) => (label: string | null, message: string) => {
    if (level === 'warn' || level === 'error') console.error(`[${label ?? 'build'}] ${message}`);
  };
  return {
    options: {
      level: 'warn',
      destination: {
        write: (event: { level: string; label?: string | null; message: string }) => {
          print(event.level)(event.label ?? null, event.message);
          return true;
        },
      },
    },
    info: print('info'),
    debug: print('debug'),
    warn: print('warn'),
    error: print('error'),
  };
}

/** Renders `paths` four at a time, as astro.config.mjs has Astro do (build.concurrency). */
async function inTurn<T>(items: readonly T[], work: (item: T) => Promise<void>, concurrency = 4): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * Rebuilds `site` into `staging` (which must not exist) without astro build, or says why not. On
 * success the pages to index are handed to `addSearchPage`, the site's pages to `onSitePages`, and
 * the record is pending, as after astro build.
 */
export async function rebuildContentOnly(
  site: string,
  staging: string,
  addSearchPage: (page: SearchPage) => void,
  onSitePages: (pages: SitePages) => Promise<void>,
): Promise<ContentOnlyOutcome> {
  const kept = keptBundleDir(site);
  let facts: KeptBundleFacts;
  try {
    facts = JSON.parse(readFileSync(path.join(kept, 'facts.json'), 'utf8')) as KeptBundleFacts;
  } catch {
    return { done: false, reason: 'không có gói kết xuất của lần dựng trước' };
  }
  if (facts.code !== codeDigest()) return { done: false, reason: 'mã nguồn hoặc cấu hình đã đổi' };
  if (facts.publicFiles !== filesDigest(fileURLToPath(facts.config.publicDir)))
    return { done: false, reason: 'tệp trong public/ đã đổi' };
  const storeFile = path.join(buildCacheDir(), STORE_FILE);
  if (storeSignature(storeFile) !== facts.store)
    return { done: false, reason: 'kho nội dung đã đổi từ lần dựng giữ gói kết xuất' };
  const incremental = new IncrementalPages(site);
  if (incremental.renderAllReason) return { done: false, reason: incremental.renderAllReason };

  // performance.now() counts from the process's start: Node, the build script, the checks above (the record read).
  const seconds: Record<ContentOnlyPhase, number> = {
    startup: performance.now() / 1000,
    reading: 0,
    sync: 0,
    bundle: 0,
    paths: 0,
    rendering: 0,
    waitingForLinks: 0,
  };
  let lap = performance.now();
  const split = (phase: keyof typeof seconds) => {
    const now = performance.now();
    seconds[phase] = (now - lap) / 1000;
    lap = now;
  };
  // The rest of the last good site but its search index (written anew): the kept pages, the files of
  // /_astro/ they show, the sitemap, every file of public/; linked on another thread from now on, while
  // this one syncs, lists and renders. A page rendered here replaces the link to its last version.
  const linking = linkTreeInWorker(site, staging, [PAGEFIND_FOLDER]);
  incremental.filesOfLastSite(linking.files);
  // The files' last commit days, for "Cập nhật lần cuối": git runs meanwhile instead of when the pages list themselves.
  const gitDates = readGitDatesAhead();
  const giveUp = async (reason: string): Promise<ContentOnlyOutcome> => {
    await linking.stop();
    rmSync(staging, { recursive: true, force: true });
    return { done: false, reason };
  };
  let handedOver = false;
  const rebuild = async (): Promise<ContentOnlyOutcome> => {
    const { MutableDataStore } = (await astroModule('content/mutable-data-store.js')) as {
      MutableDataStore: { fromString(text: string): Promise<MutableDataStore> };
    };
    // Not fromFile: a store read from its file writes itself back after every change, and Astro's store
    // stays the one the bundle was made with (the next astro build syncs the same changes again).
    const syncMessages: string[] = [];
    const store = await MutableDataStore.fromString(readFileSync(storeFile, 'utf8'));
    split('reading');
    const refusal = await syncContent(store, facts, syncMessages);
    if (refusal) return giveUp(refusal);
    split('sync');

    handOver({ contentStore: store.collections(), gitDates: await gitDates });
    const needsImages = () => {
      throw new NeedsAstroBuild('một trang cần ảnh được tối ưu');
    };
    (globalThis as { astroAsset?: Record<string, unknown> }).astroAsset = {
      addStaticImage: needsImages,
      recordReferencedImage: needsImages,
    };
    const logger = pageLogger();
    const { app } = (await import(pathToFileURL(path.join(kept, 'bundle', facts.entry)).href)) as {
      app: { setInternals(internals: unknown): void; setOptions(options: unknown): void };
    };
    app.setInternals(deserialize(readFileSync(path.join(kept, 'internals.bin'))) as KeptInternals);
    const outDir = pathToFileURL(staging + path.sep);
    const options = {
      settings: {
        config: {
          ...facts.config,
          outDir,
          publicDir: new URL(facts.config.publicDir),
          build: { ...facts.config.build, client: outDir },
        },
        buildOutput: 'static',
        // No integration of astro.config.mjs injects a script (injectScript): none to add to the pages.
        scripts: [],
      },
      origin: facts.origin,
      routesList: { routes: [] },
      logger,
    };
    app.setOptions(options);
    const { StaticPaths } = (await import('astro/runtime/prerender/static-paths.js')) as unknown as {
      StaticPaths: new (app: unknown) => { getAll(): ReturnType<AstroPrerenderer['getStaticPaths']> };
    };
    const { renderForPrerender } = (await astroModule('core/app/prerender.js')) as {
      renderForPrerender: (app: unknown, request: Request, options: unknown) => ReturnType<AstroPrerenderer['render']>;
    };
    const { renderPath } = (await astroModule('core/build/generate.js')) as {
      renderPath: (props: unknown) => Promise<{ body: string | Uint8Array; outFile: URL } | null>;
    };

    split('bundle');
    let all: Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>> = [];
    const prerenderer = incremental.wrap({
      name: 'tdkt:kept-bundle',
      getStaticPaths: async () => (all = await new StaticPaths(app).getAll()),
      render: (request, { routeData }) => renderForPrerender(app, request, { routeData }),
    });
    const toRender = await prerenderer.getStaticPaths();
    if (!incremental.samePagesAs(all.map((entry) => entry.pathname))) return giveUp('danh sách trang đã đổi');
    // Known before rendering anything: a page that showed a photo will ask for it again (needsImages).
    const withImages = toRender.find(({ pathname }) => incremental.showedImages(pathname));
    if (withImages) return giveUp(`trang ${withImages.pathname} có ảnh được tối ưu`);
    split('paths');

    const searchPages: SearchPage[] = [];
    let renderMs = 0;
    // Pages rendered before a failure are never handed to the index: it is given them only below.
    await inTurn(toRender, async ({ pathname, route }) => {
      const started = performance.now();
      const written = await renderPath({
        prerenderer: {
          ...prerenderer,
          render: async (request: Request, renderOptions: Parameters<AstroPrerenderer['render']>[1]) => {
            const result = await prerenderer.render(request, renderOptions);
            const body = await readPageBody(result instanceof Response ? result : result.response);
            const searchPage = searchPageOf(request.url, body);
            if (searchPage) searchPages.push(searchPage);
            return body.response;
          },
        },
        pathname,
        route,
        options,
        logger,
      });
      renderMs += performance.now() - started;
      if (!written) throw new NeedsAstroBuild(`${pathname} không cho trang để ghi`);
      const file = fileURLToPath(written.outFile);
      mkdirSync(path.dirname(file), { recursive: true });
      // Written beside and renamed over the link the other thread may have made: writing into that
      // link would change the live site's file, which is the same file.
      const fresh = writtenBeside(file);
      writeFileSync(fresh, written.body);
      renameSync(fresh, file);
    });
    split('rendering');
    // Usually done by now; what is left is waited for here, so that a failed link still gives way.
    incremental.seconds.linking = await linking.done;
    split('waitingForLinks');
    for (const page of searchPages) addSearchPage(page);
    // From here on the index writes into staging: a failure is the build's, not a reason to give way.
    handedOver = true;
    // The record is written once Pagefind is busy writing the edited year's shard: before, each of its
    // steps would wait for this thread.
    await onSitePages(incremental.sitePages(staging));
    const report = await incremental.writeRecord(staging);
    for (const message of syncMessages) console.log(message);
    console.log(`[tdkt:content-only] ${contentOnlyLine(seconds)}`);
    console.log(`[tdkt:rendered-pages] ${renderTimeLine(renderMs, toRender.length)}`);
    console.log(`[tdkt:rendered-pages] ${incrementalLine(report, incremental.seconds)}`);
    return { done: true, rendered: report.rendered, reused: report.reused };
  };
  try {
    return await rebuild();
  } catch (error) {
    if (handedOver) throw error;
    // A mistake in the content (astro build reports it as it always does), a page that needs an
    // optimized image, or anything else this path did not foresee: astro build makes the site.
    return giveUp(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  }
}
