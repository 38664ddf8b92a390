/**
 * Debian's Chromium driven by playwright-core, started the way this machine needs: headless, no
 * sandbox as root, and without the background networking that a closed network refuses.
 */
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './system-tools';

/** Chromium's flags for this machine; Lighthouse's Chrome (scripts/lighthouse.ts) gets them too. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}
