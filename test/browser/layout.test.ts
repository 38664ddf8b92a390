/**
 * The production build in real Chromium behind real nginx: pages fit a 320 px phone without
 * scrolling sideways, and the navigation menu opens without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/lib/axe';
import { useServedProductionSite } from '../helpers/served-site';

const ROUTES = [
  '/',
  '/ke-hoach/',
  '/ke-hoach/thuc-hien-cac-phong-trao-thi-dua-nam-2024/',
  '/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/',
  '/dot-thi-dua/',
  '/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/',
  '/phong-trao/',
  '/dien-hinh-tien-tien/',
  '/gioi-thieu/',
];

const session = useServedProductionSite();

describe('at 320 px wide', () => {
  it.each(ROUTES)('%s does not scroll sideways', async (route) => {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
    const response = await page.goto(session.site.origin + route);
    expect(response?.status()).toBe(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('opens the navigation menu without JavaScript', async () => {
    const context = await session.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.site.origin + '/');
    const menuLink = page.locator('.nav-narrow a[href="/ke-hoach/"]');
    await expect(menuLink.isVisible()).resolves.toBe(false);
    await page.locator('.nav-narrow summary').click();
    await expect(menuLink.isVisible()).resolves.toBe(true);
    await menuLink.click();
    await page.waitForURL(/\/ke-hoach\/$/);
    await context.close();
  });
});

describe('nginx', () => {
  it('answers an unknown address with the Vietnamese 404 page and status 404', async () => {
    const response = await fetch(`${session.site.origin}/khong-co-trang-nay/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy trang');
  });
});

describe('accessibility', () => {
  it.each(ROUTES)('%s has no WCAG 2.1 A/AA violations found by axe', async (route) => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.site.origin + route);
    const violations = await axeViolations(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});
