// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { pagefindSearch } from './src/integrations/pagefind';
import { documentNumberMarks } from './src/lib/markdown/document-number-links';
import { vietnameseHeadingIds } from './src/lib/markdown/heading-ids';
import { safeMdx } from './src/lib/markdown/mdx-safety';
import { siteConfig } from './src/lib/site-config';
import { isSitemapPage } from './src/lib/sitemap';

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
      hastPlugins: [vietnameseHeadingIds, documentNumberMarks],
      // Official documents are published verbatim: no curly quotes or "…" substituted for "...".
      features: { smartPunctuation: false },
    }),
  },
  // Pagefind indexes the built pages last, after every other integration has written its files.
  integrations: [mdx(), sitemap({ filter: isSitemapPage }), pagefindSearch()],
  devToolbar: { enabled: false },
  // Stylesheets stay files too, never inlined <style> blocks, so the Content-Security-Policy of
  // deploy/nginx.conf can say style-src 'self' (a page's small scoped styles cost one cached request).
  build: { inlineStylesheets: 'never' },
  vite: {
    // Scripts stay external files, never inlined into pages, so a Content-Security-Policy needs no
    // 'unsafe-inline'; other assets keep Vite's default limit.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  scopedStyleStrategy: 'class',
});
