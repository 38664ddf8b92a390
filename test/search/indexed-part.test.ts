/**
 * The copies Pagefind indexes hold only the part of each page it reads (reduceToIndexedPart): half
 * the bytes. This proves it loses nothing: Pagefind's own binary, run on every built page of the
 * demo site (photos, every kind of entry, the English page) and on the reduced copies of the same
 * pages, writes the same bundle, file for file and byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { reduceToIndexedPart } from '../../src/lib/search/prepare-page';

const PAGEFIND = path.resolve('node_modules/@pagefind/linux-x64/bin/pagefind_extended');
const work = mkdtempSync(path.join(os.tmpdir(), 'tdkt-indexed-part-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function pagesOf(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
}

/** Every file of a folder, by relative path, with its bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const full = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, full), readFileSync(full)];
      }),
  );
}

function index(siteDir: string, out: string): Map<string, Buffer> {
  const run = spawnSync(PAGEFIND, ['--site', siteDir, '--output-path', out, '--quiet'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return filesOf(out);
}

describe('the reduced copies for the index', () => {
  it('give Pagefind the same bundle as the whole pages, byte for byte', () => {
    const site = inject('demoSite');
    const whole = path.join(work, 'whole');
    const reduced = path.join(work, 'reduced');
    let smaller = 0;
    let indexed = 0;
    for (const page of pagesOf(site)) {
      const html = readFileSync(path.join(site, page), 'utf8');
      const part = reduceToIndexedPart(html);
      if (part.length < html.length) smaller += 1;
      if (html.includes('data-pagefind-body')) indexed += 1;
      for (const [dir, text] of [
        [whole, html],
        [reduced, part],
      ] as const) {
        mkdirSync(path.dirname(path.join(dir, page)), { recursive: true });
        writeFileSync(path.join(dir, page), text);
      }
    }
    // The comparison means something only if pages were reduced: every indexed page is.
    expect(indexed).toBeGreaterThan(10);
    expect(smaller).toBe(indexed);
    const fromWhole = index(whole, path.join(work, 'bundle-whole'));
    const fromReduced = index(reduced, path.join(work, 'bundle-reduced'));
    expect([...fromReduced.keys()].sort()).toEqual([...fromWhole.keys()].sort());
    for (const [file, bytes] of fromWhole) expect(fromReduced.get(file)!.equals(bytes), file).toBe(true);
  });

  it('keep a page that marks no content, or two parts, as it is', () => {
    const list = '<html lang="vi"><body><main><h1>Danh sách</h1></main></body></html>';
    expect(reduceToIndexedPart(list)).toBe(list);
    const two = '<html><body><main data-pagefind-body>a</main><aside data-pagefind-body>b</aside></body></html>';
    expect(reduceToIndexedPart(two)).toBe(two);
  });

  it('keep the lang, the whole content element with nested ones of its kind, and metadata outside it', () => {
    const page =
      '<html lang="en"><head><title>T</title></head><body><nav>Menu</nav><div data-pagefind-body><div>a</div><div>b</div></div>' +
      '<footer>f</footer><span data-pagefind-meta="dd[data-value]" data-value="dot"></span></body></html>';
    expect(reduceToIndexedPart(page)).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><div data-pagefind-body><div>a</div><div>b</div></div>' +
        '<span data-pagefind-meta="dd[data-value]" data-value="dot"></span></body></html>',
    );
  });
});
