/**
 * The site's Markdown processor: astro.config.mjs gives it to Astro, and the content sync's reading
 * worker (src/lib/entry-reading-worker.ts) renders plain-Markdown profiles with one of its own, so
 * that both render the same HTML.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { documentNumberMarks } from './document-number-links';
import { vietnameseHeadingIds } from './heading-ids';
import { safeMdx } from './mdx-safety';

export function siteMarkdownProcessor(): ReturnType<typeof satteri> {
  return satteri({
    // Content is Markdown and the site's own components: import/export and {…} expressions stop the build.
    mdastPlugins: [safeMdx],
    hastPlugins: [vietnameseHeadingIds, documentNumberMarks],
    // Official documents are published verbatim: no curly quotes or "…" substituted for "...".
    features: { smartPunctuation: false },
  });
}
