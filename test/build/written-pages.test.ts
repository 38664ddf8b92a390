/**
 * `npm run build` has the pages Astro renders written by its own process (src/integrations/rendered-pages.ts):
 * the site must be the one Astro writes itself, file for file and byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { siteDifferences } from '../helpers/compare-sites';

describe('pages written by the build process', () => {
  it('make the same site as pages written by Astro', { timeout: 300_000 }, async () => {
    // TDKT_SEARCH_PAGES=off: no page is handed over, Astro writes every file (scripts/build.ts).
    const byAstro = await buildSite('pages-written-by-astro', { env: { TDKT_DEMO: '1', TDKT_SEARCH_PAGES: 'off' } });
    expect(byAstro.ok, byAstro.output).toBe(true);
    expect(byAstro.output).not.toContain('tệp do scripts/build.ts ghi');

    const handedOver = await buildSite('pages-written-by-build', { env: { TDKT_DEMO: '1' } });
    expect(handedOver.ok, handedOver.output).toBe(true);
    // Astro's line for each page says who wrote it, never that the file was not created.
    expect(handedOver.output).toMatch(/dien-hinh-tien-tien\/[^/\s]+\/index\.html.*\(tệp do scripts\/build\.ts ghi\)/);
    expect(handedOver.output).not.toContain('file not created');

    expect(siteDifferences(byAstro.outDir, handedOver.outDir)).toEqual([]);
  });
});
