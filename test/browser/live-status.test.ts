/**
 * One production build, read on different days: the phase statuses and the home page's featured phase
 * and deadlines follow the reader's clock (Playwright's page clock), in Viet Nam's time zone; without
 * JavaScript the build-time status shows, with the day it was computed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedProductionSite } from '../helpers/served-site';
import { formatDateShort, todayInVietnam } from '../../src/lib/dates';

const PHASE_1 = '/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/';
const PHASE_2 = '/dot-thi-dua/dot-thi-dua-thu-hai-nam-2024/';

const session = useServedProductionSite();

/** Opens `route` with the clock fixed at `instant` (or the real clock), in a UTC browser unless told otherwise. */
async function open(route: string, instant?: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await session.browser.newContext({ timezoneId: 'UTC', ...options });
  const page = await context.newPage();
  if (instant) await page.clock.setFixedTime(new Date(instant));
  await page.goto(session.site.origin + route);
  return page;
}

/** What a reader sees of each visible phase status: badge, detail, whether the bar shows, the as-of line. */
async function statuses(page: Page) {
  return page.locator('.phase-status:visible').evaluateAll((elements) =>
    elements.map((element) => ({
      badge: element.querySelector('.badge')?.textContent?.trim(),
      detail: element.querySelector<HTMLElement>('.detail')?.hidden
        ? ''
        : element.querySelector('.detail')?.textContent?.trim(),
      bar: element.querySelector('progress') ? !(element.querySelector('progress') as HTMLElement).hidden : undefined,
      asOf: element.querySelector('.as-of')?.textContent?.trim(),
    })),
  );
}

async function close(page: Page) {
  await page.context().close();
}

describe('phase pages and the timeline follow the reader’s day', () => {
  it('on 15/03/2024 phase 1 is running and phase 2 upcoming', async () => {
    const first = await open(PHASE_1, '2024-03-15T09:00:00+07:00');
    expect(await statuses(first)).toEqual([
      { badge: 'Đang diễn ra', detail: 'còn 108 ngày', bar: true, asOf: 'Tình trạng tính đến ngày 15/03/2024.' },
    ]);
    expect(await first.locator('.phase-status progress').evaluate((bar: HTMLProgressElement) => bar.value)).toBe(41);
    await close(first);
    const second = await open(PHASE_2, '2024-03-15T09:00:00+07:00');
    expect(await statuses(second)).toEqual([
      {
        badge: 'Sắp diễn ra',
        detail: 'bắt đầu sau 108 ngày',
        bar: false,
        asOf: 'Tình trạng tính đến ngày 15/03/2024.',
      },
    ]);
    await close(second);
    const timeline = await open('/dot-thi-dua/', '2024-03-15T09:00:00+07:00');
    expect((await statuses(timeline)).map((status) => status.badge)).toEqual(['Đang diễn ra', 'Sắp diễn ra']);
    await close(timeline);
  });

  it('on 01/08/2024 phase 1 has ended and phase 2 is running', async () => {
    const timeline = await open('/dot-thi-dua/', '2024-08-01T09:00:00+07:00');
    expect(await statuses(timeline)).toEqual([
      { badge: 'Đã kết thúc', detail: '', bar: undefined, asOf: undefined },
      { badge: 'Đang diễn ra', detail: 'còn 153 ngày', bar: undefined, asOf: undefined },
    ]);
    await close(timeline);
    const second = await open(PHASE_2, '2024-08-01T09:00:00+07:00');
    expect((await statuses(second))[0]).toMatchObject({ badge: 'Đang diễn ra', bar: true });
    await close(second);
  });

  it('today both have ended', async () => {
    const timeline = await open('/dot-thi-dua/');
    expect((await statuses(timeline)).map((status) => status.badge)).toEqual(['Đã kết thúc', 'Đã kết thúc']);
    await close(timeline);
  });

  it('counts the day in Viet Nam, not in the reader’s time zone', async () => {
    // 30/06/2024 23:30 in Viet Nam is still 30/06 there, though 16:30 UTC; half an hour later it is 01/07.
    const lastDay = await open(PHASE_1, '2024-06-30T23:30:00+07:00');
    expect((await statuses(lastDay))[0]).toMatchObject({ badge: 'Đang diễn ra', detail: 'còn 1 ngày' });
    await close(lastDay);
    const nextDay = await open('/dot-thi-dua/', '2024-07-01T00:30:00+07:00');
    expect((await statuses(nextDay)).map((status) => status.badge)).toEqual(['Đã kết thúc', 'Đang diễn ra']);
    await close(nextDay);
  });

  it('without JavaScript shows the status of the build day, with that day', async () => {
    const page = await open(PHASE_1, '2024-03-15T09:00:00+07:00', { javaScriptEnabled: false });
    expect(await statuses(page)).toEqual([
      {
        badge: 'Đã kết thúc',
        detail: '',
        bar: false,
        asOf: `Tình trạng tính đến ngày ${formatDateShort(todayInVietnam())}.`,
      },
    ]);
    await close(page);
  });
});

describe('the home page leads with the reader’s phase and deadlines', () => {
  async function home(instant?: string) {
    const page = await open('/', instant);
    const panel = page.locator('[data-featured-phases]');
    const result = {
      heading: (await panel.locator('h2').textContent())?.trim(),
      phases: await panel.locator('article:visible h3').allTextContents(),
      badges: (await statuses(page)).map((status) => status.badge),
      noRunning: await panel.locator('.no-running').isVisible(),
      deadlines: (await page.locator('[data-deadlines] li:visible time').allTextContents()).map((text) => text.trim()),
      noUpcomingDeadline: await page.locator('.no-upcoming').isVisible(),
    };
    await close(page);
    return result;
  }

  it('on 15/01/2024: phase 1 running, the 10/02/2024 registration ahead', async () => {
    expect(await home('2024-01-15T09:00:00+07:00')).toEqual({
      heading: 'Đợt thi đua đang diễn ra',
      phases: ['Đợt thi đua thứ nhất năm 2024'],
      badges: ['Đang diễn ra'],
      noRunning: false,
      deadlines: ['10/02/2024'],
      noUpcomingDeadline: false,
    });
  });

  it('on 01/08/2024: phase 2 running, no deadline ahead, the last one shown', async () => {
    expect(await home('2024-08-01T09:00:00+07:00')).toEqual({
      heading: 'Đợt thi đua đang diễn ra',
      phases: ['Đợt thi đua thứ hai năm 2024'],
      badges: ['Đang diễn ra'],
      noRunning: false,
      deadlines: ['10/02/2024'],
      noUpcomingDeadline: true,
    });
  });

  it('before the first phase: the next one, and no phase running', async () => {
    expect(await home('2023-12-20T09:00:00+07:00')).toMatchObject({
      heading: 'Đợt thi đua sắp tới',
      phases: ['Đợt thi đua thứ nhất năm 2024'],
      badges: ['Sắp diễn ra'],
      noRunning: true,
    });
  });

  it('today: the phase that ended last', async () => {
    expect(await home()).toMatchObject({
      heading: 'Đợt thi đua gần nhất',
      phases: ['Đợt thi đua thứ hai năm 2024'],
      badges: ['Đã kết thúc'],
      noRunning: true,
    });
  });
});
