/**
 * `npm run build`: builds the whole site into a staging folder beside `dist/` and puts it in place
 * of `dist/` only when everything succeeded: the content checks, every page, the images, every
 * integration that runs inside `astro build`, then the search index (written once Astro has exited,
 * see src/integrations/pagefind.ts). A failed build leaves the last good site untouched, so a
 * mistake in one file never takes the live site down.
 *
 *   npm run build [-- --outDir dist] [other astro build options]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { searchIndexLine, writeSearchIndex } from '../src/integrations/pagefind';
import {
  INCREMENTAL_VARIABLE,
  SEARCH_PAGES_OVER_IPC,
  SEARCH_PAGES_VARIABLE,
  SITE_VARIABLE,
} from '../src/lib/build-variables';
import { isRenderedPageMessage, isSitePagesMessage } from '../src/integrations/rendered-pages';
import { commitRecord } from '../src/integrations/incremental-pages';
import { commitKeptBundle } from '../src/integrations/kept-bundle';
import { buildCacheDir } from '../src/lib/build-cache';
import { PreparedPages, type SitePages } from '../src/lib/search/prepared-pages';
import { formatProblems } from '../src/lib/validation-report';

/** Files every good build has; a build without them is not put in place. */
const REQUIRED_FILES = ['index.html', '404.html'];

function parseArguments(args: string[]): { outDir: string; astroArgs: string[] } {
  const astroArgs: string[] = [];
  let outDir = 'dist';
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--outDir') outDir = args[++index] ?? outDir;
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else astroArgs.push(arg);
  }
  return { outDir: path.resolve(outDir), astroArgs };
}

/** Writes a page Astro handed over instead of writing it (src/integrations/rendered-pages.ts). */
function writePage(site: string, page: string, html: Uint8Array): void {
  const file = path.join(site, page);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
}

/**
 * Runs `astro build`; the pages it renders arrive over IPC (src/integrations/rendered-pages.ts) and are
 * written, and prepared for the search index, meanwhile, on this process's own core. `onSitePages` is called once
 * every page is rendered, while Astro still links the pages it kept, writes its record and the sitemap.
 */
function runAstroBuild(
  outDir: string,
  site: string,
  args: string[],
  prepared: PreparedPages,
  onSitePages: (pages: SitePages) => void,
): Promise<number> {
  const astro = path.resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
  return new Promise((resolve, reject) => {
    // A build for publishing is a production build, whatever NODE_ENV the shell (or a test runner) has:
    // Vite derives import.meta.env.DEV from it, and drafts are shown only in development.
    // TDKT_SEARCH_PAGES=off keeps the pages in Astro's process (every page is then read once Astro is
    // done), to measure what handing them over gains.
    const handOver = process.env[SEARCH_PAGES_VARIABLE] !== 'off';
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      [SEARCH_PAGES_VARIABLE]: handOver ? SEARCH_PAGES_OVER_IPC : 'off',
      // Pages whose inputs did not change are taken from the site in place (src/integrations/incremental-pages.ts).
      [SITE_VARIABLE]: site,
    };
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir, ...args], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      // V8's serializer instead of JSON: a page's bytes cross as they are, without JSON escaping every quote
      // and line break of 12,000 pages in Astro's thread (2.1 s of its page generation, profiled; sending
      // 12,000 copies of a 10.9 KB profile page: 2.0–2.4 s of CPU in JSON, 0.8–0.9 s as bytes).
      serialization: 'advanced',
      env,
    });
    let failure: unknown;
    const utf8 = new TextDecoder();
    child.on('message', (message) => {
      if (failure) return;
      // Messages arrive in order: every rendered page has been added before the site's pages are told.
      if (isSitePagesMessage(message)) {
        const { type: _, ...pages } = message;
        onSitePages(pages);
      }
      if (!isRenderedPageMessage(message)) return;
      try {
        if (message.write) writePage(outDir, message.page, message.html);
        if (message.indexed) prepared.add(message.page, utf8.decode(message.html));
      } catch (error) {
        failure = error;
      }
    });
    // Both the exit and the end of the IPC channel, so that no page is still on its way.
    let exitCode: number | undefined;
    let disconnected = false;
    const settle = () => {
      if (exitCode === undefined || !disconnected) return;
      if (failure) reject(failure);
      else resolve(exitCode);
    };
    child.on('error', reject);
    child.on('disconnect', () => {
      disconnected = true;
      settle();
    });
    child.on('close', (code, signal) => {
      exitCode = code ?? (signal ? 1 : 0);
      disconnected ||= !child.connected;
      settle();
    });
  });
}

const { outDir, astroArgs } = parseArguments(process.argv.slice(2));
const relative = path.relative(process.cwd(), outDir);
const shown = relative && !relative.startsWith('..') ? relative : outDir;
// Beside the output, so that putting it in place is a rename on the same disk.
const staging = `${outDir}-staging`;
const previous = `${outDir}-previous`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(path.dirname(outDir), { recursive: true });
// Old sites whose deletion an earlier build left unfinished (see the end of this script).
for (const name of readdirSync(path.dirname(outDir))) {
  if (name.startsWith(`${path.basename(previous)}`))
    rmSync(path.join(path.dirname(outDir), name), { recursive: true, force: true });
}

