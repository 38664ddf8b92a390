/**
 * The staff editor (/quan-tri/) in real Chromium behind real nginx (deploy/nginx.conf), on the
 * production build, against Sveltia's in-browser test repository filled with the real content files:
 * it loads in Vietnamese for an English-speaking browser, asks nothing of another origin and logs no
 * error; saves change only the edited lines; a new profile with a photo passes check:content, builds
 * and is found by search; and what the build would refuse is refused before saving, with its message.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { checkContent } from '../../scripts/lib/content-check';
import { serveWithNginx, type RunningSite } from '../../scripts/lib/nginx-server';
import { AWARD_NAMES } from '../../src/schemas/awards';
import { buildSite } from '../helpers/build';
import { copyContent } from '../helpers/content';
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

const field = (page: Page, label: string) =>
  page.getByRole('group', { name: new RegExp(`Trường “.${label}.”`) }).first();
/** Sveltia renders list items as they scroll into view: scroll the form until `group` has inputs. */
async function reveal(page: Page, group: ReturnType<typeof field>, selector = 'input') {
  await page.mouse.move(300, 500);
  for (let step = 0; step < 80 && (await group.locator(selector).count()) === 0; step++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
  }
}
/** Sveltia renders the fields of a long form as they scroll into view: scroll until `label` is there. */
async function scrollTo(page: Page, label: string) {
  const group = field(page, label);
  await page.mouse.move(300, 500);
  for (let step = 0; step < 80 && (await group.count()) === 0; step++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
  }
  await group.scrollIntoViewIfNeeded();
  return group;
}
/**
 * Adds an item to a list field and returns it. Sveltia renders only the items in view and scrolls to
 * the new one a moment after the click, so "the last text box" of the list is, until then, the last
 * one on screen: an existing item (that is what made the add-an-occasion test edit the wrong item).
 */
async function addListItem(list: ReturnType<typeof field>) {
  await list.getByRole('button', { name: /^Thêm/ }).last().click();
  const item = list.locator('.item-list').first().locator(':scope > .item-wrapper').last();
  await item.scrollIntoViewIfNeeded();
  await item.locator('input, [role=combobox], [role=radio]').first().waitFor();
  return item;
}
/** The story, typed into the body (a new entry's body is a required field in Sveltia). */
async function writeStory(page: Page, story: string) {
  const body = await scrollTo(page, 'Nội dung');
  await body.getByRole('textbox').first().fill(story);
}
/** Sveltia's save dialog with the pre-save check's refusal; closed after reading. */
async function refusal(page: Page): Promise<string> {
  const message = page.getByText(/Chưa lưu: trang sẽ từ chối/).first();
  await message.waitFor({ timeout: 15_000 });
  const text = await message.innerText();
  await page.getByRole('button', { name: 'Đồng ý' }).click();
  return text;
}
const save = (page: Page) => page.getByRole('button', { name: 'Lưu', exact: true }).click();

