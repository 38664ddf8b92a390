/**
 * Static checks of both test builds (scripts/lib/site-checks.ts, also `npm run check:site`): internal
 * links and anchors resolve, the HTML is valid, images have alt text, titles are unique and
 * descriptions present. Then the same checks on a copy of the production build broken on purpose,
 * to prove each one fails when it should.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkImages, checkLinks, checkTitles, validateHtml, type SiteProblem } from '../../scripts/lib/site-checks';
import { siteConfig } from '../../src/lib/site-config';

const BASE_URL = siteConfig.baseUrl;

describe.each([
  ['production site', 'productionSite'],
  ['demo site', 'demoSite'],
] as const)('the %s', (_, build) => {
  const dir = inject(build);

  it('has no internal link or #anchor that leads nowhere', () => {
    expect(checkLinks(dir, BASE_URL)).toEqual([]);
  });

  it('is valid HTML for html-validate', async () => {
    expect(await validateHtml(dir)).toEqual([]);
  });

  it('gives every image alt text', () => {
    expect(checkImages(dir)).toEqual([]);
  });

  it('gives every page its own title and a description', () => {
    expect(checkTitles(dir)).toEqual([]);
  });
});

describe('each check fails on a site broken on purpose', () => {
  let dir: string;
  const PLAN = '/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/';
  const PHASES = '/dot-thi-dua/';

  /** Rewrites the built page at `address` with `change`. */
  function breakPage(address: string, change: (html: string) => string) {
    const file = path.join(dir, address, 'index.html');
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`nothing changed on ${address}`);
    writeFileSync(file, after);
  }

  const found = (problems: SiteProblem[]) => problems.map(({ check, page }) => `${check} ${page}`);

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-broken-site-'));
    cpSync(inject('productionSite'), dir, { recursive: true });
    // A link to a page that was renamed, and a link to a section that does not exist.
    breakPage(PLAN, (html) => html.replace('href="/ke-hoach/"', 'href="/ke-hoach-cu/"'));
    breakPage(PHASES, (html) =>
      html.replace('</main>', `<p><a href="${PLAN}#muc-khong-co">Mục đã đổi tên</a></p></main>`),
    );
    // An image without alt text, which is also invalid HTML for html-validate.
    breakPage('/gioi-thieu/', (html) =>
      html.replace('</main>', '<img src="/favicon.svg" width="32" height="32"></main>'),
    );
    // Markup a browser would repair silently: a second element with the main content's id, a <div> in a list.
    breakPage('/ke-hoach/', (html) => html.replace('</main>', '<ul><div id="noi-dung">Danh sách</div></ul></main>'));
    // Two pages with one title, and a page without its description.
    const homeTitle = /<title>[^<]*<\/title>/.exec(readFileSync(path.join(dir, 'index.html'), 'utf8'))![0];
    breakPage('/phong-trao/', (html) =>
      html.replace(/<title>[^<]*<\/title>/, homeTitle).replace(/<meta name="description"[^>]*>/, ''),
    );
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the broken link and the broken anchor', () => {
    const problems = checkLinks(dir, BASE_URL);
    expect(found(problems)).toEqual([`anchor ${PHASES}`, `link ${PLAN}`]);
    expect(problems[0]!.message).toContain('muc-khong-co');
    expect(problems[1]!.message).toContain('/ke-hoach-cu/');
  });

  it('finds the image without alt text', () => {
    expect(found(checkImages(dir))).toEqual(['alt /gioi-thieu/']);
  });

  it('finds the repeated title and the missing description', () => {
    expect(found(checkTitles(dir)).sort()).toEqual(['description /phong-trao/', 'title /', 'title /phong-trao/']);
  });

  it('finds invalid HTML', async () => {
    const problems = await validateHtml(dir);
    const rules = (address: string) =>
      problems.filter((problem) => problem.page === address).map((problem) => /\((\S+),/.exec(problem.message)?.[1]);
    expect(new Set(problems.map((problem) => problem.page))).toEqual(new Set(['/ke-hoach/', '/gioi-thieu/']));
    expect(rules('/ke-hoach/').sort()).toEqual(['element-permitted-content', 'no-dup-id']);
    expect(rules('/gioi-thieu/')).toEqual(['wcag/h37']);
  });
});
