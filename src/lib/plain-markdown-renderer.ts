/**
 * Astro's own Markdown entry type, with the site's processor, built from the settings a reading worker
 * is sent (WorkerSettings): how the content sync renders a plain-Markdown body outside Astro's thread
 * (entry-reading-worker.ts) or outside Astro (a content-only rebuild, scripts/lib/content-only-rebuild.ts).
 */
import { pathToFileURL } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { WorkerSettings } from './markdown-settings';
import { siteMarkdownProcessor } from './markdown/site-processor';

export type RenderFunction = Awaited<ReturnType<NonNullable<ContentEntryType['getRenderFunction']>>>;
type EntryTypeConfig = Parameters<NonNullable<ContentEntryType['getRenderFunction']>>[0];

/** Astro's Markdown entry type (its module is not among the package's exports, hence the file). */
export async function astroMarkdownEntryType(settings: WorkerSettings): Promise<ContentEntryType> {
  const module = (await import(pathToFileURL(settings.markdownEntryType).href)) as {
    markdownContentEntryType: ContentEntryType;
  };
  return module.markdownContentEntryType;
}

/** The part of Astro's resolved config its Markdown entry type renders with. */
export function markdownEntryTypeConfig(settings: WorkerSettings): EntryTypeConfig {
  return {
    markdown: { ...settings.markdown, processor: siteMarkdownProcessor() },
    image: settings.image,
  } as unknown as EntryTypeConfig;
}

export async function plainMarkdownRenderer(settings: WorkerSettings): Promise<RenderFunction> {
  const entryType = await astroMarkdownEntryType(settings);
  return entryType.getRenderFunction!(markdownEntryTypeConfig(settings));
}
