/**
 * The editor's script is bundled apart from the pages and kept between builds (src/cms/editor-bundle.ts).
 * A clerk must never be given an editor older than its code: on a copy of the project, the bundle is
 * made, kept while nothing it is made of changes (also when a page the editor does not use changes),
 * and made again, with the new words in it, when a message it shows is changed in a file it imports;
 * what a build stopped while bundling left behind is then removed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorBundle, type EditorBundle } from '../../src/cms/editor-bundle';

const project = path.resolve('.cache/test/editor-bundle');
const cache = path.join(project, 'editor-cache');

/** Every script of a bundle, as one text. */
function scriptsOf(bundle: EditorBundle): string {
  const dir = path.join(bundle.dir, '_astro');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}

function edit(file: string, from: string, to: string): void {
  const full = path.join(project, file);
  const text = readFileSync(full, 'utf8');
  expect(text).toContain(from);
  writeFileSync(full, text.replace(from, to));
}

beforeAll(() => {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const name of ['src', 'tsconfig.json', 'package.json', 'package-lock.json'])
    cpSync(path.resolve(name), path.join(project, name), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe("the editor's bundle", () => {
  it('is kept while nothing it is made of changes, and made again when its code changes', async () => {
    const first = await editorBundle(project, cache);
    expect(first.bundled).toBe(true);
    expect(first.script).toMatch(/^\/_astro\/editor\.[\w-]+\.js$/);
    expect(readFileSync(path.join(first.dir, first.script), 'utf8')).toContain('import');
    expect(scriptsOf(first)).not.toContain('mẫu thử 7391');

    const again = await editorBundle(project, cache);
    expect(again).toEqual({ ...first, bundled: false });

    // A page the editor does not import.
    edit('src/pages/404.astro', '<BaseLayout', '<!-- một thay đổi -->\n<BaseLayout');
    expect(await editorBundle(project, cache)).toEqual({ ...first, bundled: false });

    // Half-made bundles: of a build stopped while bundling (its process is gone), and of one still bundling.
    const gone = spawnSync('true').pid;
    const stopped = path.join(cache, `bundle.new-${gone}`);
    const running = path.join(cache, `bundle.new-${process.ppid}`);
    for (const dir of [stopped, running]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'editor.js'), '');
    }

    // The message shown when a second entry would get the same address (src/cms/editor.ts imports it).
    edit('src/lib/entry-id.ts', 'hãy đổi tên một trong hai tệp', 'hãy đổi tên một trong hai tệp (mẫu thử 7391)');
    const changed = await editorBundle(project, cache);
    expect(changed.bundled).toBe(true);
    expect(existsSync(stopped)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(changed.script).not.toBe(first.script);
    expect(scriptsOf(changed)).toContain('mẫu thử 7391');
    // The bundle of the code before is still whole beside it (another build may be using it).
    expect(scriptsOf(first)).not.toContain('mẫu thử 7391');
  });
});
