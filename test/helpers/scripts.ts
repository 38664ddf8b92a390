/** Runs the project's own command-line scripts (`npm run check:content`, `npm run new`) as editors do. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { TSX } from './build';

export interface ScriptResult {
  code: number | null;
  /** stdout and stderr together. */
  output: string;
}

/** `tsx scripts/<script> ...args` with extra environment (TDKT_CONTENT_DIR, TDKT_TODAY). */
export function runScript(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, path.resolve('scripts', script), ...args], {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
