/**
 * A public-comment notice read on different days (Playwright's page clock): its status follows the
 * reader's own day in Viet Nam, counting working days with the holidays the build wrote into the page.
 * The demo build (built today, long after the window) is read as it would be during the window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser, servedOrigin } from '../helpers/served-site';

// Opened on Friday 30/08/2024, before Quốc khánh (02–03/09): 10 working days close on Monday 16/09/2024.
const NOTICE = '/lay-y-kien/lay-y-kien-de-nghi-chien-si-thi-dua-tinh/';

const site = { origin: servedOrigin('demo') };
let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function statusAt(instant: string): Promise<{ badge: string; detail: string; asOf: string }> {
  const context = await browser.newContext({ timezoneId: 'UTC' });
  const page: Page = await context.newPage();
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(site.origin + NOTICE);
  const status = await page.locator('.notice-status').evaluate((element) => ({
    badge: element.querySelector('.badge')!.textContent.trim(),
    detail: (element.querySelector('.detail') as HTMLElement).hidden
      ? ''
      : element.querySelector('.detail')!.textContent.trim(),
    asOf: element.querySelector('.as-of')!.textContent.trim(),
  }));
  await context.close();
  return status;
}

describe('a notice’s status on the reader’s day', () => {
  it('before it opens: upcoming, with its first day', async () => {
    expect(await statusAt('2024-08-29T09:00:00+07:00')).toEqual({
      badge: 'Sắp lấy ý kiến',
      detail: '— từ ngày 30/08/2024',
      asOf: 'Tình trạng tính đến ngày 29/08/2024.',
    });
  });

  it('during the Quốc khánh break: open, the holidays not counted', async () => {
    // 02/09 (holiday): working days left are 04–06/09 and 09–13/09 and 16/09 = 9.
    expect(await statusAt('2024-09-02T10:00:00+07:00')).toMatchObject({
      badge: 'Đang lấy ý kiến',
      detail: '— còn 9 ngày làm việc',
    });
  });

  it('on its last day it has 1 working day left, and from midnight in Viet Nam it has closed', async () => {
    expect(await statusAt('2024-09-16T23:30:00+07:00')).toMatchObject({
      badge: 'Đang lấy ý kiến',
      detail: '— còn 1 ngày làm việc',
    });
    expect(await statusAt('2024-09-17T00:30:00+07:00')).toEqual({
      badge: 'Đã hết hạn lấy ý kiến',
      detail: '',
      asOf: 'Tình trạng tính đến ngày 17/09/2024.',
    });
  });
});
