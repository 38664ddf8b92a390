/**
 * The loader of every folder collection: Astro's glob() loader over the collection's sources, with
 * these changes. Entry data is re-read with YAML's core schema (see entry-file.ts); entries from the
 * illustrative set are marked `illustrative: true` by where they live, not by what they claim; the
 * rules that need the file as written (duplicate addresses, hints left unfilled, personal numbers in
 * a profile) stop the build before the schema runs; and a build keeps unpublished entries as data only.
 */
import { existsSync, readFileSync, statSync, type BigIntStats } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { buildDay } from './clock';
import { duplicateIdMessage, entryIdFromPath } from './entry-id';
import {
  EntryReaderPool,
  readInWorkerLine,
  withoutFrontmatter,
  type ReadingJob,
  type RenderedContent,
} from './entry-reader-pool';
import { readCheckedEntry, type EntryReading } from './entry-reading';
import { workerSettingsOf } from './markdown-settings';
import { readingSynchronously } from './synchronous-content-reads';
import { FileSnapshot } from './file-snapshot';
import { sourcesOf, type FolderCollection } from './content-sources';
import { isPlainMarkdown } from './markdown/plain-markdown';
import { isDevServer } from './dev-server';
import { displayPath, FILE_NAME_FIELD, formatProblems } from './validation-report';
import { unpublishedReason, type PublicationState } from './visibility';

function commonAncestor(dirs: string[]): string {
  const split = dirs.map((dir) => dir.split(path.sep));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length++;
  return first.slice(0, length).join(path.sep) || path.sep;
}

/** Astro marks a field holding an image to import with this prefix (its content layer's convention). */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

function withoutImages(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith(IMAGE_IMPORT_PREFIX) ? undefined : value;
  if (Array.isArray(value)) return value.map(withoutImages);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, item]) => {
        const kept = withoutImages(item);
        return kept === undefined ? [] : [[key, kept]];
      }),
    );
  }
  return value;
}

