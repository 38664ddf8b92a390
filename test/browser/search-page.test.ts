/**
 * The search page in real Chromium behind real nginx, on the demo build (which has profiles, so every
 * filter has choices): typing, filtering, opening a result, the address and the back button, the
 * keyboard alone, axe, a 320 px screen, and the production Content-Security-Policy (deploy/nginx.conf).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../../scripts/lib/axe';
import { readPage } from '../helpers/html';
import { connectBrowser, servedOrigin } from '../helpers/served-site';

const demo = { origin: servedOrigin('demo') };
const production = { origin: servedOrigin('production') };
let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(options: { width?: number; csp?: string } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
  if (options.csp) {
    const csp = options.csp;
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
  }
  return page;
}

const resultTitles = (page: Page) => page.locator('.result-title').allInnerTexts();

async function waitForStatus(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-status]')?.textContent ?? ''),
    pattern.source,
  );
}

describe('searching', () => {
  it('types a query, shows results, applies a filter and opens a result', async () => {
    const page = await openPage();
    await page.goto(`${demo.origin}/tim-kiem/`);
    await page.getByLabel('Tìm kiếm trên trang').pressSequentially('dot thi dua');
    await waitForStatus(page, /^Tìm thấy \d+ kết quả cho “dot thi dua”/);
    expect(new URL(page.url()).search).toBe('?q=dot+thi+dua');
    expect((await resultTitles(page))[0]).toMatch(/^Đợt thi đua thứ (nhất|hai) năm 2024$/);
    // Words found through their unaccented forms are marked too, in proper Vietnamese.
    expect(await page.locator('.result').first().locator('.result-title mark').allInnerTexts()).toEqual([
      'Đợt',
      'thi',
      'đua',
    ]);
    expect(await page.locator('.result').first().locator('.result-meta').innerText()).toBe(
      'Đợt thi đua · Từ 01/07/2024 đến 31/12/2024',
    );
    // Beside each choice, how many of these results it keeps.
    expect(await page.locator('#loc-loai option[value="Đợt thi đua"]').textContent()).toBe('Đợt thi đua (2)');
    expect(await page.locator('#loc-nam option[value="2024"]').textContent()).toMatch(/^2024 \([1-9]\d*\)$/);

    await page.getByLabel('Loại nội dung').selectOption('Điển hình tiên tiến');
    await waitForStatus(page, /với bộ lọc đã chọn/);
    expect(new URL(page.url()).searchParams.get('loai')).toBe('Điển hình tiên tiến');
    const kinds = await page.locator('.result-kind').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Điển hình tiên tiến']));
    expect(await resultTitles(page)).toContain('Trần Thị Mai Anh (Hồ sơ minh họa)');

    await page.getByRole('link', { name: 'Trần Thị Mai Anh (Hồ sơ minh họa)' }).click();
    await page.waitForURL(/\/dien-hinh-tien-tien\/tran-thi-mai-anh\/$/);
    expect(await page.locator('h1').innerText()).toBe('Trần Thị Mai Anh');

    // Back on the search page, the search is as it was left.
    await page.goBack();
    await waitForStatus(page, /^Tìm thấy \d+ kết quả cho “dot thi dua” với bộ lọc đã chọn/);
    expect(await page.getByLabel('Tìm kiếm trên trang').inputValue()).toBe('dot thi dua');
    expect(await page.getByLabel('Loại nội dung').inputValue()).toBe('Điển hình tiên tiến');
    await page.close();
  });

  it('keeps each submitted search in the history, so the back button returns to the previous one', async () => {
    const page = await openPage();
    await page.goto(`${demo.origin}/tim-kiem/?q=khen+th%C6%B0%E1%BB%9Fng`);
    await waitForStatus(page, /cho “khen thưởng”/);
    const input = page.getByLabel('Tìm kiếm trên trang');
    await input.fill('Điện Biên Phủ');
    await input.press('Enter');
    await waitForStatus(page, /cho “Điện Biên Phủ”/);
    expect((await resultTitles(page))[0]).toBe('Đợt thi đua thứ nhất năm 2024');
    await page.goBack();
    await waitForStatus(page, /cho “khen thưởng”/);
    expect(await input.inputValue()).toBe('khen thưởng');
    await page.goForward();
    await waitForStatus(page, /cho “Điện Biên Phủ”/);
    await page.close();
  });

  it('shows first, for two syllables typed without marks, a page where they stand together as the word', async () => {
    const page = await openPage();
    await page.goto(`${production.origin}/tim-kiem/?q=don+vi`);
    await waitForStatus(page, /^Tìm thấy \d+ kết quả cho “don vi”/);
    // The plans that say "đơn vị" dozens of times, not the short movements with "vì", "viên", "Việt".
    expect((await resultTitles(page))[0]).toBe('Triển khai công tác thi đua, khen thưởng năm 2024');
    expect(await page.locator('.result').first().locator('.result-excerpt').innerText()).toMatch(/đơn vị/i);
    await page.close();
  });

  it('opens a shared address with its query, filters and sort order', async () => {
    const page = await openPage();
    await page.goto(`${demo.origin}/tim-kiem/?q=thi+%C4%91ua&loai=%C4%90%E1%BB%A3t+thi+%C4%91ua&sap-xep=cu-nhat`);
    await waitForStatus(page, /^Tìm thấy 2 kết quả/);
    expect(await resultTitles(page)).toEqual(['Đợt thi đua thứ nhất năm 2024', 'Đợt thi đua thứ hai năm 2024']);
    expect(await page.getByLabel('Sắp xếp').inputValue()).toBe('cu-nhat');
    await page.close();
  });

  it('says clearly when nothing is found, with suggestions and a way to drop the filters', async () => {
    const page = await openPage();
    await page.goto(`${demo.origin}/tim-kiem/?q=hoang+minh+duc&loai=K%E1%BA%BF+ho%E1%BA%A1ch`);
    await waitForStatus(page, /^Không tìm thấy kết quả nào cho “hoang minh duc” với bộ lọc đã chọn/);
    const noResults = page.locator('[data-no-results]');
    expect(await noResults.isVisible()).toBe(true);
    expect(await noResults.innerText()).toContain('Bạn có thể thử');
    await noResults.getByRole('button', { name: 'bỏ bộ lọc đang chọn' }).click();
    await waitForStatus(page, /^Tìm thấy 1 kết quả cho “hoang minh duc”\.$/);
    expect(await resultTitles(page)).toEqual(['Hoàng Minh Đức (Hồ sơ minh họa)']);
    expect(new URL(page.url()).search).toBe('?q=hoang+minh+duc');
    await page.close();
  });

  it('is reached from the search box in the header of any page, which is a plain form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${production.origin}/ke-hoach/`);
    await page.locator('#header-search-q').fill('dien bien phu');
    await page.locator('#header-search-q').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=dien\+bien\+phu$/);
    await context.close();

    const withScript = await openPage();
    await withScript.goto(`${production.origin}/tim-kiem/?q=dien+bien+phu`);
    await waitForStatus(withScript, /^Tìm thấy \d+ kết quả/);
    expect((await resultTitles(withScript))[0]).toBe('Đợt thi đua thứ nhất năm 2024');
    await withScript.close();
  });
});

describe('keyboard only', () => {
  it('searches, filters and opens a result without a mouse', async () => {
    const page = await openPage();
    await page.goto(`${demo.origin}/tim-kiem/`);
    const focused = () =>
      page.evaluate(
        () => document.activeElement?.getAttribute('id') ?? document.activeElement?.textContent?.trim() ?? '',
      );
    let steps = 0;
    while ((await focused()) !== 'tim-kiem-q' && steps++ < 20) await page.keyboard.press('Tab');
    expect(await focused()).toBe('tim-kiem-q');
    await page.keyboard.type('tu van luu dong');
    await page.keyboard.press('Enter');
    await waitForStatus(page, /cho “tu van luu dong”/);

    // The filters follow the search box; a closed select changes with the arrow keys.
    await page.keyboard.press('Tab'); // the button
    await page.keyboard.press('Tab'); // the filters' summary
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('loc-loai');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await waitForStatus(page, /với bộ lọc đã chọn/);
    expect(await page.getByLabel('Loại nội dung').inputValue()).toBe('Điển hình tiên tiến');

    steps = 0;
    while (!(await page.evaluate(() => document.activeElement?.closest('.result') !== null)) && steps++ < 20)
      await page.keyboard.press('Tab');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(target).toMatch(/\/dien-hinh-tien-tien\/to-tu-van-luu-dong\/$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    await page.close();
  });

  it('shows more results with a button that moves focus to the first new one', async () => {
    const page = await openPage();
    await page.goto(`${demo.origin}/tim-kiem/?nam=2024`);
    await waitForStatus(page, /Đang hiện 10 trên \d+ kết quả/);
    expect(await page.locator('.result').count()).toBe(10);
    await page.getByRole('button', { name: 'Xem thêm kết quả' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.result').length > 10);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.result')].indexOf(document.activeElement!.closest('.result')!),
      ),
    ).toBe(10);
    await page.close();
  });
});

describe('accessibility and small screens', () => {
  it.each([
    ['before a search', '/tim-kiem/'],
    ['with results and filters', '/tim-kiem/?q=thi+dua&nam=2024'],
    ['with no results', '/tim-kiem/?q=khongcogi'],
  ])('has no WCAG 2.1 A/AA violations found by axe %s', async (_, address) => {
    const page = await openPage();
    await page.goto(demo.origin + address);
    if (address.includes('?')) await waitForStatus(page, /^(Tìm thấy|Không tìm thấy)/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a 320 px screen with the filters open and results shown', async () => {
    const page = await openPage({ width: 320 });
    await page.goto(
      `${demo.origin}/tim-kiem/?q=th%C3%A0nh+t%C3%ADch+ti%C3%AAu+bi%E1%BB%83u&loai=%C4%90i%E1%BB%83n+h%C3%ACnh+ti%C3%AAn+ti%E1%BA%BFn`,
    );
    await waitForStatus(page, /^(Tìm thấy|Không tìm thấy)/);
    expect(await page.locator('details.filters').getAttribute('open')).not.toBeNull();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('layout', () => {
  it('moves nothing on a phone screen when the results arrive (layout shift under 0.1, "good")', async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await page.addInitScript(() => {
      (window as unknown as { layoutShift: number }).layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { layoutShift: number }).layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${demo.origin}/tim-kiem/?q=khen+th%C6%B0%E1%BB%9Fng`);
    await waitForStatus(page, /^Tìm thấy \d+ kết quả/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.1);
    await page.close();
  });
});

describe('scripts', () => {
  it('run under the production Content-Security-Policy (no unsafe-inline); Pagefind needs its wasm-unsafe-eval', async () => {
    // Every test of this file runs behind deploy/nginx.conf and its headers; here, explicitly.
    const allowed = await openPage();
    const errors: string[] = [];
    allowed.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const response = await allowed.goto(`${demo.origin}/tim-kiem/?q=dot+thi+dua`);
    const csp = (await response!.allHeaders())['content-security-policy'];
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).not.toContain('unsafe-inline');
    await waitForStatus(allowed, /^Tìm thấy 9 kết quả/);
    expect(errors).toEqual([]);
    await allowed.close();

    const strict = await openPage({ csp: "script-src 'self'" });
    await strict.goto(`${demo.origin}/tim-kiem/?q=dot+thi+dua`);
    await waitForStatus(strict, /^Chưa tải được công cụ tìm kiếm/);
    // A request still being rewritten (the favicon) must not outlive the page.
    await strict.unrouteAll({ behavior: 'ignoreErrors' });
    await strict.close();
  });

  it('are not loaded by other pages, and the search page fetches Pagefind only to search', async () => {
    // Other pages may run their own small scripts (live phase status, print); never the search code.
    const searchScript = readPage(inject('demoSite'), '/tim-kiem/').querySelector('script[src]')!.getAttribute('src')!;
    for (const address of [
      '/',
      '/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/',
      '/dien-hinh-tien-tien/tran-thi-mai-anh/',
    ]) {
      const page = await openPage();
      const searchRequests: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname === searchScript || url.pathname.startsWith('/pagefind/')) searchRequests.push(url.pathname);
      });
      await page.goto(demo.origin + address, { waitUntil: 'networkidle' });
      expect(searchRequests, address).toEqual([]);
      await page.close();
    }
    const page = await openPage();
    const pagefind: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefind.push(request.url());
    });
    await page.goto(`${demo.origin}/tim-kiem/`, { waitUntil: 'networkidle' });
    expect(pagefind).toEqual([]);
    await page.getByLabel('Tìm kiếm trên trang').fill('khen thưởng');
    await waitForStatus(page, /^Tìm thấy/);
    expect(pagefind.length).toBeGreaterThan(0);
    await page.close();
  });
});
