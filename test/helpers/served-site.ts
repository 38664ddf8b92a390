/**
 * The sites and the Chromium that test/global-setup.ts started once for the whole run: a file
 * connects to the browser and reads the served sites' addresses, instead of starting its own.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

export type SharedSite = 'production' | 'demo' | 'unpublished';

/** Where nginx serves a built site of the run, with the production configuration. */
export function servedOrigin(site: SharedSite): string {
  return inject(`${site}Origin`);
}

/** A connection to the run's Chromium; close it when done (the browser itself stays up). */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

export interface BrowserSession {
  site: { origin: string };
  browser: Browser;
}

/** The production site and a browser connection, for the tests of one file. */
export function useServedProductionSite(): BrowserSession {
  const session = { site: { origin: servedOrigin('production') } } as BrowserSession;
  beforeAll(async () => {
    session.browser = await connectBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
