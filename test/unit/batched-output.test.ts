/**
 * Astro's standard output in batches while it builds (src/integrations/batched-output.ts): every line
 * still arrives, in the order written, stderr included, whether the batching is stopped or the process
 * simply ends.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const moduleUrl = pathToFileURL(path.resolve('src/integrations/batched-output.ts')).href;

/** Runs `body` in a Node process with batchOutput() started, stdout and stderr on one pipe. */
function run(body: string): string {
  const script = `import { batchOutput } from ${JSON.stringify(moduleUrl)};\nconst stop = batchOutput();\n${body}`;
  const result = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx --input-type=module -e "$SCRIPT" 2>&1`], {
    env: { ...process.env, SCRIPT: script },
    encoding: 'utf8',
  });
  expect(result.status, result.stdout).toBe(0);
  return result.stdout;
}

describe('batched standard output', () => {
  it('keeps every line and the order of stdout and stderr when the process ends', () => {
    const output = run(`
      for (let i = 0; i < 2000; i++) process.stdout.write('trang ' + i + '\\n');
      console.error('cảnh báo');
      process.stdout.write('sau cảnh báo\\n');
    `);
    const lines = output.trimEnd().split('\n');
    expect(lines).toHaveLength(2002);
    expect(lines.slice(0, 2000)).toEqual(Array.from({ length: 2000 }, (_, i) => `trang ${i}`));
    expect(lines.slice(2000)).toEqual(['cảnh báo', 'sau cảnh báo']);
  });

  it('sends what is held when stopped, and writes directly afterwards', () => {
    const output = run(`
      process.stdout.write('một\\n');
      stop();
      process.stderr.write('hai\\n');
      process.stdout.write('ba\\n');
      setTimeout(() => process.stdout.write('bốn\\n'), 250);
    `);
    expect(output).toBe('một\nhai\nba\nbốn\n');
  });
});
