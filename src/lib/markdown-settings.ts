/**
 * What Astro's Markdown entry type renders with, as values that can be sent to a worker or kept in a
 * file: taken from Astro's resolved config (workerSettingsOf), used by the content sync's reading worker
 * (entry-reading-worker.ts) and by a content-only rebuild (src/integrations/kept-bundle.ts). A module
 * with nothing to load, as the build's own process and the configuration import it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';

/** What the worker needs to build the Markdown renderer Astro builds (values of the resolved config). */
export interface WorkerSettings {
  /** Astro's Markdown entry type (astro/dist/vite-plugin-markdown/content-entry-type.js), as a file. */
  markdownEntryType: string;
  markdown: Pick<LoaderContext['config']['markdown'], 'syntaxHighlight' | 'shikiConfig' | 'gfm' | 'smartypants'>;
  image: LoaderContext['config']['image'];
}

/** The module of Astro's Markdown entry type (not among the package's exports, hence a file). */
export function astroMarkdownEntryTypeFile(): string {
  const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  return path.join(astroDir, 'dist/vite-plugin-markdown/content-entry-type.js');
}

/** The worker's settings from Astro's resolved config; undefined when they cannot be sent to a worker. */
export function workerSettingsOf(config: LoaderContext['config']): WorkerSettings | undefined {
  const { syntaxHighlight, shikiConfig, gfm, smartypants } = config.markdown;
  const settings: WorkerSettings = {
    markdownEntryType: astroMarkdownEntryTypeFile(),
    markdown: { syntaxHighlight, shikiConfig, gfm, smartypants },
    image: config.image,
  };
  try {
    // A setting that cannot be sent to a worker (a function in a Shiki transformer, say) keeps every
    // file in Astro's thread rather than rendering it differently.
    structuredClone(settings);
    return settings;
  } catch {
    return undefined;
  }
}