const PUBLISH_DATE = /^publishDate:\s*['"]?(\d{4}-\d{2}-\d{2})/m;

/** What a file's stored form owes to the build day: whether its embargo (publishDate) has ended. */
function embargoState(contents: string, today: string): string {
  const date = PUBLISH_DATE.exec(contents)?.[1];
  if (date === undefined) return '';
  return date > today ? ' embargoed' : ' published';
}

/**
 * In a build, an entry that is not public yet (draft, embargo) is kept as checked data only: no
 * body to compile and no image to import. Its links still resolve, but nothing of it, not even its
 * photo file, can reach the built site. `astro dev` keeps it whole, to show it marked.
 */
function withholdingUnpublished(context: LoaderContext): LoaderContext {
  if (isDevServer()) return context;
  const today = buildDay();
  const store = context.store;
  return {
    ...context,
    // The same file is stored differently in dev and in a build, and an embargoed file differently
    // once its day has come: both are part of what a cached entry must match. The day itself is not,
    // so that an unchanged file stays cached (and its pages skipped) from one day to the next.
    generateDigest: (data) =>
      context.generateDigest(
        typeof data === 'string' ? `${data}\0build${embargoState(data, today)}` : { ...data, '\0build': today },
      ),
    store: {
      ...store,
      set: (entry) => {
        if (!unpublishedReason(entry.data as unknown as PublicationState, today)) return store.set(entry);
        const { id, data, filePath, digest } = entry;
        return store.set({
          id,
          data: withoutImages(data) as typeof data,
          ...(filePath ? { filePath } : {}),
          ...(digest ? { digest } : {}),
        });
      },
    },
  };
}

/**
 * Bumped when this loader changes what it stores for the same file, so that entries cached by an
 * earlier version (Astro keeps them between builds, keyed by the file's digest) are read again.
 */
const STORED_FORM = 'markdown-when-plain-2';

/** What the render function returns for an entry that needs the MDX compiler after all. */
const NEEDS_MDX = 'tdktNeedsMdx';

/** Astro's loader context also carries the content entry types by extension (not in its public type). */
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/**
 * An .mdx entry type that renders plain-Markdown bodies (isPlainMarkdown) with the Markdown
 * pipeline while the content is synced, as for an .md file, and leaves every other body to the MDX
 * compiler. Astro's glob() loader picks an entry type by extension only, so the choice is made in
 * the render function, and the store below turns the other bodies back into MDX entries.
 */
function markdownWhenPlain(
  astroContext: LoaderContext,
  renderedInWorker: Map<string, RenderedContent | 'not-plain'>,
): LoaderContext {
  const context = astroContext as ContextWithEntryTypes;
  const mdx = context.entryTypes?.get('.mdx');
  const markdown = context.entryTypes?.get('.md');
  if (!context.entryTypes || !mdx || !markdown?.getRenderFunction) return context;
  const renderMarkdown = markdown.getRenderFunction.bind(markdown);
  const mixed: ContentEntryType = {
    ...mdx,
    getEntryInfo: mdx.getEntryInfo.bind(mdx),
    getRenderFunction: async (config) => {
      const render = await renderMarkdown(config);
      return async (entry) => {
        const done = entry.filePath === undefined ? undefined : renderedInWorker.get(entry.filePath);
        if (done !== undefined) renderedInWorker.delete(entry.filePath!);
        const plain = done === undefined ? isPlainMarkdown(entry.body ?? '') : done !== 'not-plain';
        if (!plain) return { html: '', metadata: { [NEEDS_MDX]: true } };
        return typeof done === 'object' ? done : render(entry);
      };
    },
  };
  const entryTypes = new Map(context.entryTypes);
  entryTypes.set('.mdx', mixed);
  const store = context.store;
  return {
    ...context,
    entryTypes,
    generateDigest: (data) =>
      context.generateDigest(
        typeof data === 'string' ? `${data}\0${STORED_FORM}` : { ...data, '\0stored': STORED_FORM },
      ),
    store: {
      ...store,
      set: (entry) => {
        if (!entry.rendered?.metadata?.[NEEDS_MDX])
          return store.set(entry.rendered ? { ...entry, rendered: withoutFrontmatter(entry.rendered) } : entry);
        const { rendered: _, assetImports: __, ...rest } = entry;
        return store.set({ ...rest, deferredRender: true });
      },
    },
  } as ContextWithEntryTypes;
}

/** The meta key set as each file is looked at (postponingStoreWrite); its value never changes. */
const SYNC_MARK = 'tdkt-sync';

/**
 * Astro writes its whole data store to disk 500 ms after the last change it was told of (a
 * debounce), and again at the end of the sync. In a rebuild most files are unchanged and change
 * nothing, so that first write came in the middle of the sync, after Astro's own bookkeeping at its
 * start, and serialised every entry for nothing: 2.9 s of a one-profile rebuild at 10,000 profiles.
 * Setting the same meta value as each file is looked at (its digest) postpones that write to the end.
 */
function postponingStoreWrite(context: LoaderContext): LoaderContext {
  return {
    ...context,
    generateDigest: (data) => {
      context.meta.set(SYNC_MARK, '1');
      return context.generateDigest(data);
    },
  };
}

/**
 * Astro's glob() loader parses each file's frontmatter (its entry type's getEntryInfo, with js-yaml)
 * before it looks whether the stored entry has the file's digest; for an unchanged file it then uses
 * none of it, and for a changed one this loader reads the data again with YAML's core schema
 * (parseData below). Here a file is read once, by this site's reader, from the text glob() read, and
 * only when its entry will be stored anew: the same test as glob()'s (astro/dist/content/loaders/glob.js,
 * syncData), with the id this loader gives a file (entryIdFromPath, which reads no data). Many files
 * are read in a worker (entry-reader-pool.ts), which renders plain Markdown too (`renderedInWorker`);
 * `readFiles` keeps what was read until parseData asks for it. At 10,000 profiles: 10,000 js-yaml
 * parses and 10,000 file reads fewer in a cold build, 10,000 parses fewer in a one-profile rebuild.
 */
function readingChangedFilesOnce(
  context: ContextWithEntryTypes,
  baseDir: string,
  job: Pick<ReadingJob, 'collection' | 'renderPlain'>,
  reader: EntryReaderPool,
  readFiles: Map<string, EntryReading>,
  renderedInWorker: Map<string, RenderedContent | 'not-plain'>,
  snapshot: SnapshotReader,
): ContextWithEntryTypes {
  if (!context.entryTypes) return context;
  // glob() asks for the digest of the same text right after its entry info: it is handed the one
  // taken here instead of hashing every file twice.
  const digestsTaken = new Map<string, string>();
  const generateDigest: LoaderContext['generateDigest'] = (data) => {
    const taken = typeof data === 'string' ? digestsTaken.get(data) : undefined;
    if (taken === undefined) return context.generateDigest(data);
    digestsTaken.delete(data as string);
    return taken;
  };
  const entryTypes = new Map<string, ContentEntryType>();
  for (const [extension, type] of context.entryTypes) {
    entryTypes.set(extension, {
      ...type,
      getEntryInfo: async (params) => {
        const unchanged = snapshot.digestOfStandIn(params.contents);
        if (unchanged !== undefined) {
          digestsTaken.set(params.contents, unchanged);
          return UNREAD;
        }
        const filePath = fileURLToPath(params.fileUrl);
        const entry = path.relative(baseDir, filePath).split(path.sep).join('/');
        const digest = context.generateDigest(params.contents);
        digestsTaken.set(params.contents, digest);
        snapshot.digested(filePath, digest);
        const stored = context.store.get(entryIdFromPath(entry));
        if (stored?.filePath && stored.digest === digest) return UNREAD;
        const { reading, rendered } = await reader.read({ ...job, filePath, contents: params.contents });
        readFiles.set(filePath, reading);
        if (rendered !== undefined) renderedInWorker.set(filePath, rendered);
        if ('refusal' in reading) return UNREAD;
        return { data: reading.data, body: reading.body, slug: '', rawData: '' };
      },
    });
  }
  return { ...context, entryTypes, generateDigest };
}

/** Where the sync keeps its FileSnapshot, in the collection's meta store (saved with the store itself). */
const SNAPSHOT_KEY = 'tdkt-file-snapshot';

/**
 * Answers glob()'s reads of a collection's files (readingSynchronously): the text of a file that
 * changed, or for an unchanged one (FileSnapshot: the same metadata as when the text now stored was
 * read) a stand-in that readingChangedFilesOnce takes as "unchanged, with this digest" and that
 * reaches nothing else: glob() keeps the stored entry when the digests match. A file whose digest
 * depends on the build day (an embargo, see withholdingUnpublished) is read every time. At 10,000
 * profiles a one-profile rebuild reads one file instead of 10,000 (0.35 s) and hashes none (0.15 s).
 */
class SnapshotReader {
  /** The snapshot this sync saves: the files found unchanged, and those read. */
  private readonly after: FileSnapshot;
  private readonly before: FileSnapshot;
  private readonly form: string;
  /** Begins every stand-in; with a random part, so that no file's text can be taken for one. */
  private readonly standInPrefix = `\0tdkt-unchanged-${randomUUID()}\0`;
  /** The metadata of each file read, taken before it was read, until its digest is known. */
  private readonly taken = new Map<string, { stat: BigIntStats; atMs: number }>();

  private readonly context: LoaderContext;
  private readonly baseDir: string;

  constructor(context: LoaderContext, baseDir: string) {
    this.context = context;
    this.baseDir = baseDir;
    this.form = context.generateDigest(SNAPSHOT_KEY);
    this.before = FileSnapshot.fromText(context.meta.get(SNAPSHOT_KEY), this.form);
    this.after = new FileSnapshot(this.form);
  }

  read = (file: URL): string => {
    const filePath = fileURLToPath(file);
    const name = this.nameOf(filePath);
    const atMs = Date.now();
    const stat = statSync(filePath, { bigint: true });
    const digest = this.before.unchangedDigest(name, stat);
    const stored = digest === undefined ? undefined : this.context.store.get(entryIdFromPath(name));
    if (stored?.filePath && stored.digest === digest) {
      this.after.keepFrom(this.before, name);
      // One per file: glob() hands each text back for its digest, and readingChangedFilesOnce finds it by its text.
      return `${this.standInPrefix}${digest}\0${name}`;
    }
    const text = readFileSync(filePath, 'utf8');
    if (!PUBLISH_DATE.test(text)) this.taken.set(filePath, { stat, atMs });
    return text;
  };

  /** The digest an unchanged file's stand-in carries; undefined for a file's own text. */
  digestOfStandIn(contents: string): string | undefined {
    if (!contents.startsWith(this.standInPrefix)) return undefined;
    return contents.slice(this.standInPrefix.length, contents.indexOf('\0', this.standInPrefix.length));
  }

  /** Notes the digest of the text of `filePath`, read by `read`. */
  digested(filePath: string, digest: string): void {
    const taken = this.taken.get(filePath);
    if (!taken) return;
    this.taken.delete(filePath);
    this.after.keep(this.nameOf(filePath), taken.stat, digest, taken.atMs);
  }

  /** Saves the snapshot of this sync, once it has succeeded. */
  save(): void {
    const text = this.after.toText();
    if (this.context.meta.get(SNAPSHOT_KEY) !== text) this.context.meta.set(SNAPSHOT_KEY, text);
  }

  private nameOf(filePath: string): string {
    return path.relative(this.baseDir, filePath).split(path.sep).join('/');
  }
}

/** The entry info of a file this loader has not read (unchanged, or refused in parseData). */
const UNREAD = { data: {}, body: '', slug: '', rawData: '' };

export interface FolderLoaderOptions {
  /**
   * Render .mdx entries that are plain Markdown (no component, no image) with the Markdown pipeline
   * instead of the MDX compiler; for collections with many entries, most of them plain text.
   */
  markdownWhenPlain?: boolean;
  /** Keep the raw text of each entry in the data store (Astro's default); pages here never read it. */
  retainBody?: boolean;
}

/** Loads `collection` from its folders; `extensions` such as ['mdx'] or ['yaml', 'yml']. */
export function folderLoader(
  collection: FolderCollection,
  extensions: readonly string[],
  options: FolderLoaderOptions = {},
): Loader {
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
    retainBody: options.retainBody ?? false,
  });
  return {
    name: 'tdkt-folder-loader',
    load: (astroContext) => {
      const readFiles = new Map<string, EntryReading>();
      const renderedInWorker = new Map<string, RenderedContent | 'not-plain'>();
      const renderPlain = options.markdownWhenPlain ?? false;
      const reader = new EntryReaderPool(workerSettingsOf(astroContext.config));
      const digesting = postponingStoreWrite(
        withholdingUnpublished(renderPlain ? markdownWhenPlain(astroContext, renderedInWorker) : astroContext),
      );
      const snapshot = new SnapshotReader(digesting, base);
      const context = readingChangedFilesOnce(
        digesting,
        base,
        { collection, renderPlain },
        reader,
        readFiles,
        renderedInWorker,
        snapshot,
      );
      // Astro's own duplicate check names no field and speaks English; this one runs first.
      const fileOfId = new Map<string, string>();
      const loading = readingSynchronously(
        sources.map((source) => source.dir),
        async () => {
          await inner.load({
            ...context,
            parseData: async (props) => {
              const filePath = props.filePath ?? '';
              const other = fileOfId.get(props.id);
              if (other && other !== filePath && existsSync(other)) {
                throw new Error(
                  formatProblems([
                    {
                      file: filePath,
                      field: FILE_NAME_FIELD,
                      message: duplicateIdMessage(props.id, displayPath(other)),
                    },
                  ]),
                );
              }
              fileOfId.set(props.id, filePath);
              // Read when glob() asked for the entry info (readingChangedFilesOnce); read here only if it was not.
              const reading =
                readFiles.get(filePath) ?? readCheckedEntry(filePath, readFileSync(filePath, 'utf8'), collection);
              readFiles.delete(filePath);
              if ('refusal' in reading) throw new Error(reading.refusal);
              const data = reading.data;
              const illustrative = sources.some(
                (source) => source.illustrative && filePath.startsWith(source.dir + path.sep),
              );
              return context.parseData({
                ...props,
                data: (illustrative ? { ...data, illustrative: true } : data) as typeof props.data,
              });
            },
          });
          snapshot.save();
        },
        snapshot.read,
      );
      // The worker is stopped once every file has been read, whether the sync succeeded or not.
      return loading.finally(async () => {
        await reader.close();
        if (reader.readInWorker > 0) context.logger.info(readInWorkerLine(collection, reader.readInWorker));
      });
    },
  };
}
