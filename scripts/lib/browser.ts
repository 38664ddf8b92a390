/**
 * Debian's Chromium driven by playwright-core, started the way this machine needs: headless, no
 * sandbox as root, and without the background networking that a closed network refuses.
 */
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './system-tools';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
