/**
 * Astro's glob() loader reads every file of a collection at each sync, ten at a time, with
 * `fs.promises.readFile` (astro/dist/content/loaders/glob.js, syncData): for a file of a few kilobytes
 * that is four round trips to libuv's threads (open, stat, read, close), each with its promise. Reading
 * the 10,000 profiles of a generated site that way took 0.8–1.3 s on this machine, against 0.26–0.37 s
 * with `readFileSync` in the same ten-at-a-time queue. While a folder collection syncs, the reads glob()
 * makes of files in its folders (by URL, as glob() names them) are therefore made synchronously; every
 * other read is left to the original. The answer is the same text or the same error, only sooner. The
 * right place for this is glob() itself; until it changes, this stays narrow: file URLs under the
 * folders of the collections being synced, with an encoding and no other option.
 */
import fs, { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type ReadFile = typeof fs.promises.readFile;

/** The folders being synced ("file:///…/exemplars/"), each with how many syncs read from it now. */
const folders = new Map<string, number>();
let original: ReadFile | undefined;

function isInFolders(file: unknown): file is URL {
  if (!(file instanceof URL)) return false;
  for (const folder of folders.keys()) if (file.href.startsWith(folder)) return true;
  return false;
}

function install(): void {
  const asynchronous = (original = fs.promises.readFile);
  fs.promises.readFile = function readFile(this: unknown, ...args: unknown[]) {
    const [file, encoding] = args;
    if (args.length === 2 && isInFolders(file) && typeof encoding === 'string') {
      try {
        return Promise.resolve(readFileSync(file, encoding as BufferEncoding));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return Reflect.apply(asynchronous, this, args) as ReturnType<ReadFile>;
  } as ReadFile;
}

/** Runs `sync` (a collection's glob() load) with its files under `dirs` read synchronously. */
export async function readingSynchronously<T>(dirs: readonly string[], sync: () => Promise<T>): Promise<T> {
  const prefixes = dirs.map((dir) => pathToFileURL(dir + path.sep).href);
  for (const prefix of prefixes) folders.set(prefix, (folders.get(prefix) ?? 0) + 1);
  if (!original) install();
  try {
    return await sync();
  } finally {
    for (const prefix of prefixes) {
      const count = (folders.get(prefix) ?? 1) - 1;
      if (count > 0) folders.set(prefix, count);
      else folders.delete(prefix);
    }
    if (folders.size === 0 && original) {
      fs.promises.readFile = original;
      original = undefined;
    }
  }
}
