/**
 * A worker thread running one of this folder's TypeScript modules, as the thread that starts it runs
 * them (Astro's through Vite, npm run build's through tsx): the worker loads tsx itself.
 */
import { Worker } from 'node:worker_threads';

export function startTypeScriptWorker(module: URL, workerData: unknown): Worker {
  return new Worker(module, { execArgv: ['--import', 'tsx'], workerData });
}
