/**
 * The lint step of `npm test` (`npm run lint`: Prettier, then ESLint with typed rules) fails on the
 * defects it is there for. Each check runs the real tool on a file planted in the tree for the test,
 * beside a corrected twin that passes, so neither a rule switched off nor a tool that never fails
 * goes unnoticed.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface ToolResult {
  code: number | null;
  output: string;
}

function runTool(bin: string, args: string[]): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('node_modules', bin), ...args], {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const ESLINT = 'eslint/bin/eslint.js';
const PRETTIER = 'prettier/bin/prettier.cjs';

// Inside the tree (the typed rules read tsconfig.json, which includes it), ignored by git (*.tmp.*).
const planted: string[] = [];
function plant(name: string, text: string): string {
  const file = path.resolve('test', `${name}-${process.pid}.tmp.${name.endsWith('astro') ? 'astro' : 'ts'}`);
  writeFileSync(file, text);
  planted.push(file);
  return file;
}
afterAll(() => planted.forEach((file) => rmSync(file, { force: true })));

interface EslintFileReport {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

/**
 * ESLint on every planted file in one process: the typed rules build the TypeScript program once
 * (most of the run's time), not once per file.
 */
let eslintRun: Promise<{ code: number | null; rules: Map<string, string[]> }> | undefined;
function eslint() {
  eslintRun ??= runTool(ESLINT, ['--format', 'json', ...planted]).then(({ code, output }) => {
    const reports = JSON.parse(output.slice(output.indexOf('['))) as EslintFileReport[];
    return {
      code,
      rules: new Map(reports.map((report) => [report.filePath, report.messages.map((m) => m.ruleId ?? m.message)])),
    };
  });
  return eslintRun;
}
async function eslintRules(file: string): Promise<string[]> {
  return (await eslint()).rules.get(file) ?? [`${file} was not linted`];
}

const lintFaulty = plant(
  'lint-faulty',
  [
    'async function save(): Promise<void> {}',
    'export function publish(value: any): void {',
    '  const unused = 1;',
    '  save();',
    '  console.log(value);',
    '}',
    '',
  ].join('\n'),
);
const lintFixed = plant(
  'lint-fixed',
  [
    'async function save(): Promise<void> {}',
    'export async function publish(value: string): Promise<void> {',
    '  await save();',
    '  console.log(value);',
    '}',
    '',
  ].join('\n'),
);
const astroFaulty = plant('lint-faulty-astro', '---\n---\n\n<img src="/anh.jpg" />\n');
const astroFixed = plant('lint-fixed-astro', '---\n---\n\n<img src="/anh.jpg" alt="Ảnh tập thể Phòng Hành chính" />\n');

describe('npm run lint', () => {
  it('refuses a promise nobody awaits, an unused variable and an `any`, and passes the corrected file', async () => {
    const rules = await eslintRules(lintFaulty);
    for (const rule of ['no-floating-promises', 'no-unused-vars', 'no-explicit-any']) {
      expect(rules).toContain(`@typescript-eslint/${rule}`);
    }
    expect(await eslintRules(lintFixed)).toEqual([]);
  });

  it('refuses an image without alt text in an .astro component', async () => {
    expect(await eslintRules(astroFaulty)).toContain('astro/jsx-a11y/alt-text');
    expect(await eslintRules(astroFixed)).toEqual([]);
  });

  it('exits with an error, which stops npm test', async () => {
    expect((await eslint()).code).toBe(1);
  });

  it('refuses code Prettier would format differently', async () => {
    const faulty = plant('format-faulty', 'export const  greeting = "Xin chào" ;\n');
    const fixed = plant('format-fixed', "export const greeting = 'Xin chào';\n");
    // Prettier also skips what .gitignore lists, as the planted files are: read only our own list.
    const failing = await runTool(PRETTIER, ['--check', '--ignore-path', '.prettierignore', faulty]);
    expect(failing.code, failing.output).toBe(1);
    expect(failing.output).toContain(path.basename(faulty));
    const passing = await runTool(PRETTIER, ['--check', '--ignore-path', '.prettierignore', fixed]);
    expect(passing.code, passing.output).toBe(0);
  });
});