/** Waits until the test repository holds `file` with content other than `before`. */
async function savedFile(
  page: Page,
  file: string,
  before = '',
): Promise<{ files: Record<string, string>; content: string }> {
  // Up to 30 s: a save with a photo scales it in the browser first, and on a loaded 2-core machine (the
  // whole suite running) that once took longer than the 10 s allowed before.
  for (let attempt = 0; attempt < 150; attempt++) {
    // Sveltia may be writing the repository while it is read: a file listed may be gone a moment later.
    const files = await readRepository(page).catch(() => ({}));
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
    await expect
      .poll(() => page.getByRole('button', { name: 'Tạo bài viết hoặc tải tệp lên' }).isVisible(), { timeout: 30_000 })
      .toBe(true);
    await expect
      .poll(() => page.getByText('Hồ sơ điển hình tiên tiến').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/exemplars/new`);
    await field(page, 'Kiểm tra trước khi lưu').waitFor();
    const font = await page
      .getByRole('textbox', { name: 'Họ tên hoặc tên tập thể' })
      .evaluate((element) => getComputedStyle(element).fontFamily);
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
    const deadline = /^deadlines:\n {2}- date: (\d{4}-\d{2}-\d{2})$/m.exec(before)![1]!;
    await page.goto(
      `${site.origin}/quan-tri/?thu-nghiem#/collections/plans/entries/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024`,
    );
    await reveal(page, field(page, 'Thời hạn'), 'input[type=date]');
    await field(page, 'Thời hạn').getByRole('textbox', { name: 'Hạn', exact: true }).first().fill('2024-02-20');
    await save(page);
    const { content } = await savedFile(page, file, before);
    expect(content).toBe(before.replace(`deadlines:\n  - date: ${deadline}`, 'deadlines:\n  - date: 2024-02-20'));
  });

  it('adds an occasion to a phase: only its lines are added', async () => {
    const file = 'content/phases/dot-thi-dua-thu-hai-nam-2024.yaml';
    const before = text(contentFiles, file);
    await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/phases/entries/dot-thi-dua-thu-hai-nam-2024`);
    const occasion = await addListItem(field(page, 'Các ngày kỷ niệm'));
    await occasion.getByRole('textbox', { name: 'Tên ngày kỷ niệm', exact: true }).fill('Ngày Doanh nhân Việt Nam');
    await occasion.getByRole('textbox', { name: 'Ngày kỷ niệm', exact: true }).fill('2024-10-13');
    await save(page);
    const { content } = await savedFile(page, file, before);
    expect(content).toBe(
      before.replace(
        '    anniversary: 129\n',
        '    anniversary: 129\n  - name: Ngày Doanh nhân Việt Nam\n    date: 2024-10-13\n',
      ),
    );
  });
});

describe('a new profile with a photo, then check:content, a build and search', () => {
  it("creates an individual's profile in <tên>/index.mdx with its photo beside it, scaled down, without GPS data", async () => {
    const context = await englishContext();
    const page = await openEditor(context, site.origin, contentFiles);
    await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/exemplars/new`);
    await field(page, 'Họ tên hoặc tên tập thể').getByRole('textbox').fill('Đỗ Thị Minh Hòa');
    await field(page, 'Cá nhân hay tập thể').getByRole('radio', { name: 'cá nhân' }).check();
    await field(page, 'Đơn vị').getByRole('radio', { name: 'Phòng Hành chính – Tổng hợp' }).check();
    await field(page, 'Chức vụ').getByRole('textbox').fill('Chuyên viên tư vấn việc làm');
    await field(page, 'Năm').getByRole('spinbutton').fill('2024');
    await field(page, 'Tóm tắt')
      .getByRole('textbox')
      .fill('Hồ sơ thử của trình soạn thảo: tư vấn cho hơn 900 lượt người lao động trong năm.');

    // A phone photo: larger than the site shows, with the place it was taken (EXIF GPS).
    const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#88aacc' } })
      .jpeg()
      .withExif({
        IFD0: { Copyright: 'Ảnh thử' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '21/1 16/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '106/1 12/1 0/1',
        },
      })
      .toBuffer();
    expect((await exifr.gps(photo))?.latitude).toBeCloseTo(21.27, 2);
    await (
      await scrollTo(page, 'Ảnh')
    )
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'Ảnh chân dung.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect.poll(() => field(page, 'Ảnh').locator('img').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await writeStory(page, 'Chị Hòa tư vấn cho người lao động tại quầy mỗi ngày.');
    expect(await field(page, 'Kiểm tra trước khi lưu').innerText()).not.toContain('không phải tệp JPEG');

    // What the build would refuse is refused before saving, with the build's messages: an individual
    // without a consent record, and a photo without its description.
    await save(page);
    const refused = await refusal(page);
    expect(refused).toContain('hồ sơ cá nhân cần ghi nhận sự đồng ý công bố');
    expect(refused).toContain('có ảnh (photo) thì cần mô tả ảnh bằng tiếng Việt (photoAlt)');
    const check = field(page, 'Kiểm tra trước khi lưu');
    await check.scrollIntoViewIfNeeded();
    await expect.poll(() => check.innerText()).toContain('hồ sơ cá nhân cần ghi nhận sự đồng ý công bố');
    expect(Object.keys(await readRepository(page)).filter((file) => file.includes('do-thi-minh-hoa'))).toEqual([]);

    await (
      await scrollTo(page, 'Mô tả ảnh')
    )
      .getByRole('textbox')
      .fill('Hình minh họa một nữ viên chức đứng cạnh quầy tư vấn');
    const consent = await scrollTo(page, 'Sự đồng ý công bố');
    await consent.getByRole('checkbox').check();
    await consent.getByRole('button', { name: 'Mở rộng' }).click();
    await consent.getByRole('textbox', { name: 'Ngày đồng ý', exact: true }).fill('2024-11-05');
    await consent.getByRole('radio', { name: 'văn bản có chữ ký' }).check();
    await consent
      .getByRole('textbox', { name: 'Mục đích được đồng ý', exact: true })
      .fill('Đăng hồ sơ điển hình tiên tiến và ảnh trên Trang thông tin điện tử');
    await save(page);
    const { files } = await savedFile(page, 'content/exemplars/do-thi-minh-hoa/index.mdx');
    const entry = text(files, 'content/exemplars/do-thi-minh-hoa/index.mdx');
    expect(entry).toMatch(/^---\nname: Đỗ Thị Minh Hòa\nkind: cá nhân\nunit: phong-hanh-chinh-tong-hop\n/);
    const photoFile = Object.keys(files).find(
      (file) => file.startsWith('content/exemplars/do-thi-minh-hoa/') && !file.endsWith('.mdx'),
    );
    expect(photoFile).toBeDefined();
    // Scaled down and re-encoded in the browser: the WebP has no EXIF chunk at all, so no GPS either
    // (sharp reads a WebP's EXIF chunk; exifr, used above on the JPEG, does not read WebP).
    const stored = Buffer.from(files[photoFile!]!, 'base64');
    const metadata = await sharp(stored).metadata();
    expect(metadata.format).toBe('webp');
    expect(Math.max(metadata.width, metadata.height)).toBe(1600);
    expect(metadata.exif).toBeUndefined();
    expect(stored.length).toBeLessThan(photo.length);
    expect(entry).toContain(`photo: ${path.basename(photoFile!)}`);
    await context.close();

    // The files it wrote, in a copy of the content folder: the check and the build accept them.
    const dir = copyContent('editor-profile');
    for (const [file, bytes] of Object.entries(files)) {
      if (!file.startsWith('content/exemplars/do-thi-minh-hoa/')) continue;
      const target = path.join(dir, file.slice('content/'.length));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, Buffer.from(bytes, 'base64'));
    }
    expect(checkContent({ ...process.env, TDKT_CONTENT_DIR: dir }).problems).toEqual([]);
    const build = await buildSite('editor-profile', { env: { TDKT_CONTENT_DIR: dir } });
    expect(build.ok, build.output).toBe(true);

    // On its page, with its photo as the site serves it: no location data there either.
    const pageFile = path.join(build.outDir, 'dien-hinh-tien-tien/do-thi-minh-hoa/index.html');
    const html = readFileSync(pageFile, 'utf8');
    expect(html).toContain('Đỗ Thị Minh Hòa');
    const image = parse(html)
      .querySelectorAll('main img')
      .find((img) => img.getAttribute('alt') === 'Hình minh họa một nữ viên chức đứng cạnh quầy tư vấn');
    expect(image).toBeDefined();
    const served = await sharp(readFileSync(path.join(build.outDir, image!.getAttribute('src')!))).metadata();
    expect(Math.max(served.width, served.height)).toBeLessThanOrEqual(1600);
    // No image the built site serves carries EXIF (its share image, made from the photo, included).
    const images = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(jpe?g|png|webp)$/i.test(file),
    );
    expect(images).toContain(image!.getAttribute('src')!.replace(/^\//, ''));
    const withExif = [];
    for (const file of images)
      if ((await sharp(readFileSync(path.join(build.outDir, file))).metadata()).exif) withExif.push(file);
    expect(withExif).toEqual([]);

    const search = await openSiteSearch(build.outDir);
    try {
      expect(await search.urls('Minh Hòa')).toContain('/dien-hinh-tien-tien/do-thi-minh-hoa/');
    } finally {
      await search.stop();
    }
  }, 400_000);
});

