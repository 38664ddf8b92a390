/**
 * The content sync's reading worker (started by entry-reader-pool.ts): reads each changed file it is
 * given (entry-reading.ts) and renders a plain-Markdown body with Astro's own Markdown entry type and
 * the site's processor, as Astro's thread would, on the other core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  DONE_SLOT,
  READY_SLOT,
  withoutFrontmatter,
  type PooledReading,
  type ReadingJob,
  type WorkerMessage,
  type WorkerStart,
} from './entry-reader-pool';
import { readCheckedEntry } from './entry-reading';
import { isPlainMarkdown } from './markdown/plain-markdown';
import { plainMarkdownRenderer } from './plain-markdown-renderer';

const start = workerData as WorkerStart;
const render = await plainMarkdownRenderer(start.settings);

async function read(job: ReadingJob): Promise<PooledReading> {
  const reading = readCheckedEntry(job.filePath, job.contents, job.collection);
  if (!job.renderPlain || 'refusal' in reading) return { reading };
  if (!isPlainMarkdown(reading.body)) return { reading, rendered: 'not-plain' };
  const rendered = await render({
    id: '',
    data: reading.data,
    body: reading.body,
    filePath: job.filePath,
    digest: '',
  });
  // Not stored (content-loader.ts), so not sent either.
  return { reading, rendered: withoutFrontmatter(rendered) };
}

const port = parentPort!;
port.on('message', ({ id, job }: { id: number; job: ReadingJob }) => {
  // A file that fails here (an error that is not a refusal) is read again in Astro's thread, where the
  // same error is reported as the sync reports any other.
  void read(job)
    .then(
      (result) => port.postMessage({ id, ...result } satisfies WorkerMessage),
      () => port.postMessage({ id, failed: true } satisfies WorkerMessage),
    )
    .finally(() => Atomics.add(start.progress, DONE_SLOT, 1));
});
Atomics.store(start.progress, READY_SLOT, 1);
port.postMessage({ ready: true } satisfies WorkerMessage);
