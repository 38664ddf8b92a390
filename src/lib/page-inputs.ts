/**
 * What each page read while it was rendered (its inputs), so that the next build renders again only
 * the pages whose inputs changed (src/integrations/incremental-pages.ts). An input is a key such as
 * "one field of one entry", "the order of a list", "the build day"; src/data/content.ts records them as
 * pages read content, and tells the current value of any key.
 *
 * The integration runs in Astro's own process and the pages in the bundle Vite built from src/, each
 * with its own copy of this module: they share one recorder through globalThis. Without a recorder
 * (astro dev, scripts, tests of single modules) recording does nothing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** An input's key; its parts are joined by tabs ("d\texemplars\tnguyen-van-a\tunit"). */
export type InputKey = string;

/** Input kinds: the first part of every key. */
export const INPUT = {
  /** One top-level field of an entry's data: d, collection, id, field. */
  field: 'd',
  /**
   * Anything else of an entry (body, rendered text, file path, every field at once): e, collection, id.
   * Its value covers the whole of the entry's data (content.ts), so while it is unchanged so is every
   * field of the same entry (fieldOwner).
   */
  entry: 'e',
  /** Which public entries a list holds, in its order: l, collection. */
  list: 'l',
  /** Whether one id is public: x, collection, id. */
  exists: 'x',
  /** The day the site is built for: t. */
  today: 't',
  /** Each public notice's closing day and whether its candidates are still shown: n. */
  notices: 'n',
  /** The holiday lists as one working calendar: c. */
  calendar: 'c',
  /** The day an entry's file was last updated (git or file time): u, file. */
  updated: 'u',
  /** The bytes of a file a page publishes or measures (attachments): f, file. */
  file: 'f',
} as const;

/** The recorder of one build. */
export interface InputRecorder {
  /** The inputs of the page being rendered (or of getStaticPaths), through every await of its rendering. */
  readonly storage: AsyncLocalStorage<Set<InputKey>>;
  /** The current value of each key, as text (registered by src/data/content.ts once content is loaded). */
  valuesOf?: (keys: readonly InputKey[]) => Promise<string[]>;
}

const RECORDER = Symbol.for('tdkt.page-inputs');
type WithRecorder = typeof globalThis & { [RECORDER]?: InputRecorder };

/** The build's recorder, if this build records inputs. */
export function inputRecorder(): InputRecorder | undefined {
  return (globalThis as WithRecorder)[RECORDER];
}

/** Starts recording in this process (once per build). */
export function startInputRecorder(): InputRecorder {
  const global = globalThis as WithRecorder;
  global[RECORDER] ??= { storage: new AsyncLocalStorage<Set<InputKey>>() };
  return global[RECORDER];
}

/** Notes that the page being rendered read `key`. */
export function recordInput(key: InputKey): void {
  inputRecorder()?.storage.getStore()?.add(key);
}

/** Whether reads are being recorded: content is then handed out through recording wrappers. */
export function recordsInputs(): boolean {
  return inputRecorder() !== undefined;
}

/**
 * Runs `work` with nothing recorded, for what is computed once and shared by every page (loading and
 * sorting the content): what pages take from it is recorded when they read it.
 */
export function unrecorded<T>(work: () => T): T {
  const recorder = inputRecorder();
  return recorder ? recorder.storage.exit(work) : work();
}

/** The key of an input, from its parts. */
export const inputKey = (...parts: string[]): InputKey => parts.join('\t');

/**
 * The key of the whole entry a field key belongs to ("d\texemplars\tabc\tunit" → "e\texemplars\tabc");
 * undefined for any other kind of key.
 */
export function fieldOwner(key: InputKey): InputKey | undefined {
  if (!key.startsWith(`${INPUT.field}\t`)) return undefined;
  return `${INPUT.entry}${key.slice(1, key.lastIndexOf('\t'))}`;
}