describe('mistakes caught before saving', () => {
  it("offers only the law's award names as choices, so a misspelt one cannot be typed", async () => {
    const context = await englishContext();
    const page = await openEditor(context, site.origin, contentFiles);
    await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/exemplars/new`);
    const awards = field(page, 'Danh hiệu, khen thưởng');
    await awards.getByRole('button', { name: /^Thêm/ }).last().click();
    // The new item's choices render a moment after the click (read at once, they were sometimes
    // missing under load): wait for them, as radios, options or a combobox that opens a list.
    const combo = awards.getByRole('combobox').last();
    const readOffered = async () => {
      const texts = [
        ...(await page.getByRole('option').allInnerTexts()),
        ...(await awards.getByRole('radio').allInnerTexts()),
      ]
        .map((option) => option.trim())
        .filter(Boolean);
      // Opened once: a second click on an open list would close it.
      if (texts.length === 0 && (await combo.count()) > 0 && (await combo.getAttribute('aria-expanded')) !== 'true')
        await combo.click();
      return texts;
    };
    await expect.poll(readOffered, { timeout: 20_000 }).toEqual(expect.arrayContaining([...AWARD_NAMES]));
    const offered = await readOffered();
    expect(offered).toEqual(expect.arrayContaining([...AWARD_NAMES]));
    expect(
      offered.filter((option) => !(AWARD_NAMES as readonly string[]).includes(option) && option !== '(Không có)'),
    ).toEqual([]);
    await context.close();
  });

  /**
   * Saves and expects the save refused with the build's `message`: in the refusal dialog of the
   * pre-save check when Sveltia's own field checks pass, and in every case in the form's check field
   * (where Sveltia refuses first, for an empty required field, it shows its own "Trường bắt buộc.").
   */
  async function expectRefused(page: Page, message: string, dialog: boolean) {
    await save(page);
    if (dialog) expect(await refusal(page)).toContain(message);
    const check = field(page, 'Kiểm tra trước khi lưu');
    await check.scrollIntoViewIfNeeded();
    await expect.poll(() => check.innerText(), { timeout: 15_000 }).toContain(message);
  }

  /** A new team profile with everything the build needs, then `change`. */
  async function newTeamProfile(page: Page, change: { summary?: string; story?: string }) {
    await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/exemplars/new`);
    await field(page, 'Họ tên hoặc tên tập thể').getByRole('textbox').fill('Tổ thử nghiệm');
    await field(page, 'Cá nhân hay tập thể').getByRole('radio', { name: 'tập thể' }).check();
    await field(page, 'Đơn vị').getByRole('radio', { name: 'Phòng Hành chính – Tổng hợp' }).check();
    await field(page, 'Năm').getByRole('spinbutton').fill('2024');
    if (change.summary) await field(page, 'Tóm tắt').getByRole('textbox').fill(change.summary);
    await writeStory(page, change.story ?? 'Tổ làm việc tận tụy.');
    await page.waitForTimeout(500);
  }

  it.each([
    // Sveltia's own required-field check refuses this one first; the check field shows the build's words.
    ['a missing field', {}, 'thiếu trường bắt buộc: tóm tắt (summary)', false],
    [
      'an ID-card number in a profile',
      { summary: 'Số CCCD 001234567890 của chị.' },
      '"001234567890" trông như số CCCD',
      true,
    ],
    [
      'a mobile number in a profile',
      { summary: 'Liên hệ 0912 345 678.' },
      '"0912 345 678" trông như số điện thoại di động',
      true,
    ],
    [
      'an import statement in the text',
      { summary: 'Tổ thử nghiệm.', story: "Tổ làm việc tận tụy.\n\nimport fs from 'node:fs'" },
      'câu lệnh import là mã lệnh, không được dùng trong nội dung',
      true,
    ],
    [
      'an expression {…} in the text',
      { summary: 'Tổ thử nghiệm.', story: 'Thư mục nhà: {process.env.HOME}' },
      'biểu thức {process.env.HOME} là mã lệnh',
      true,
    ],
  ])("refuses %s, showing the build's message", async (_name, change, message, dialog) => {
    const context = await englishContext();
    const page = await openEditor(context, site.origin, contentFiles);
    await newTeamProfile(page, change);
    await expectRefused(page, message, dialog);
    const files = await readRepository(page);
    expect(Object.keys(files).filter((file) => file.includes('to-thu-nghiem'))).toEqual([]);
    await context.close();
  });

  // A date box takes no impossible date: 31/02 typed into it leaves it empty, so what the clerk meets
  // is the build's message for a missing date (the build's "ngày không hợp lệ" cannot arise here).
  it("refuses an impossible date (31/02): the box is left empty and the build's message says so", async () => {
    const file = 'content/phases/dot-thi-dua-thu-nhat-nam-2024.yaml';
    const context = await englishContext();
    const page = await openEditor(context, site.origin, contentFiles);
    await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/phases/entries/dot-thi-dua-thu-nhat-nam-2024`);
    const start = field(page, 'Ngày bắt đầu').locator('input[type=date]');
    await start.focus();
    // The browser prefers English (month first); a Vietnamese browser asks for the day first.
    for (const key of '02312024') await page.keyboard.press(key);
    expect(await start.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
    await expectRefused(page, 'thiếu trường bắt buộc: ngày bắt đầu (startDate)', false);
    expect(text(await readRepository(page), file)).toBe(text(contentFiles, file));
    await context.close();
  });

  // The form offers only the law's names; a name the law does not have can still come from a file
  // written the file way. Opened in the editor, it is named before any save, and no save goes through.
  it('refuses an award name the law does not have, in a profile written the file way', async () => {
    const file = 'content/exemplars/to-tu-van-luu-dong/index.mdx';
    const profile = readFileSync('demo/exemplars/to-tu-van-luu-dong/index.mdx', 'utf8')
      .replace('unit: phong-tu-van-gioi-thieu-viec-lam', 'unit: phong-hanh-chinh-tong-hop')
      .replace('- name: Tập thể lao động xuất sắc', '- name: Tập thể lao động giỏi');
    const files = {
      ...contentFiles,
      [file]: Buffer.from(profile).toString('base64'),
      'content/exemplars/to-tu-van-luu-dong/anh.jpg': readFileSync(
        'demo/exemplars/to-tu-van-luu-dong/anh.jpg',
      ).toString('base64'),
    };
    const context = await englishContext();
    const page = await openEditor(context, site.origin, files);
    await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/exemplars/entries/to-tu-van-luu-dong/index`);
    const check = field(page, 'Kiểm tra trước khi lưu');
    await expect.poll(() => check.innerText(), { timeout: 15_000 }).toContain('danh hiệu phải là một trong:');
    await field(page, 'Tóm tắt').getByRole('textbox').fill('Đưa dịch vụ tư vấn việc làm về tận thôn, bản.');
    await expectRefused(page, 'không phải chữ "Tập thể lao động giỏi"', true);
    expect(text(await readRepository(page), file)).toBe(profile);
    await context.close();
  });

  // Sveltia would save a second entry of the same name as "<tên>-1"; `npm run new` refuses instead,
  // and so does the editor, with the build's message for two files of one address.
  it('refuses a second entry with the same file name, naming the existing file, and never overwrites it', async () => {
    const context = await englishContext();
    const page = await openEditor(context, site.origin, contentFiles);
    await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/units/new`);
    await field(page, 'Tên đơn vị').getByRole('textbox').fill('Phòng Hành chính – Tổng hợp');
    await save(page);
    expect(await refusal(page)).toContain(
      'trùng tên với tệp content/units/phong-hanh-chinh-tong-hop.yaml: sau khi bỏ dấu, cả hai đều thành "phong-hanh-chinh-tong-hop"',
    );
    const files = await readRepository(page);
    expect(Object.keys(files).filter((file) => file.startsWith('content/units/'))).toEqual([
      'content/units/phong-hanh-chinh-tong-hop.yaml',
    ]);
    expect(text(files, 'content/units/phong-hanh-chinh-tong-hop.yaml')).toBe(
      text(contentFiles, 'content/units/phong-hanh-chinh-tong-hop.yaml'),
    );
    await context.close();
  });

  // The photo field's file picker lists JPEG, PNG and WebP only; a photo of any size is scaled down
  // and re-encoded in the browser (see the new-profile test), so the size limit bites on what cannot
  // be re-encoded. Both are tried here with a file chosen anyway, as "All files" in the picker allows.
  it('takes JPEG, PNG or WebP photos only, and refuses a file over 5 MB with a Vietnamese message', async () => {
    const context = await englishContext();
    const page = await openEditor(context, site.origin, contentFiles);
    await newTeamProfile(page, { summary: 'Tổ thử nghiệm.' });
    const photo = (await scrollTo(page, 'Ảnh')).locator('input[type=file]').first();
    expect(await photo.getAttribute('accept')).toBe('image/jpeg,image/png,image/webp');

    const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size, 0x20)]);
    await photo.setInputFiles({ name: 'tai-lieu.pdf', mimeType: 'application/pdf', buffer: pdf(6_000_000) });
    // Sveltia wraps the figures in bidi isolation marks: "tối đa \u2068\u20685\u2069 MB\u2069".
    const tooLarge = page.getByText(/Không thể tải tệp lên vì vượt quá dung lượng tối đa\W*5\W*MB/);
    await tooLarge.waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Đồng ý' }).click();
    expect(await field(page, 'Ảnh').innerText()).not.toContain('tai-lieu.pdf');

    await photo.setInputFiles({ name: 'tai-lieu.pdf', mimeType: 'application/pdf', buffer: pdf(2_000) });
    await expect.poll(() => field(page, 'Ảnh').innerText()).toContain('tai-lieu.pdf');
    await (await scrollTo(page, 'Mô tả ảnh')).getByRole('textbox').fill('Hình vẽ minh họa ba người đứng cạnh nhau');
    // Until the save names the file, the form holds it as a blob: address; the save check reads the name.
    await save(page);
    expect(await refusal(page)).toContain('ảnh "tai-lieu.pdf" không phải tệp JPEG, PNG hoặc WebP');
    const files = await readRepository(page);
    expect(Object.keys(files).filter((file) => file.includes('to-thu-nghiem'))).toEqual([]);
    await context.close();
  });
});
