/** indexShard (shard-indexing.ts) on a worker thread, with the thread's own Pagefind backend: see ShardIndexWorker. */
import { parentPort } from 'node:worker_threads';
import { closeIndexing, indexShard, type ShardWorkerAnswer, type ShardWorkerRequest } from './shard-indexing';

let limit = 600_000;
// One shard at a time, in the order asked: the backend answers one request at a time anyway.
let queue = Promise.resolve();
parentPort!.on('message', (request: ShardWorkerRequest) => {
  queue = queue.then(async () => {
    if (request === null) {
      await closeIndexing(limit);
      // Ends this thread only; the parent sees its exit.
      process.exit(0);
    }
    const { id, ...job } = request;
    limit = job.limit;
    let answer: ShardWorkerAnswer;
    try {
      await indexShard(job);
      answer = { id };
    } catch (error) {
      answer = { id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(answer);
  });
});
