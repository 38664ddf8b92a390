/**
 * A worker thread running one of this folder's TypeScript modules, as `npm run build` runs its own:
 * with Node's type stripping and the project's hook (run-typescript.mjs). Astro's thread
 * runs them through Vite, a tsx command's through tsx; the worker needs neither.
 */
import { Worker } from 'node:worker_threads';

const RUN_TYPESCRIPT = new URL('./run-typescript.mjs', import.meta.url).href;

export function startTypeScriptWorker(module: URL, workerData: unknown): Worker {
  return new Worker(module, { execArgv: ['--import', RUN_TYPESCRIPT], workerData });
}
