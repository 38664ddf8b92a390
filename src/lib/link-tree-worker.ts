/** linkTree (hard-links.ts) on a worker thread: see linkTreeInWorker. */
import { parentPort, workerData } from 'node:worker_threads';
import { linkTree } from './hard-links';

const { from, to, skip } = workerData as { from: string; to: string; skip: string[] };
const skipped = new Set(skip);
const started = performance.now();
const files: string[] = [];
linkTree(
  from,
  to,
  (name) => skipped.has(name),
  (source) => files.push(source),
);
// The seconds the links took, for the build's log, and the files linked.
parentPort!.postMessage({ seconds: (performance.now() - started) / 1000, files });
