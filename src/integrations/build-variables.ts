/**
 * The environment variables through which `npm run build` (scripts/build.ts) tells the integrations
 * that run inside `astro build` how to run. In one module of their own, so that the integrations can
 * name each other's settings without importing each other.
 */

/** The folder the site is put in once built. */
export const SITE_VARIABLE = 'TDKT_SITE';
/** `off` renders every page and records nothing (src/integrations/incremental-pages.ts). */
export const INCREMENTAL_VARIABLE = 'TDKT_INCREMENTAL';
/** How the rendered pages reach the search index (src/integrations/rendered-pages.ts), and the value that asks for them. */
export const SEARCH_PAGES_VARIABLE = 'TDKT_SEARCH_PAGES';
export const SEARCH_PAGES_OVER_IPC = 'ipc';
