/**
 * The staff editor (/quan-tri/) in real Chromium behind real nginx (deploy/nginx.conf), on the
 * production build, against Sveltia's in-browser test repository filled with the real content files:
 * it loads in Vietnamese for an English-speaking browser, asks nothing of another origin and logs no
 * error; saves change only the edited lines; a new profile with a photo passes check:content, builds
 * and is found by search; and what the build would refuse is refused before saving, with its message.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { checkContent } from '../../scripts/lib/content-check';
import { serveWithNginx, type RunningSite } from '../../scripts/lib/nginx-server';
import { AWARD_NAMES } from '../../src/schemas/awards';
import { buildSite, TEST_ROOT } from '../helpers/build';
import { openEditor, readRepository, repositoryFiles } from '../helpers/editor';
import { openSiteSearch } from '../helpers/pagefind';

let site: RunningSite;
let browser: Browser;
const contentFiles = repositoryFiles(path.resolve('content'), 'content');
const text = (files: Record<string, string>, file: string) => Buffer.from(files[file] ?? '', 'base64').toString('utf8');

beforeAll(async () => {
  site = await serveWithNginx(inject('productionSite'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** A browser that prefers English, as a clerk's might. */
function englishContext(): Promise<BrowserContext> {
  return browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
}

interface Watch {
  errors: string[];
  outside: string[];
}

/** Console errors and requests to any other origin, from the moment the editor page opens. */
function watch(page: Page): Watch {
  const watched: Watch = { errors: [], outside: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(site.origin) && !/^(blob|data):/.test(url)) watched.outside.push(url);
  });
  return watched;
}

const field = (page: Page, label: string) => page.getByRole('group', { name: new RegExp(`Trường “.${label}.”`) }).first();
const save = (page: Page) => page.getByRole('button', { name: 'Lưu', exact: true }).click();

/** Waits until the test repository holds `file` with content other than `before`. */
async function savedFile(page: Page, file: string, before = ''): Promise<{ files: Record<string, string>; content: string }> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const files = await readRepository(page);
    const content = text(files, file);
    if (content && content !== before) return { files, content };
    await page.waitForTimeout(200);
  }
  throw new Error(`the editor did not save ${file}`);
}

describe('the editor page', () => {
  it('loads in Vietnamese for an English-speaking browser, with nothing from another origin and no error, under its CSP', async () => {
    const response = await fetch(`${site.origin}/quan-tri/`);
    const headers = response.headers;
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow">');

    const context = await englishContext();
    let watched: Watch = { errors: [], outside: [] };
    const page = await openEditor(context, site.origin, contentFiles, (editorPage) => {
      watched = watch(editorPage);
    });
    await expect.poll(() => page.getByText('Hồ sơ điển hình tiên tiến').first().isVisible(), { timeout: 30_000 }).toBe(true);
    for (const label of ['Kế hoạch', 'Đợt thi đua', 'Phong trào thi đua', 'Đơn vị', 'Cấu hình trang']) {
      await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Tạo bài viết hoặc tải tệp lên' })).toBeVisible();
    await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/exemplars/new`);
    await expect(field(page, 'Kiểm tra trước khi lưu')).toBeVisible();
    const font = await page.getByRole('textbox', { name: 'Họ tên hoặc tên tập thể' }).evaluate((element) => getComputedStyle(element).fontFamily);
    expect(font).toContain('Be Vietnam Pro');
    await page.waitForTimeout(500);
    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});

describe('saving', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await englishContext();
    page = await openEditor(context, site.origin, contentFiles);
  });

  afterAll(async () => {
    await context?.close();
  });

  it("changes a plan's deadline: only that line of the file changes", async () => {
    const file = 'content/plans/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024.mdx';
    const before = text(contentFiles, file);
    const deadline = /^ {4}date: (\d{4}-\d{2}-\d{2})$/m.exec(before)![1]!;
    await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/plans/entries/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024`);
    await field(page, 'Thời hạn').getByRole('textbox', { name: 'Hạn', exact: true }).first().fill('2024-02-20');
    await save(page);
    const { content } = await savedFile(page, file, before);
    expect(content).toBe(before.replace(`    date: ${deadline}`, '    date: 2024-02-20'));
  });

  it('adds an occasion to a phase: only its lines are added', async () => {
    const file = 'content/phases/dot-thi-dua-thu-hai-nam-2024.yaml';
    const before = text(contentFiles, file);
    await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/phases/entries/dot-thi-dua-thu-hai-nam-2024`);
    const occasions = field(page, 'Các ngày kỷ niệm');
    await occasions.getByRole('button', { name: /^Thêm/ }).last().click();
    await occasions.getByRole('textbox', { name: 'Tên ngày kỷ niệm', exact: true }).last().fill('Ngày Doanh nhân Việt Nam');
    await occasions.getByRole('textbox', { name: 'Ngày kỷ niệm', exact: true }).last().fill('2024-10-13');
    await save(page);
    const { content } = await savedFile(page, file, before);
    expect(content).toBe(
      before.replace('    anniversary: 129\n', '    anniversary: 129\n  - name: Ngày Doanh nhân Việt Nam\n    date: 2024-10-13\n'),
    );
  });
});
