/**
 * What a visitor meets on one page, read in real Chromium: the answer's status, console errors,
 * requests that failed, axe's WCAG 2.1 A/AA violations, and whether the page scrolls sideways on a
 * 320 px phone or at 200 % zoom. One tab is reused page after page.
 */
import type { CDPSession, Page, Request } from 'playwright-core';
import { axeViolations, type AxeViolation } from '../../scripts/lib/axe';

export interface PageReport {
  route: string;
  status: number | undefined;
  consoleErrors: string[];
  failedRequests: string[];
  violations: AxeViolation[];
  /** CSS pixels the page is wider than a 320 px screen (0 when it fits). */
  overflowAt320: number;
  /** The same, at 200 % zoom of a 1280 × 900 window. */
  overflowAtZoom200: number;
}

/** The report's findings a test must see empty, so a failure names every problem at once. */
export function problems(report: PageReport): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  if (report.status !== 200) found['status'] = report.status;
  if (report.consoleErrors.length) found['consoleErrors'] = report.consoleErrors;
  if (report.failedRequests.length) found['failedRequests'] = report.failedRequests;
  if (report.violations.length) found['violations'] = report.violations;
  if (report.overflowAt320 > 0) found['overflowAt320'] = report.overflowAt320;
  if (report.overflowAtZoom200 > 0) found['overflowAtZoom200'] = report.overflowAtZoom200;
  return found;
}

const DESKTOP = { width: 1280, height: 900 };

export interface Visitor {
  visit: (route: string) => Promise<PageReport>;
}

/**
 * A visitor on `origin` using `page`. Browser zoom is emulated as Chromium zooms: at 200 % a
 * 1280 × 900 window lays pages out in 640 × 450 CSS pixels, each drawn with two device pixels.
 */
export async function createVisitor(page: Page, origin: string): Promise<Visitor> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let consoleErrors: string[] = [];
  let failedRequests: string[] = [];
  // Requests still under way: a visit ends when they are done, so none is cut off by the next one.
  const inFlight = new Set<Request>();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  // The page's own status is the report's `status`; its failure is not repeated as a failed
  // request or as Chromium's console line about it.
  const isThePage = (url: string) => url === page.url();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (isThePage(message.location().url) && message.text().startsWith('Failed to load resource')) return;
    consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('requestfailed', (request) => {
    inFlight.delete(request);
    const error = request.failure()?.errorText;
    // Cancelled by the browser itself, not refused: a picture whose srcset candidate changed with
    // the window's size or density, or one the page was still loading when the visit moved on.
    if (error === 'net::ERR_ABORTED') return;
    failedRequests.push(`${request.url()}: ${error}`);
  });
  page.on('response', (response) => {
    if (
      response.status() >= 400 &&
      !(response.request().isNavigationRequest() && response.frame() === page.mainFrame())
    )
      failedRequests.push(`${response.url()}: ${response.status()}`);
  });

  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  /** Waits until the page has no request under way (pictures that a narrower layout brought into view). */
  async function settle(): Promise<void> {
    // Two frames: lazy pictures that a new layout brings into view are requested by then.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    for (let waited = 0; inFlight.size > 0; waited += 20) {
      if (waited > 5000) {
        failedRequests.push(...[...inFlight].map((request) => `${request.url()}: still loading after 5 s`));
        inFlight.clear();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  return {
    async visit(route) {
      // Back to a desktop window before leaving the previous page (which may then ask for other
      // pictures, cancelled by leaving it: not counted, see requestfailed).
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await page.setViewportSize(DESKTOP);
      consoleErrors = [];
      failedRequests = [];
      const response = await page.goto(origin + route, { waitUntil: 'load' });
      const violations = await axeViolations(page);
      // Each step waits for the pictures under way (a narrower or denser layout asks for other
      // srcset candidates), so that a failure is reported with the page that asked for it.
      await settle();

      await page.setViewportSize({ width: 320, height: 640 });
      const overflowAt320 = await overflow();
      await settle();

      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: DESKTOP.width / 2,
        height: DESKTOP.height / 2,
        deviceScaleFactor: 2,
        mobile: false,
      });
      const zoom = await page.evaluate(() => ({ width: window.innerWidth, ratio: window.devicePixelRatio }));
      if (zoom.width !== 640 || zoom.ratio !== 2) throw new Error(`zoom emulation failed: ${JSON.stringify(zoom)}`);
      const overflowAtZoom200 = await overflow();
      await settle();

      return {
        route,
        status: response?.status(),
        consoleErrors,
        failedRequests,
        violations,
        overflowAt320,
        overflowAtZoom200,
      };
    },
  };
}
