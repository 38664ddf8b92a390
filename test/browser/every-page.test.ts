/**
 * Every page of the sitemap, of the production site and of the demo site (with the illustrative
 * profiles), as visitors meet it: real Chromium, real nginx with the production configuration. Each
 * page answers 200 with no console error and no failed request, axe finds no WCAG 2.1 A/AA
 * violation, and nothing scrolls sideways on a 320 px phone or at 200 % zoom. Pages added later
 * (lists, pagination) are covered as soon as the sitemap lists them; the 404 page too, with its
 * status. Last, the same visit on a page
 * broken on purpose proves that each of these checks can fail.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveWithNginx, type RunningSite } from '../../scripts/lib/nginx-server';
import { connectBrowser, servedOrigin } from '../helpers/served-site';
import { sitemapRoutes } from '../helpers/sitemap';
import { createVisitor, problems, type Visitor } from '../helpers/visitor';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * One browser tab visiting a site, for the tests of the enclosing describe: a site of the run, served
 * once for every file, or a folder of this file's own, served by an nginx of its own.
 */
function useVisitor(served: { origin: string } | { dir: () => string }): { visitor: Visitor } {
  const session = {} as { visitor: Visitor; site?: RunningSite };
  beforeAll(async () => {
    if ('dir' in served) session.site = await serveWithNginx(served.dir());
    const origin = 'origin' in served ? served.origin : session.site!.origin;
    session.visitor = await createVisitor(await browser.newPage(), origin);
  });
  afterAll(async () => {
    await session.site?.stop();
  });
  return session;
}

describe.each([
  ['production site', 'production'],
  ['demo site', 'demo'],
] as const)('every page of the %s', (_, site) => {
  const dir = inject(`${site}Site`);
  const session = useVisitor({ origin: servedOrigin(site) });

  it.each(sitemapRoutes(dir))('%s', async (route) => {
    expect(problems(await session.visitor.visit(route))).toEqual({});
  });

  it('and the 404 page, at an address that does not exist', async () => {
    expect(problems(await session.visitor.visit('/trang-khong-co/'))).toEqual({ status: 404 });
  });
});

describe('the visit finds what a visitor would meet on a broken page', () => {
  let dir: string;
  // Before useVisitor's hook, which serves the folder.
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-broken-pages-'));
    cpSync(inject('productionSite'), dir, { recursive: true });
    // Pale text, and a box wider than a phone, from a stylesheet (the CSP refuses inline styles).
    writeFileSync(path.join(dir, '_astro/hong.css'), 'main p { color: #bbb !important; } .rong { width: 700px; }');
    const file = path.join(dir, 'gioi-thieu/index.html');
    const html = readFileSync(file, 'utf8')
      .replace('</head>', '<link rel="stylesheet" href="/_astro/hong.css"></head>')
      // An image that is gone, an inline script (the CSP refuses it) and the wide box.
      .replace(
        '</main>',
        '<img src="/anh-da-xoa.png" alt="Ảnh đã xóa"><script>document.title = "";</script><div class="rong">Bảng rộng</div></main>',
      );
    writeFileSync(file, html);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const session = useVisitor({ dir: () => dir });

  it('reports low contrast, the missing image, the refused script and the sideways scrolling', async () => {
    const report = await session.visitor.visit('/gioi-thieu/');
    expect(report.status).toBe(200);
    expect(report.violations.map((violation) => violation.id)).toContain('color-contrast');
    expect(report.failedRequests).toEqual([expect.stringMatching(/\/anh-da-xoa\.png: 404$/)]);
    expect(report.consoleErrors).toEqual(
      expect.arrayContaining([expect.stringContaining('violates the following Content Security Policy directive')]),
    );
    expect(report.overflowAt320).toBeGreaterThan(0);
    expect(report.overflowAtZoom200).toBeGreaterThan(0);
  });

  it('reports a page that is not there', async () => {
    expect((await session.visitor.visit('/trang-da-xoa/')).status).toBe(404);
  });
});
