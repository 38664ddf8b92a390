// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { pagefindSearch } from './src/integrations/pagefind';
import { vietnameseHeadingIds } from './src/lib/markdown/heading-ids';
import { safeMdx } from './src/lib/markdown/mdx-safety';
import { siteConfig } from './src/lib/site-config';

export default defineConfig({
  site: siteConfig.baseUrl,
  // Tests and benchmarks build several sites side by side; each needs its own content-layer cache.
  ...(process.env.TDKT_CACHE_DIR ? { cacheDir: process.env.TDKT_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Two entries with the same address (for example "Đợt 1.yaml" and "dot-1.yaml") stop the build.
  prerenderConflictBehavior: 'error',
  markdown: {
    processor: satteri({
      // Content is Markdown and the site's own components: import/export and {…} expressions stop the build.
      mdastPlugins: [safeMdx],
      hastPlugins: [vietnameseHeadingIds],
      // Official documents are published verbatim: no curly quotes or "…" substituted for "...".
      features: { smartPunctuation: false },
    }),
  },
  // Pagefind indexes the built pages last, after every other integration has written its files.
  integrations: [mdx(), pagefindSearch()],
  devToolbar: { enabled: false },
  scopedStyleStrategy: 'class',
});
