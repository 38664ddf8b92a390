/**
 * Indexes one shard's prepared pages into one Pagefind bundle, through Pagefind's Node API, here or on
 * a worker thread.
 *
 * Why a worker: Pagefind's Node API talks to one backend process per module instance, and that backend
 * answers one request at a time, so shards asked for together are still indexed one after the other
 * (six shards of 10,000 profiles: 22.0 s one at a time, 22.3 s all asked at once). A worker thread
 * loads the module anew and so has a backend of its own: with the shards shared between this thread
 * and one worker, the six took 17.4 s (3 December, one run each; both backends write, and each slows
 * the other, the machine's two cores not giving twice the work of one).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import { linkTree } from '../hard-links';
import { startTypeScriptWorker } from '../typescript-worker';
import { REUSED_FOLDERS, removeUnusedFiles } from './bundle-files';

/** Files of Pagefind's own user interfaces; the site has its own search page, so they are not published. */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

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

/** One shard to index: everything but the callback crosses to a worker as it is. */
export interface ShardJob {
  /** The folders of prepared pages (one per year) the shard holds. */
  pagesDirs: string[];
  outputPath: string;
  /** How long one Pagefind call may take before the build fails, in milliseconds. */
  limit: number;
  /** The shard's bundle of the last build, when there is one. */
  lastBundle?: string;
}

/**
 * Indexes the pages prepared in `job.pagesDirs` into one Pagefind bundle at `job.outputPath`;
 * `whileWriting` runs once Pagefind is writing it, its longest step. With `lastBundle`, Pagefind writes
 * beside links to its pages' fragments and writes only those it does not find (bundle-files.ts); those
 * the new bundle does not use are deleted after. Should the new metadata not be read, the bundle is
 * written again into an empty folder.
 */
export async function indexShard(
  { pagesDirs, outputPath, limit, lastBundle }: ShardJob,
  whileWriting: () => void = () => {},
): Promise<void> {
  const created = await withinTimeLimit('createIndex', createIndex({}), limit);
  if (!created.index || created.errors.length > 0) fail('createIndex', created.errors);
  const { index } = created;
  for (const pagesDir of pagesDirs) {
    // Pagefind reads the prepared copies itself, several at a time; their paths give the pages' addresses.
    const added = await withinTimeLimit('addDirectory', index.addDirectory({ path: pagesDir }), limit);
    if (added.errors.length > 0) fail('addDirectory', added.errors);
  }
  // Only hashed files, which Pagefind never opens once they exist: it opens its other files for writing,
  // which would change the last bundle (and the live site) through a link.
  const reused = lastBundle !== undefined && existsSync(lastBundle) ? lastBundle : undefined;
  for (const folder of reused ? REUSED_FOLDERS : []) {
    const from = path.join(reused!, folder);
    if (existsSync(from)) linkTree(from, path.join(outputPath, folder));
  }
  const writing = withinTimeLimit('writeFiles', index.writeFiles({ outputPath }), limit);
  try {
    whileWriting();
  } catch (error) {
    await writing.catch(() => undefined);
    throw error;
  }
  const written = await writing;
  if (written.errors.length > 0) fail('writeFiles', written.errors);
  if (reused) {
    try {
      removeUnusedFiles(outputPath);
    } catch {
      rmSync(outputPath, { recursive: true, force: true });
      const again = await withinTimeLimit('writeFiles', index.writeFiles({ outputPath }), limit);
      if (again.errors.length > 0) fail('writeFiles', again.errors);
    }
  }
  await withinTimeLimit('deleteIndex', index.deleteIndex(), limit);
  for (const name of readdirSync(outputPath)) {
    if (UNUSED_BUNDLE_FILES.test(name)) rmSync(path.join(outputPath, name));
  }
}

/** Stops this thread's Pagefind backend (started by the first createIndex). */
export async function closeIndexing(limit: number): Promise<void> {
  await withinTimeLimit('close', close(), limit).catch(() => undefined);
}

/** A message to the worker (shard-index-worker.ts): a shard to index, or `null` to stop. */
export type ShardWorkerRequest = (ShardJob & { id: number }) | null;
/** The worker's answer for one shard: its error's message, if it failed. */
export interface ShardWorkerAnswer {
  id: number;
  error?: string;
}

/** Shards indexed one after the other on a worker thread, with that thread's own Pagefind backend. */
export class ShardIndexWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private stopped?: Error;

  constructor() {
    this.worker = startTypeScriptWorker(new URL('./shard-index-worker.ts', import.meta.url), undefined);
    this.worker.on('message', ({ id, error }: ShardWorkerAnswer) => {
      const call = this.waiting.get(id);
      this.waiting.delete(id);
      if (error === undefined) call?.resolve();
      else call?.reject(new Error(error));
    });
    const end = (error: Error) => {
      this.stopped ??= error;
      for (const call of this.waiting.values()) call.reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', end);
    this.worker.on('exit', (code) =>
      end(new Error(`Luồng lập chỉ mục tìm kiếm dừng (mã ${code}) trước khi lập xong chỉ mục.`)),
    );
  }

  index(job: ShardJob): Promise<void> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...job, id } satisfies ShardWorkerRequest);
    });
  }

  /** Stops the worker once its backend is closed; at most `limit` milliseconds. */
  async close(limit: number): Promise<void> {
    if (this.stopped) return;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage(null satisfies ShardWorkerRequest);
    await withinTimeLimit('close', exited, limit).catch(() => this.worker.terminate());
  }
}
