/**
 * Where builds keep what they can reuse: Astro's own cache (content-layer data store, optimized
 * images) and the site's (share images). `TDKT_CACHE_DIR` gives each test or benchmark build its own.
 */
import path from 'node:path';
import { projectRoot } from './content-sources';

export const CACHE_DIR_VARIABLE = 'TDKT_CACHE_DIR';

/** The cache folder, absolute: Astro's default (node_modules/.astro) unless TDKT_CACHE_DIR is set. */
export function buildCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot(), env[CACHE_DIR_VARIABLE] || 'node_modules/.astro');
}
