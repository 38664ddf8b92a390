/**
 * The site with a keyboard alone, in real Chromium behind real nginx (demo build: every kind of
 * page): the skip link, a visible focus on every stop of the Tab order of one page of each kind, the
 * narrow screens' menu (a <details> disclosure, also without JavaScript) and the header's search.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser, servedOrigin } from '../helpers/served-site';
import { sitemapRoutes } from '../helpers/sitemap';

const site = { origin: servedOrigin('demo') };
let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** One page of each kind in the sitemap: the first address of each section at each depth. */
function onePageOfEachKind(routes: string[]): string[] {
  const kinds = new Map<string, string>();
  for (const route of routes) {
    const segments = route.split('/').filter(Boolean);
    const kind = `${segments[0] ?? ''}/${segments.length}`;
    if (!kinds.has(kind)) kinds.set(kind, route);
  }
  return [...kinds.values()];
}

async function open(route: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(site.origin + route);
  return page;
}

/** What a sighted keyboard user sees of the focused element. */
interface FocusStop {
  element: string;
  /** How focus is drawn: 'outline', 'box-shadow' or 'none'. */
  indicator: string;
  /** Contrast of the outline against the colour behind it (WCAG 1.4.11 asks 3:1 of such indicators). */
  contrast: number;
  /** On screen, with a size, so the indicator can be seen. */
  onScreen: boolean;
}

/** Describes the focused element, or returns null when focus is back on the page itself. */
function focusStop(): FocusStop | null {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const rgba = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const channel = (value: number) => ((value /= 255) <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  };
  const style = getComputedStyle(element);
  const outlined =
    style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && (rgba(style.outlineColor)[3] ?? 1) > 0;
  const indicator = outlined ? 'outline' : style.boxShadow !== 'none' ? 'box-shadow' : 'none';
  // The outline is drawn over the element itself when its offset is negative, around it otherwise.
  let behind: Element | null = parseFloat(style.outlineOffset) < 0 ? element : element.parentElement;
  let background = [255, 255, 255];
  for (; behind; behind = behind.parentElement) {
    const color = rgba(getComputedStyle(behind).backgroundColor);
    if ((color[3] ?? 1) > 0) {
      background = color;
      break;
    }
  }
  const [lighter, darker] = [luminance(rgba(style.outlineColor)), luminance(background)].sort((a, b) => b - a);
  const rect = element.getBoundingClientRect();
  const label = element.id ? `#${element.id}` : (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return {
    element: `${element.tagName.toLowerCase()} ${label}`,
    indicator,
    contrast: outlined ? Math.round(((lighter! + 0.05) / (darker! + 0.05)) * 10) / 10 : 0,
    onScreen:
      rect.width > 0 &&
      rect.height > 0 &&
      rect.bottom > 0 &&
      rect.top < innerHeight &&
      rect.right > 0 &&
      rect.left < innerWidth,
  };
}

/** Presses Tab from the top of the page until focus leaves the page or comes round again. */
async function tabThrough(page: Page): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let presses = 0; presses < 300; presses++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(focusStop);
    if (!stop || stop.element === stops[0]?.element) return stops;
    stops.push(stop);
  }
  throw new Error('more than 300 Tab stops');
}

const focusedElement = (page: Page) =>
  page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase());

/** The stops a keyboard user could lose track of. */
const unseen = (stops: FocusStop[]) =>
  stops.filter(
    (stop) => stop.indicator === 'none' || !stop.onScreen || (stop.indicator === 'outline' && stop.contrast < 3),
  );

describe('focus is always visible', () => {
  const routes = onePageOfEachKind(sitemapRoutes(inject('demoSite')));

  it.each(routes)('on every Tab stop of %s', async (route) => {
    const page = await open(route);
    const stops = await tabThrough(page);
    await page.close();
    expect(stops.length).toBeGreaterThan(5);
    expect(unseen(stops)).toEqual([]);
  });

  it('is a check that fails when a style hides the focus of links or dims it', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(site.origin + '/gioi-thieu/');
    await page.addStyleTag({
      content:
        'main a:focus-visible { outline: none !important; } .nav-bar a:focus-visible { outline-color: #c45e00 !important; }',
    });
    const found = unseen(await tabThrough(page));
    await context.close();
    expect(found.some((stop) => stop.indicator === 'none')).toBe(true);
    expect(found.some((stop) => stop.element === 'a Kế hoạch' && stop.contrast < 3)).toBe(true);
  });

  it('covers one page of each kind', () => {
    expect(routes).toEqual(
      expect.arrayContaining(['/', '/ke-hoach/', '/dien-hinh-tien-tien/', '/tim-kiem/', '/gioi-thieu/']),
    );
    expect(routes.some((route) => route.startsWith('/ke-hoach/') && route !== '/ke-hoach/')).toBe(true);
    expect(routes.some((route) => route.startsWith('/dien-hinh-tien-tien/') && route !== '/dien-hinh-tien-tien/')).toBe(
      true,
    );
  });
});

describe('the skip link', () => {
  it.each(['/', '/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/'])(
    'is the first stop on %s, shows when focused and moves focus to the content',
    async (route) => {
      const page = await open(route);
      await page.keyboard.press('Tab');
      const skipLink = page.locator('.skip-link');
      expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
      const box = await skipLink.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      expect(await focusedElement(page)).toBe('noi-dung');
      // The next Tab continues inside the content, past the header and its navigation.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('noi-dung');
      await page.close();
    },
  );
});

describe('on a narrow screen, the menu', () => {
  it('opens, is followed and closes with the keyboard', async () => {
    const page = await open('/', 320);
    let presses = 0;
    while ((await page.evaluate(() => document.activeElement?.tagName)) !== 'SUMMARY' && presses++ < 20)
      await page.keyboard.press('Tab');
    const menu = page.locator('.nav-narrow');
    expect(await menu.getAttribute('open')).toBeNull();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('open')).toBe('');
    await page.keyboard.press('Space');
    expect(await menu.getAttribute('open')).toBeNull();
    await page.keyboard.press('Space');
    const stops = [await page.evaluate(focusStop)];
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/ke-hoach/');
    stops.push(await page.evaluate(focusStop));
    expect(unseen(stops as FocusStop[])).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ke-hoach\/$/);
    await page.close();
  });

  it('opens without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.origin + '/');
    const menuLink = page.locator('.nav-narrow a[href="/ke-hoach/"]');
    expect(await menuLink.isVisible()).toBe(false);
    await page.locator('.nav-narrow summary').click();
    expect(await menuLink.isVisible()).toBe(true);
    await menuLink.click();
    await page.waitForURL(/\/ke-hoach\/$/);
    await context.close();
  });
});

describe('the search box of the header', () => {
  it('searches from any page with the keyboard, and the results are reached with Tab', async () => {
    const page = await open('/phong-trao/');
    let presses = 0;
    while ((await focusedElement(page)) !== 'header-search-q' && presses++ < 20) await page.keyboard.press('Tab');
    await page.keyboard.type('dien bien phu');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=dien\+bien\+phu$/);
    await page.waitForFunction(() => document.querySelector('.result a'));
    presses = 0;
    while (!(await page.evaluate(() => document.activeElement?.closest('.result') !== null)) && presses++ < 30)
      await page.keyboard.press('Tab');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(target).toBe('/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/');
    await page.keyboard.press('Enter');
    await page.waitForURL(site.origin + target);
    await page.close();
  });
});
