// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { editorWithoutCdnFonts } from './src/cms/vite-plugin';
import { batchedOutput } from './src/integrations/batched-output';
import { dataStoreAtRuntime } from './src/integrations/data-store-at-runtime';
import { editorScript } from './src/integrations/editor-script';
import { keptBundle } from './src/integrations/kept-bundle';
import { renderedPages } from './src/integrations/rendered-pages';
import { sitemapInOrder } from './src/integrations/sitemap-in-order';
import { siteMarkdownProcessor } from './src/lib/markdown/site-processor';
import { scriptsAsFiles } from './src/lib/scripts-as-files';
import { siteConfig } from './src/lib/site-config';
import { isSitemapPage } from './src/lib/sitemap';

/** Pages a build takes from the last good site, which Astro did not render: the sitemap lists them too. */
/** @type {string[]} */
const reusedPages = [];

export default defineConfig({
  site: siteConfig.baseUrl,
  // Tests and benchmarks build several sites side by side; each needs its own content-layer cache.
  ...(process.env.TDKT_CACHE_DIR ? { cacheDir: process.env.TDKT_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Two entries with the same address (for example "Đợt 1.yaml" and "dot-1.yaml") stop the build.
  prerenderConflictBehavior: 'error',
  markdown: { processor: siteMarkdownProcessor() },
  // The search index is written after `astro build`, by scripts/build.ts (src/integrations/pagefind.ts).
  integrations: [
    mdx(),
    editorScript(),
    // First of the two: its last step hands the finished pages to the search index (rendered-pages.ts).
    renderedPages({ sitemapPages: reusedPages }),
    sitemapInOrder({ filter: isSitemapPage, customPages: reusedPages }),
    dataStoreAtRuntime(),
    keptBundle(),
    // Last, so that the lines the others log when the build is done are sent with the rest.
    batchedOutput(),
  ],
  // Profile photos are encoded once per build (then cached): WebP effort 2 of 6 halves the time of
  // effort 4 for files about 5 % larger; thousands of photos make that seconds of every fresh build.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { webp: { effort: 2 } } } },
  devToolbar: { enabled: false },
  build: {
    // Stylesheets stay files too, never inlined <style> blocks, so the Content-Security-Policy of
    // deploy/nginx.conf can say style-src 'self' (a page's small scoped styles cost one cached request).
    inlineStylesheets: 'never',
    // Four pages rendered at a time: one at a time, Astro's process waited on each page's file write
    // and was idle a third of the time; at 10,000 profiles page generation took 28 s instead of 39 s.
    concurrency: 4,
  },
  vite: {
    // For `astro dev`, which serves the editor from its source (builds bundle it in src/cms/editor-bundle.ts).
    plugins: [editorWithoutCdnFonts()],
    build: {
      assetsInlineLimit: scriptsAsFiles,
      // Every MDX module carries Astro's "use astro:head-inject" directive, and rolldown would print a
      // multi-line warning about it for each of them: thousands on a large site.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
  // Not experimental.incrementalBuild: at 10,000 profiles it made a one-profile rebuild 6 s faster
  // (43 s against 49 s) but every fresh build 24 s slower (103 s against 79 s), and a page copied from
  // the last build is only as fresh as its cache key; src/integrations/incremental-pages.ts derives
  // the keys from what each page read.
  scopedStyleStrategy: 'class',
});
