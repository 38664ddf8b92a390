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

/** Answers a read of one file of a synced folder with its text (or throws as readFileSync does). */
export type TextReader = (file: URL) => string;

const readText: TextReader = (file) => readFileSync(file, 'utf8');

/** The folders being synced ("file:///…/exemplars/"), each with the readers of the syncs reading from it now. */
const folders = new Map<string, TextReader[]>();
let original: ReadFile | undefined;

/** The reader of the latest sync of the innermost folder holding `file`; undefined outside them. */
function readerOf(file: unknown): TextReader | undefined {
  if (!(file instanceof URL)) return undefined;
  let found: string | undefined;
  for (const folder of folders.keys())
    if (file.href.startsWith(folder) && folder.length > (found?.length ?? 0)) found = folder;
  return found === undefined ? undefined : folders.get(found)!.at(-1);
}

function install(): void {
  const asynchronous = (original = fs.promises.readFile);
  fs.promises.readFile = function readFile(this: unknown, ...args: unknown[]) {
    const [file, encoding] = args;
    const reader = args.length === 2 && typeof encoding === 'string' ? readerOf(file) : undefined;
    if (reader && (encoding === 'utf8' || encoding === 'utf-8')) {
      try {
        return Promise.resolve(reader(file as URL));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return Reflect.apply(asynchronous, this, args) as ReturnType<ReadFile>;
  } as ReadFile;
}

/**
 * Runs `sync` (a collection's glob() load) with its files under `dirs` read synchronously, by `read`
 * (the file's text by default: a loader may answer from what it knows of the file instead).
 */
export async function readingSynchronously<T>(
  dirs: readonly string[],
  sync: () => Promise<T>,
  read: TextReader = readText,
): Promise<T> {
  const prefixes = dirs.map((dir) => pathToFileURL(dir + path.sep).href);
  for (const prefix of prefixes) folders.set(prefix, [...(folders.get(prefix) ?? []), read]);
  if (!original) install();
  try {
    return await sync();
  } finally {
    for (const prefix of prefixes) {
      const readers = folders.get(prefix) ?? [];
      readers.splice(readers.lastIndexOf(read), 1);
      if (readers.length === 0) folders.delete(prefix);
    }
    if (folders.size === 0 && original) {
      fs.promises.readFile = original;
      original = undefined;
    }
  }
}
