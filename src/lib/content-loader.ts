/**
 * The loader of every folder collection: Astro's glob() loader over the collection's sources, with
 * two changes. Entry data is re-read with YAML's core schema (see entry-file.ts), and entries from the
 * illustrative set are marked `illustrative: true` by where they live, not by what they claim.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { entryIdFromPath } from './entry-id';
import { EntryFileError, readEntryFile } from './entry-file';
import { sourcesOf, type FolderCollection } from './content-sources';
import { displayPath } from './validation-report';

function commonAncestor(dirs: string[]): string {
  const split = dirs.map((dir) => dir.split(path.sep));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length++;
  return first.slice(0, length).join(path.sep) || path.sep;
}

/** Loads `collection` from its folders; `extensions` such as ['mdx'] or ['yaml', 'yml']. */
export function folderLoader(collection: FolderCollection, extensions: string[]): Loader {
  const sources = sourcesOf(collection);
  const base = commonAncestor(sources.map((source) => source.dir));
  const extensionGlob = extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`;
  const patterns = sources.map((source) => {
    const relative = path.relative(base, source.dir).split(path.sep).join('/');
    return `${relative ? `${relative}/` : ''}**/*.${extensionGlob}`;
  });
  const inner = glob({
    base: pathToFileURL(base + path.sep),
    pattern: patterns,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
  return {
    name: 'tdkt-folder-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const filePath = props.filePath ?? '';
          let data: Record<string, unknown>;
          try {
            data = readEntryFile(filePath, await readFile(filePath, 'utf8')).data;
          } catch (error) {
            if (!(error instanceof EntryFileError)) throw error;
            const where = displayPath(filePath) + (error.line ? `:${error.line}` : '');
            throw new Error(`${where} — ${error.message}`);
          }
          const illustrative = sources.some((source) => source.illustrative && filePath.startsWith(source.dir + path.sep));
          return context.parseData({ ...props, data: (illustrative ? { ...data, illustrative: true } : data) as typeof props.data });
        },
      }),
  };
}
