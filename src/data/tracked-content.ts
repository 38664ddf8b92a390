/**
 * Content handed to pages through wrappers that record what each page reads (see src/lib/page-inputs.ts):
 * one field of an entry's data, the rest of an entry (its body, file, rendered text), the order and
 * membership of a list, whether an id is public, the build day. The keys are read back by
 * `valueOfInput` in content.ts. Without a recorder the content is handed out as it is.
 */
import { INPUT, inputKey, recordInput, recordsInputs, type InputKey } from '../lib/page-inputs';

interface EntryLike {
  id: string;
  collection: string;
  data: object;
}

const RAW_LIST = Symbol('tdkt.raw-list');
const wrappers = new WeakMap<object, object>();
const listCollections = new WeakMap<object, string>();

function trackedData(entry: EntryLike): object {
  return new Proxy(entry.data, {
    get(target, property, receiver) {
      if (typeof property === 'string') recordInput(inputKey(INPUT.field, entry.collection, entry.id, property));
      return Reflect.get(target, property, receiver) as unknown;
    },
    has(target, property) {
      if (typeof property === 'string') recordInput(inputKey(INPUT.field, entry.collection, entry.id, property));
      return Reflect.has(target, property);
    },
    // Spreading or listing the fields reads them all.
    ownKeys(target) {
      recordInput(inputKey(INPUT.entry, entry.collection, entry.id));
      return Reflect.ownKeys(target);
    },
  });
}

/** `entry`, recording which of its fields the page reads; the same wrapper every time. */
export function trackedEntry<T extends EntryLike>(entry: T): T {
  if (!recordsInputs()) return entry;
  let wrapper = wrappers.get(entry) as T | undefined;
  if (!wrapper) {
    const data = trackedData(entry);
    wrapper = new Proxy(entry, {
      get(target, property, receiver) {
        if (property === 'data') return data;
        // The id and collection are what the page asked for by name: no input of their own.
        if (typeof property === 'string' && property !== 'id' && property !== 'collection')
          recordInput(inputKey(INPUT.entry, entry.collection, entry.id));
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    wrappers.set(entry, wrapper);
  }
  return wrapper;
}

/** The public entries of `collection` in their order, recording that the page walked the list. */
export function trackedList<T extends EntryLike>(collection: string, entries: T[]): T[] {
  if (!recordsInputs()) return entries;
  const wrapped = entries.map((entry) => trackedEntry(entry));
  listCollections.set(wrapped, collection);
  const key = inputKey(INPUT.list, collection);
  return new Proxy(wrapped, {
    get(target, property, receiver) {
      if (property === RAW_LIST) return target;
      recordInput(key);
      return Reflect.get(target, property, receiver) as unknown;
    },
    has(target, property) {
      recordInput(key);
      return Reflect.has(target, property);
    },
    ownKeys(target) {
      recordInput(key);
      return Reflect.ownKeys(target);
    },
  });
}

/**
 * The list behind a tracked list, for looking one id up without depending on the whole list, and the
 * input to record for that lookup (undefined for a list of the page's own making, already recorded).
 */
export function forLookup<T>(entries: readonly T[], id: string): { entries: readonly T[]; input?: InputKey } {
  const raw = (entries as readonly T[] & { [RAW_LIST]?: readonly T[] })[RAW_LIST] ?? entries;
  const collection = listCollections.get(raw);
  return { entries: raw, ...(collection ? { input: inputKey(INPUT.exists, collection, id) } : {}) };
}

/** `content`, recording reads of the properties named in `inputs` (such as today → the build day). */
export function trackedProperties<T extends object>(content: T, inputs: Partial<Record<keyof T, InputKey>>): T {
  if (!recordsInputs()) return content;
  return new Proxy(content, {
    get(target, property, receiver) {
      const input = inputs[property as keyof T];
      if (input) recordInput(input);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
