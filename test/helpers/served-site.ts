/**
 * A test file's browser session: the production build served by real nginx and one Chromium, started
 * before the file's tests and stopped after them. Read `session.site` and `session.browser` inside tests.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveWithNginx, type RunningSite } from '../../scripts/lib/nginx-server';

export interface BrowserSession {
  site: RunningSite;
  browser: Browser;
}

export function useServedProductionSite(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.site = await serveWithNginx(inject('productionSite'));
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.stop();
  });
  return session;
}
