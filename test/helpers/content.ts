/** Copies of the real content for tests that add or break entries; never content/ itself. */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEST_ROOT } from './build';

/** A fictional, valid individual profile with a photo, a <Figure> and a <Note>. */
export const PROFILE_FIXTURE = path.resolve('test/fixtures/content/profile');

/** A fresh copy of content/ at .cache/test/<name>/content. */
export function copyContent(name: string): string {
  const dir = path.join(TEST_ROOT, name, 'content');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.resolve('content'), dir, { recursive: true });
  return dir;
}

/** Adds the fixture profile as `exemplars/<id>/`, edited by `edit`; returns the entry file's path. */
export function addProfile(contentDir: string, id: string, edit: (text: string) => string = (text) => text): string {
  const dir = path.join(contentDir, 'exemplars', id);
  mkdirSync(dir, { recursive: true });
  cpSync(PROFILE_FIXTURE, dir, { recursive: true });
  const file = path.join(dir, 'index.mdx');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return file;
}

/** Rewrites one file of a content copy, failing loudly when the edit changed nothing. */
export function editFile(contentDir: string, relative: string, edit: (text: string) => string): void {
  const file = path.join(contentDir, relative);
  const original = readFileSync(file, 'utf8');
  const edited = edit(original);
  if (edited === original) throw new Error(`the edit of ${relative} changed nothing`);
  writeFileSync(file, edited);
}