/** Indexes the staged site; prints what it did, or the error. */
async function indexSite(
  siteDir: string,
  prepared: PreparedPages,
  sitePages?: SitePages,
  onWriting?: () => void,
): Promise<boolean> {
  const started = performance.now();
  try {
    const report = await writeSearchIndex(siteDir, {
      prepared,
      ...(sitePages ? { sitePages } : {}),
      ...(onWriting ? { onWriting } : {}),
      shardCache: path.join(buildCacheDir(), 'search-shards'),
    });
    console.log(searchIndexLine(report, (performance.now() - started) / 1000));
    return true;
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

// The copies of the pages that Pagefind indexes, kept with the build cache for the next build.
const prepared = new PreparedPages(path.join(buildCacheDir(), 'search-pages'));
// The index is started as soon as Astro has rendered every page and told the site's pages, while it
// finishes (links, record, sitemap, its exit): in two alternating pairs of cold builds at 10,000
// profiles, the build ended 2.6–3.8 s sooner after Astro's last line.
// Astro then holds the most memory it will (about 1.4 GB), and Pagefind starts with the newest year's
// shard, the smallest at that size: the build's peak was 1.70 GB, against the 2.2 GB Pagefind needed for
// one index of every page, which is why the index once waited for Astro to exit. A build that fails
// after the index was started still fails.
let sitePages: SitePages | undefined;
let indexing: Promise<boolean> | undefined;
/**
 * Starts the index; resolves once Pagefind is writing (or the index is done), when what the caller
 * does next in this process no longer holds Pagefind up (a rebuild without astro build then writes
 * its record).
 */
const onSitePages = (pages: SitePages): Promise<void> => {
  sitePages = pages;
  return new Promise((writing) => {
    indexing ??= indexSite(staging, prepared, pages, writing);
    void indexing.finally(writing);
  });
};
// When only the text of plain entries changed, their pages are rendered with the bundle the last
// astro build kept (scripts/lib/content-only-rebuild.ts); otherwise, or in doubt, astro build runs.
let code: number | undefined;
if (process.env[INCREMENTAL_VARIABLE] !== 'off' && existsSync(outDir) && astroArgs.length === 0) {
  const { rebuildContentOnly } = await import('./lib/content-only-rebuild');
  const utf8 = new TextDecoder();
  const outcome = await rebuildContentOnly(
    outDir,
    staging,
    ({ page, html }) => prepared.add(page, utf8.decode(html)),
    onSitePages,
  );
  if (outcome.done) code = 0;
  else {
    rmSync(staging, { recursive: true, force: true });
    console.log(`[tdkt:content-only] chạy astro build: ${outcome.reason}`);
  }
}
// Astro's process finishes on its own meanwhile: nothing here waits for Pagefind to be writing.
code ??= await runAstroBuild(staging, outDir, astroArgs, prepared, (pages) => void onSitePages(pages));
const missing = code === 0 ? REQUIRED_FILES.filter((file) => !existsSync(path.join(staging, file))) : [];
const indexedMeanwhile = await indexing;
const indexed =
  code === 0 && missing.length === 0 && (indexedMeanwhile ?? (await indexSite(staging, prepared, sitePages)));
if (!indexed) {
  if (missing.length > 0) console.error(`\nBản dựng thiếu ${missing.join(', ')}.`);
  // Astro's own report above is for developers (English, stack traces, often no line). When the cause
  // is in the content, the editors get the lines of npm run check:content, which the guide explains.
  if (code !== 0) {
    // Loaded only now: the checks import every schema, which would delay the start of every build.
    const { checkContent } = await import('./lib/content-check');
    const { problems } = checkContent();
    if (problems.length > 0) {
      console.error(
        `\nLỗi trong nội dung (${problems.length}), dạng tệp:dòng — trường — lỗi — cách sửa:\n${formatProblems(problems)}`,
      );
    }
  }
  rmSync(staging, { recursive: true, force: true });
  commitRecord(outDir, false);
  commitKeptBundle(outDir, false);
  const kept = existsSync(outDir)
    ? `${shown}/ vẫn giữ nguyên bản dựng tốt gần nhất`
    : `chưa có bản dựng nào trong ${shown}/`;
  console.error(`\nBản dựng thất bại: ${kept}. Sửa lỗi ở trên rồi chạy lại npm run build.`);
  process.exit(code || 1);
}

// Two renames: the old site is replaced in one step, never emptied and refilled file by file. Its
// files (tens of thousands on a large site: seconds to delete) are then deleted by a detached process
// that the build does not wait for; what an interrupted deletion leaves, the next build deletes.
const retired = `${previous}-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
// What each page read, for the next build: true of the site now in place, and only of it.
commitRecord(outDir, true);
commitKeptBundle(outDir, true);
if (existsSync(retired)) {
  spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', retired],
    { detached: true, stdio: 'ignore' },
  ).unref();
}
console.log(`\nĐã thay ${shown}/ bằng bản dựng mới.`);
// Everything is written. Left to end by itself, Node first frees every object of the build (0.15–0.2 s
// after a rebuild at 10,000 profiles); the detached deletion above goes on.
process.exit(0);
