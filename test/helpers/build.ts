/**
 * Runs the real `npm run build` (scripts/build.ts: `astro build` into a staging folder, put in place
 * only on success) in a child process, into its own output and cache folders.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

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

export function buildSite(name: string, options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = path.join(TEST_ROOT, name, 'dist');
  if (!options.keepOutDir) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, path.resolve('scripts/build.ts'), '--outDir', outDir], {
      env: {
        ...process.env,
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
