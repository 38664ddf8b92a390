/**
 * Where the content sync reads its changed files: in Astro's own thread, or in a reading worker on
 * the other core (entry-reading-worker.ts). Astro's glob() loader handles ten files at a time, and
 * for each one reads and checks the file, validates its data against the schema, renders its Markdown
 * and stores it, all in one thread; at 10,000 profiles the reading, the checks and the rendering are
 * about half of that work. A sync that reads more than a few dozen files starts the worker, which
 * then reads and renders while Astro's thread validates and stores the files read before; while the
 * worker has a few files in hand, the next ones are read here, so that both threads stay busy. Until
 * the worker is ready, and for a sync of a few files (a rebuild), files are read here: the same
 * function, so the same result.
 */
import type { Worker } from 'node:worker_threads';
import type { LoaderContext } from 'astro/loaders';
import { READING_WORKER_VARIABLE } from './build-variables';
import type { FolderCollection } from './content-sources';
import { readCheckedEntry, type EntryReading } from './entry-reading';
import type { WorkerSettings } from './markdown-settings';
import { startTypeScriptWorker } from './typescript-worker';

export type RenderedContent = NonNullable<Parameters<LoaderContext['store']['set']>[0]['rendered']>;

/**
 * Rendered Markdown without the copy of the frontmatter Astro keeps with its HTML (for
 * `remarkPluginFrontmatter`, which no page here reads): a second copy of every entry's data, 14 % of
 * the store at 10,000 profiles, which every build reads, writes and hands to the pages.
 */
export function withoutFrontmatter(rendered: RenderedContent): RenderedContent {
  if (!rendered.metadata?.frontmatter) return rendered;
  const { frontmatter: _, ...metadata } = rendered.metadata;
  return { ...rendered, metadata };
}

export interface ReadingJob {
  filePath: string;
  contents: string;
  collection: FolderCollection;
  /** Render the body with the Markdown pipeline when it is plain Markdown (markdownWhenPlain). */
  renderPlain: boolean;
}

export interface PooledReading {
  reading: EntryReading;
  /** Set when the worker rendered the body: its HTML, or 'not-plain' when the body needs MDX. */
  rendered?: RenderedContent | 'not-plain';
}

export type WorkerMessage = { ready: true } | { id: number; failed: true } | ({ id: number } & PooledReading);

/** What the worker is started with: the Markdown settings, and where it tells its progress. */
export interface WorkerStart {
  settings: WorkerSettings;
  /**
   * Shared memory, read by Astro's thread without waiting for a message (which it only receives when
   * it turns its event loop): [READY_SLOT] is 1 once the worker listens for files, [DONE_SLOT] counts
   * the files it has answered.
   */
  progress: Int32Array;
}
export const READY_SLOT = 0;
export const DONE_SLOT = 1;

/**
 * A file is read in Astro's thread instead when the worker has this many still to answer. The worker's
 * share of a file (YAML, checks, Markdown) costs more than Astro's (schema, store), so with every file
 * sent to it Astro's thread waited for it about a third of the sync; sharing keeps both cores busy.
 */
const WORKER_QUEUE = 4;

/**
 * Files read in Astro's thread before the worker is started. The worker costs about half a second of
 * the other core to start (TypeScript, the Markdown pipeline); a rebuild of a few changed files never
 * pays it, and a sync of thousands does not wait for it.
 */
const START_AFTER = 32;

/** The sync's log line of how many files of a collection the worker read; tests read it back (READ_IN_WORKER_PATTERN). */
export function readInWorkerLine(collection: string, files: number): string {
  return `${collection}: ${files} tệp được đọc và kiểm tra ở luồng thứ hai`;
}
export const READ_IN_WORKER_PATTERN = /(\d+) tệp được đọc và kiểm tra ở luồng thứ hai/g;

type Mode = 'off' | 'first' | 'when-many';

function modeOf(env: NodeJS.ProcessEnv): Mode {
  const value = env[READING_WORKER_VARIABLE];
  return value === 'off' || value === 'first' ? value : 'when-many';
}

