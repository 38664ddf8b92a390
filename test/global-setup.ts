/**
 * Builds the sites the tests read, once per run: the production site from `content/` (what
 * `npm run build` publishes) and the demo site with the illustrative profiles.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    productionSite: string;
    demoSite: string;
  }
}

export async function setup(project: TestProject) {
  // Sequential: two builds at once would only compete for the same two cores.
  const production = await buildSite('production');
  if (!production.ok) throw new Error(`Production build failed:\n${production.output}`);
  const demo = await buildSite('demo', { env: { TDKT_DEMO: '1' } });
  if (!demo.ok) throw new Error(`Demo build failed:\n${demo.output}`);
  project.provide('productionSite', production.outDir);
  project.provide('demoSite', demo.outDir);
}
