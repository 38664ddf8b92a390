/**
 * Every page of the sitemap, of the production site and of the demo site (with the illustrative
 * profiles), as visitors meet it: real Chromium, real nginx with the production configuration. Each
 * page answers 200 with no console error and no failed request, axe finds no WCAG 2.1 A/AA
 * violation, and nothing scrolls sideways on a 320 px phone or at 200 % zoom. Pages added later
 * (lists, pagination) are covered as soon as the sitemap lists them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveWithNginx, type RunningSite } from '../../scripts/lib/nginx-server';
import { sitemapRoutes } from '../helpers/sitemap';
import { createVisitor, problems } from '../helpers/visitor';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['production site', 'productionSite'],
  ['demo site', 'demoSite'],
] as const)('every page of the %s', (_, build) => {
  const dir = inject(build);
  let site: RunningSite;
  let visitor: Awaited<ReturnType<typeof createVisitor>>;
  beforeAll(async () => {
    site = await serveWithNginx(dir);
    visitor = await createVisitor(await browser.newPage(), site.origin);
  });
  afterAll(async () => {
    await site?.stop();
  });

  it.each(sitemapRoutes(dir))('%s', async (route) => {
    const report = await visitor.visit(route);
    expect(problems(report)).toEqual({});
  });
});
