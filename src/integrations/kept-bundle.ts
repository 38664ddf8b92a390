/**
 * Keeps the bundle `astro build` renders pages with. Astro writes it to a `.prerender/` folder, renders
 * every page with it, then deletes it; this integration links its files into the build cache first,
 * with what Astro's renderer needs beside it (the styles of each page, the name of its entry module)
 * and the facts a later build checks before using it: the digest of the code it was made from and the
 * signature of the content store it was made with. A rebuild whose only change is the text of a few
 * plain entries then renders their pages with it instead of running `astro build` again
 * (scripts/lib/content-only-rebuild.ts).
 *
 * Kept as pending, like the record of incremental-pages.ts, and made current only once the site built
 * with it is in place (commitKeptBundle), so that a kept bundle always belongs to a published site.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import type { AstroIntegration } from 'astro';
import { INCREMENTAL_VARIABLE, SITE_VARIABLE } from '../lib/build-variables';
import { buildCacheDir } from '../lib/build-cache';
import { linkTree } from '../lib/hard-links';
import { projectRoot } from '../lib/content-sources';
import { workerSettingsOf, type WorkerSettings } from '../lib/markdown-settings';
import { codeDigest, filesDigest, siteKey } from './incremental-pages';

/** Astro names the prerender bundle's entry module so (astro/dist/core/build/static-build.js, PRERENDER_ENTRY_FILENAME_PREFIX). */
const ENTRY_PREFIX = 'prerender-entry';
/** Where Astro keeps its content store between builds (astro/dist/content/paths.js, single-file storage). */
export const STORE_FILE = 'data-store.json';

export interface KeptBundleFacts {
  /** codeDigest() of the build that made the bundle. */
  code: string;
  /** filesDigest() of public/, whose files the site has as they are (a rebuild without astro build links them from the last site). */
  publicFiles: string;
  /** The content store the bundle was made with (storeSignature). */
  store: string;
  /** The bundle's entry module, relative to its folder. */
  entry: string;
  /** Astro's config values the content sync renders Markdown with (as the reading worker has them). */
  markdown: WorkerSettings;
  /** The config values the content sync (glob()) and Astro's page writer (renderPath) read, URLs as text. */
  config: {
    root: string;
    srcDir: string;
    publicDir: string;
    prerenderConflictBehavior: string;
    base: string;
    site: string | undefined;
    trailingSlash: string;
    compressHTML: boolean;
    build: { format: string };
  };
  /** The origin of the addresses pages are rendered at (astro/dist/core/build/index.js, AstroBuilder's origin). */
  origin: string;
}

/** What Astro's renderer reads of a build's internals (astro/dist/core/build/environment.js): each page's data (styles). */
export interface KeptInternals {
  pagesByKeys: Map<string, unknown>;
}

/** The folder of the bundle kept for `site`; `.next` while its build is not yet in place. */
export function keptBundleDir(site: string, pending = false): string {
  return path.join(buildCacheDir(), 'kept-bundle', `${siteKey(site)}${pending ? '.next' : ''}`);
}

/** Changes whenever Astro writes its store again (a content sync that changed anything). */
export function storeSignature(storeFile: string): string {
  try {
    const stat = statSync(storeFile);
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** Makes the pending bundle of `site` current once its site is in place; drops it after a failed build. */
export function commitKeptBundle(site: string, succeeded: boolean): void {
  const pending = keptBundleDir(site, true);
  if (!existsSync(pending)) return;
  const current = keptBundleDir(site);
  if (succeeded) {
    rmSync(current, { recursive: true, force: true });
    renameSync(pending, current);
  } else rmSync(pending, { recursive: true, force: true });
}

/** Astro's prerender folder: `.prerender/` in its server output folder, which for a static site is outDir when that is under the working folder, `.astro/` there otherwise (astro/dist/prerender/utils.js, core/build/common.js). */
function prerenderFolder(outDir: string): string | undefined {
  const candidates = [path.join(outDir, '.prerender'), path.join(process.cwd(), '.astro', '.prerender')];
  return candidates.find((candidate) => existsSync(candidate));
}

export function keptBundle(): AstroIntegration {
  let facts: Omit<KeptBundleFacts, 'entry' | 'store'> | undefined;
  let storeFile = '';
  let pages: Map<string, unknown> | undefined;
  return {
    name: 'tdkt:kept-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        const site = process.env[SITE_VARIABLE];
        const markdown = workerSettingsOf(config);
        // Only builds of npm run build that keep pages (the ones a content-only rebuild can follow).
        if (!site || process.env[INCREMENTAL_VARIABLE] === 'off' || !markdown) return;
        storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        facts = {
          code: codeDigest(),
          publicFiles: filesDigest(fileURLToPath(config.publicDir)),
          markdown,
          config: {
            root: config.root.href,
            srcDir: config.srcDir.href,
            publicDir: config.publicDir.href,
            prerenderConflictBehavior: config.prerenderConflictBehavior,
            base: config.base,
            site: config.site,
            trailingSlash: config.trailingSlash,
            compressHTML: Boolean(config.compressHTML),
            build: { format: config.build.format },
          },
          origin: config.site ? new URL(config.site).origin : `http://localhost:${config.server.port}`,
        };
        rmSync(keptBundleDir(site, true), { recursive: true, force: true });
      },
      'astro:build:setup': ({ pages: buildPages, target }) => {
        if (target === 'server') pages = buildPages;
      },
      // After the last page, before Astro deletes the bundle.
      'astro:build:generated': ({ dir, logger }) => {
        const site = process.env[SITE_VARIABLE];
        if (!facts || !site || !pages) return;
        const bundle = prerenderFolder(fileURLToPath(dir));
        const entry = bundle && readdirSync(bundle).find((name) => name.startsWith(ENTRY_PREFIX));
        if (!bundle || !entry) {
          logger.warn('không tìm thấy gói kết xuất của Astro: lần dựng sau sẽ chạy astro build đầy đủ');
          return;
        }
        const kept = keptBundleDir(site, true);
        mkdirSync(kept, { recursive: true });
        linkTree(bundle, path.join(kept, 'bundle'));
        // The bundle imports packages by name: from the cache folder (which may be anywhere, TDKT_CACHE_DIR)
        // they are found through this link to the project's.
        symlinkSync(path.join(projectRoot(), 'node_modules'), path.join(kept, 'bundle', 'node_modules'), 'dir');
        // Where each page was written is not needed to render it again (and URLs do not serialize).
        const pagesByKeys = new Map(
          [...pages].map(([key, page]) => {
            const data = page as { route: Record<string, unknown> };
            return [key, { ...data, route: { ...data.route, distURL: [] } }];
          }),
        );
        writeFileSync(path.join(kept, 'internals.bin'), serialize({ pagesByKeys } satisfies KeptInternals));
        const all: KeptBundleFacts = { ...facts, entry, store: storeSignature(storeFile) };
        writeFileSync(path.join(kept, 'facts.json'), JSON.stringify(all));
      },
    },
  };
}
