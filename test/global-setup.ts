/**
 * What the test files share, made once per run: the sites they read, built once each (the production
 * site from `content/`, the demo site with the illustrative profiles, and a copy of the content with
 * drafts and embargoed entries), each served by one real nginx, and one Chromium that every browser
 * test connects to. Each file used to build or serve its own copy of the same site.
 */
import type { BrowserServer } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_FLAGS } from '../scripts/lib/browser';
import { serveWithNginx, type RunningSite } from '../scripts/lib/nginx-server';
import { chromiumPath } from '../scripts/lib/system-tools';
import { buildSite } from './helpers/build';
import { writeUnpublishedContent } from './helpers/unpublished-content';

declare module 'vitest' {
  export interface ProvidedContext {
    productionSite: string;
    demoSite: string;
    /** A production build of `content/` plus drafts, embargoed entries and public controls. */
    unpublishedSite: string;
    /** The content folder `unpublishedSite` was built from (for `npm run dev` on it). */
    unpublishedContent: string;
    /** Where nginx (deploy/nginx.conf) serves each built site. */
    productionOrigin: string;
    demoOrigin: string;
    unpublishedOrigin: string;
    /** The shared Chromium's address, for `chromium.connect`. */
    browserEndpoint: string;
  }
}

const running: { stop: () => Promise<void> }[] = [];

async function build(name: string, env: Record<string, string> = {}): Promise<string> {
  const result = await buildSite(name, { env });
  if (!result.ok) throw new Error(`The ${name} build failed:\n${result.output}`);
  return result.outDir;
}

async function serve(dir: string): Promise<string> {
  const site: RunningSite = await serveWithNginx(dir);
  running.push(site);
  return site.origin;
}

export async function setup(project: TestProject) {
  // Sequential: two builds at once would only compete for the same two cores.
  const production = await build('production');
  const demo = await build('demo', { TDKT_DEMO: '1' });
  const unpublishedContent = writeUnpublishedContent();
  const unpublished = await build('unpublished', { TDKT_CONTENT_DIR: unpublishedContent });
  const browser: BrowserServer = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  running.push({ stop: () => browser.close() });
  project.provide('productionSite', production);
  project.provide('demoSite', demo);
  project.provide('unpublishedSite', unpublished);
  project.provide('unpublishedContent', unpublishedContent);
  project.provide('productionOrigin', await serve(production));
  project.provide('demoOrigin', await serve(demo));
  project.provide('unpublishedOrigin', await serve(unpublished));
  project.provide('browserEndpoint', browser.wsEndpoint());
}

export async function teardown() {
  await Promise.all(running.map((thing) => thing.stop()));
}
