/**
 * Runs the real `npm run build` (scripts/build.ts: `astro build` into a staging folder, put in place
 * only on success) in a child process, into its own output and cache folders.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildArguments } from '../../scripts/lib/build-command';

export const TEST_ROOT = path.resolve('.cache/test');
/** tsx's command line, run with the Node that runs the tests (24, from the `node` devDependency). */
export const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, as an editor would see them in the terminal. */
  output: string;
  outDir: string;
}

export interface BuildOptions {
  /** Extra environment: TDKT_CONTENT_DIR, TDKT_DEMO, TDKT_TODAY. */
  env?: Record<string, string>;
  /** Keep an existing output folder (to test that a failed build leaves it alone). */
  keepOutDir?: boolean;
}

/**
 * The environment of the test process without what Vitest adds to it: its workers carry Vite's
 * DEV=1, MODE=test and NODE_ENV=test, which would reach the build's import.meta.env and make it show
 * drafts and embargoed entries as `npm run dev` does.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV']) delete env[name];
  return env;
}

export function buildSite(name: string, options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = path.join(TEST_ROOT, name, 'dist');
  // No folder is made here: the build must make its own parents (on a fresh clone, .cache/ is missing).
  if (!options.keepOutDir) rmSync(outDir, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, buildArguments(process.cwd(), '--outDir', outDir), {
      env: {
        ...buildEnvironment(),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        TDKT_CACHE_DIR: path.join(TEST_ROOT, name, 'cache'),
        ...options.env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, output, outDir }));
  });
}
