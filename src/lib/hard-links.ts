/**
 * Files shared between a build's output and what it keeps between builds (search shards, the
 * editor's bundle, pages reused from the last site) are hard links, not copies: nothing ever rewrites
 * them in place, and linking tens of thousands of files takes a fraction of copying them.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** A hard link of `from` at `to`, whose folder exists (a copy where the file system refuses links); an existing `to` is kept. */
function linkInExistingFolder(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK') copyFileSync(from, to);
    else throw error;
  }
}

/** A hard link of `from` at `to` (a copy where the file system refuses links); an existing `to` is kept. */
export function linkFile(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  linkInExistingFolder(from, to);
}

/** Links every file under `from` at the same place under `to`, one link per step. */
function* linkSteps(from: string, to: string, skip: (name: string) => boolean): Generator<void> {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) yield* linkSteps(source, target, () => false);
    else {
      linkInExistingFolder(source, target);
      yield;
    }
  }
}

/**
 * Hard links of every file under `from` at the same places under `to`, but the entries `skip` names.
 * Each folder is made once: a search bundle holds 10,000 files in 25 folders, and making the folder again
 * before each link cost 0.05–0.15 s of every rebuild's index.
 */
export function linkTree(from: string, to: string, skip: (name: string) => boolean = () => false): void {
  for (const _ of linkSteps(from, to, skip));
}

/** How many links linkTreeYielding makes between two turns of the event loop (about 10–20 ms). */
const LINKS_PER_TURN = 256;

/**
 * linkTree, letting the event loop run between batches of links: a rebuild links 12,000 kept pages
 * while the search index waits on Pagefind's answers in the same process, and each answer read late
 * leaves Pagefind idle.
 */
export async function linkTreeYielding(
  from: string,
  to: string,
  skip: (name: string) => boolean = () => false,
): Promise<void> {
  let links = 0;
  for (const _ of linkSteps(from, to, skip)) {
    if (++links % LINKS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}
