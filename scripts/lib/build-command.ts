/**
 * `npm run build` as Node arguments, read from package.json's own script: the bench, Lighthouse and
 * the tests start the build exactly as a clerk's `npm run build` does, without npm in between.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The arguments after `node` in package.json's `build` script, with paths made absolute under `root`. */
export function buildArguments(root: string, ...extra: string[]): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [program, ...words] = scripts['build']!.split(/\s+/);
  if (program !== 'node') throw new Error(`package.json: "build" no longer starts with node: ${scripts['build']}`);
  return [...words.map((word) => (word.startsWith('-') ? word : path.resolve(root, word))), ...extra];
}
