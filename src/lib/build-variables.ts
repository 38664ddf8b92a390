/**
 * The environment variables that tell a build how to run without changing what it makes: those
 * `npm run build` (scripts/build.ts) sets for the integrations inside `astro build`, and the content
 * sync's choice of thread. In a module of their own, with nothing to load, so that the integrations
 * can name each other's settings (incremental-pages.ts lists them among the settings that are not the
 * pages') without importing each other's code, and scripts/build.ts does not load the content reader.
 */

/** The folder the site is put in once built. */
export const SITE_VARIABLE = 'TDKT_SITE';
/** `off` renders every page and records nothing (src/integrations/incremental-pages.ts). */
export const INCREMENTAL_VARIABLE = 'TDKT_INCREMENTAL';
/** How the rendered pages reach the search index (src/integrations/rendered-pages.ts), and the value that asks for them. */
export const SEARCH_PAGES_VARIABLE = 'TDKT_SEARCH_PAGES';
export const SEARCH_PAGES_OVER_IPC = 'ipc';
/**
 * Where the content sync reads changed files (src/lib/entry-reader-pool.ts): `off` in Astro's thread
 * only (to measure what the worker gains), `first` every file in the worker, waiting for it to start
 * (the incremental-build test compares the sites both ways make).
 */
export const READING_WORKER_VARIABLE = 'TDKT_READING_WORKER';
