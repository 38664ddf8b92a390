/** Every file of a built site, as bytes and as searchable text. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Paths of every file under `dir`, relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** A fingerprint of a folder: each file's path and content hash. Equal fingerprints, same site. */
export function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/**
 * A file's content as text, gzip-compressed files (Pagefind's index and fragments, any .gz) opened
 * first, so that a search covers what a search engine or the site's own search would read.
 */
export function readAsText(file: string): string {
  let bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return bytes.toString('utf8').normalize('NFC');
}

/**
 * Whether a built HTML file (its path relative to the site) is a page for readers: every page except
 * the staff editor at /quan-tri/, which has its own tests (test/browser/editor.test.ts) and is kept out
 * of the sitemap, the feeds and the search index.
 */
export function isReaderPage(relativePath: string): boolean {
  return !relativePath.split(/[\\/]/).includes('quan-tri');
}
