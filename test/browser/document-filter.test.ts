/**
 * /van-ban/ in Chromium: with JavaScript its filters narrow the list and keep the choice in the
 * address (the search page's own names, ?loai=…&nam=…); without, the whole list shows and no form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, servedOrigin } from '../helpers/served-site';

const site = { origin: servedOrigin('demo') };
let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const visibleTitles = (page: import('playwright-core').Page) =>
  page.locator('table.documents tbody tr:visible th a').allTextContents();

describe('the document list', () => {
  it('filters by kind and by issuer, saying how many it shows, and keeps the choice in the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/van-ban/`);
    expect(await visibleTitles(page)).toHaveLength(4);
    await page.getByLabel('Loại văn bản').selectOption('Quyết định khen thưởng');
    expect(await visibleTitles(page)).toEqual([
      'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2024',
      'Về việc công nhận danh hiệu thi đua năm 2024',
    ]);
    expect(await page.locator('.document-filter .shown').textContent()).toBe('Đang hiện 2 trên 4 văn bản.');
    await page.getByLabel('Cơ quan ban hành').selectOption('Trung tâm Dịch vụ việc làm');
    expect(await visibleTitles(page)).toEqual(['Về việc công nhận danh hiệu thi đua năm 2024']);
    expect(new URL(page.url()).searchParams.get('loai')).toBe('Quyết định khen thưởng');
    // Opened from that address, the same choice applies.
    await page.goto(page.url());
    expect(await visibleTitles(page)).toEqual(['Về việc công nhận danh hiệu thi đua năm 2024']);
    await page.close();
  });

  it('shows every document, and no form, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/van-ban/`);
    expect(await visibleTitles(page)).toHaveLength(4);
    expect(await page.locator('.document-filter').isVisible()).toBe(false);
    await context.close();
  });
});