export class EntryReaderPool {
  readonly #settings: WorkerSettings | undefined;
  readonly #mode: Mode;
  #worker: Worker | undefined;
  /** The current worker's shared progress (WorkerStart); undefined with no worker. */
  #progress: Int32Array | undefined;
  /** Files sent to the worker. */
  #sent = 0;
  #started: Promise<void> | undefined;
  #seen = 0;
  #nextId = 0;
  readonly #pending = new Map<number, { job: ReadingJob; resolve: (reading: PooledReading) => void }>();
  /** How many files the worker has read. */
  readInWorker = 0;

  /** Without settings, every file is read in this thread. */
  constructor(settings: WorkerSettings | undefined, env: NodeJS.ProcessEnv = process.env) {
    this.#settings = settings;
    this.#mode = modeOf(env);
  }

  async read(job: ReadingJob): Promise<PooledReading> {
    this.#seen++;
    if (!this.#started && this.#settings && this.#wantsWorker()) this.#started = this.#start(this.#settings);
    if (this.#mode === 'first') await this.#started;
    const worker = this.#worker;
    // The worker's "ready" message is only received when this thread turns its event loop, which a
    // sync of files read synchronously (synchronous-content-reads.ts) does not do while it has files to
    // read here: waiting for that message, every file of 10,000 profiles was read here.
    const progress = this.#progress;
    if (!worker || !progress || Atomics.load(progress, READY_SLOT) !== 1 || this.#queueIsFull(progress))
      return readHere(job);
    this.#sent++;
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, { job, resolve });
      worker.postMessage({ id, job });
    });
  }

  /** Stops the worker; every file it was given has been answered by then (the sync awaited them). */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#progress = undefined;
    this.#readPendingHere();
    await worker?.terminate();
  }

  /** Files sent to the worker so far. */
  get sentToWorker(): number {
    return this.#sent;
  }

  /** Whether the worker has WORKER_QUEUE files still to answer; with 'first', it is given every file. */
  #queueIsFull(progress: Int32Array): boolean {
    return this.#mode !== 'first' && this.#sent - Atomics.load(progress, DONE_SLOT) >= WORKER_QUEUE;
  }

  #wantsWorker(): boolean {
    if (this.#mode === 'off') return false;
    return this.#mode === 'first' || this.#seen >= START_AFTER;
  }

  /** Starts the worker; resolves once it is ready, or has failed (its files are then read here). */
  #start(settings: WorkerSettings): Promise<void> {
    const progress = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const worker = startTypeScriptWorker(new URL('./entry-reading-worker.ts', import.meta.url), {
      settings,
      progress,
    } satisfies WorkerStart);
    worker.unref();
    this.#worker = worker;
    this.#progress = progress;
    this.#sent = 0;
    return new Promise((settled) => {
      worker.on('message', (message: WorkerMessage) => {
        // Readiness itself is read from the shared flag; the message settles the start.
        if ('ready' in message) {
          settled();
          return;
        }
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (!pending) return;
        if ('failed' in message) {
          pending.resolve(readHere(pending.job));
          return;
        }
        this.readInWorker++;
        pending.resolve({ reading: message.reading, ...(message.rendered ? { rendered: message.rendered } : {}) });
      });
      // A worker that fails (it could not start, or crashed) leaves its files to this thread.
      const fail = () => {
        settled();
        if (worker !== this.#worker) return;
        this.#worker = undefined;
        this.#progress = undefined;
        this.#readPendingHere();
        void worker.terminate();
      };
      worker.on('error', fail);
      worker.on('exit', fail);
    });
  }

  #readPendingHere(): void {
    for (const [id, { job, resolve }] of this.#pending) {
      this.#pending.delete(id);
      resolve(readHere(job));
    }
  }
}

/** Read in this thread: the body is rendered later, by Astro's own render function. */
function readHere(job: ReadingJob): PooledReading {
  return { reading: readCheckedEntry(job.filePath, job.contents, job.collection) };
}
