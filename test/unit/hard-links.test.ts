/**
 * What the build shares between the site and its cache (search bundles, the editor's bundle, pages
 * kept from the last site) is linked, never copied or rewritten in place (src/lib/hard-links.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkFile, linkTree, linkTreeInWorker } from '../../src/lib/hard-links';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-links-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('linkTree', () => {
  it('links every file of nested folders at the same places, and leaves out what skip names', () => {
    const from = folderWith({ 'a.txt': 'a', 'x/b.txt': 'b', 'x/y/c.txt': 'c', 'inputs.json': '{}' });
    const to = path.join(folderWith({}), 'out');
    linkTree(from, to, (name) => name === 'inputs.json');
    for (const name of ['a.txt', 'x/b.txt', 'x/y/c.txt']) {
      expect(readFileSync(path.join(to, name), 'utf8')).toBe(readFileSync(path.join(from, name), 'utf8'));
      expect(statSync(path.join(to, name)).ino).toBe(statSync(path.join(from, name)).ino);
    }
    expect(() => statSync(path.join(to, 'inputs.json'))).toThrow();
  });

  it('keeps a file already at the target', () => {
    const from = folderWith({ 'x/page.html': 'new' });
    const to = folderWith({ 'x/page.html': 'already there' });
    linkTree(from, to);
    expect(readFileSync(path.join(to, 'x/page.html'), 'utf8')).toBe('already there');
  });
});

describe('linkTreeInWorker', () => {
  it('links as linkTree does, on another thread, and keeps what this thread wrote meanwhile', async () => {
    const files = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`p/${i % 7}/${i}.html`, `page ${i}`]));
    const from = folderWith({ ...files, 'pagefind/x.pf': 'index' });
    const to = folderWith({ 'p/0/0.html': 'rendered anew' });
    const linking = linkTreeInWorker(from, to, ['pagefind']);
    await linking.done;
    // The files it tells are those of `from` it linked (the one already there included, kept as it was).
    expect([...((await linking.files) ?? [])].sort()).toEqual(
      Object.keys(files)
        .map((name) => path.join(from, name))
        .sort(),
    );
    expect(readFileSync(path.join(to, 'p/0/0.html'), 'utf8')).toBe('rendered anew');
    for (const name of Object.keys(files).slice(1))
      expect(statSync(path.join(to, name)).ino).toBe(statSync(path.join(from, name)).ino);
    expect(() => statSync(path.join(to, 'pagefind'))).toThrow();
  });

  it('rejects when the links cannot be made, naming the folder', async () => {
    const to = path.join(folderWith({}), 'out');
    const linking = linkTreeInWorker(path.join(to, 'missing'), to, []);
    await expect(linking.done).rejects.toThrow(/missing/);
    expect(await linking.files).toBeUndefined();
  });
});

describe('linkFile', () => {
  it('makes the folders the link needs', () => {
    const from = folderWith({ 'page.html': 'p' });
    const to = folderWith({});
    linkFile(path.join(from, 'page.html'), path.join(to, 'a/b/index.html'));
    expect(statSync(path.join(to, 'a/b/index.html')).ino).toBe(statSync(path.join(from, 'page.html')).ino);
  });
});
