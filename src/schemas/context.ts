/**
 * What a schema factory needs from its host. Inside Astro these are `reference()` from
 * `astro:content` and the `image()` helper; scripts and unit tests that validate content without Astro
 * pass `plainSchemaContext`, which produces the same output shapes.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { text } from './fields';

/** The names of the collections that entries may link to. */
export type CollectionName =
  'plans' | 'phases' | 'movements' | 'exemplars' | 'units' | 'notices' | 'decisions' | 'registrations' | 'holidays';

/** A resolved link to another entry, as Astro's `reference()` outputs it. */
export interface EntryLink<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

export interface SchemaContext {
  /** Astro's `reference()`: turns an entry id into a link to that collection. */
  // The input is `any` because Astro's reference() accepts ids and link objects alike.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  reference: (collection: CollectionName) => z.ZodType<unknown, any>;
  /** Astro's `image()` for a photo beside the entry. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Astro's image() has no public input type
  image: () => z.ZodType<ImageMetadata, any>;
}

/** Reference and image helpers for validation outside Astro (scripts, unit tests). */
export const plainSchemaContext: SchemaContext = {
  reference: (collection) => z.string().transform((id) => ({ collection, id })),
  // Outside Astro a photo stays the relative path the editor wrote; only its presence is checked.
  image: () => z.string() as unknown as z.ZodType<ImageMetadata, string>,
};

/**
 * A link to an entry of `collection`, written in content as the entry's id (its file name without
 * extension). Whether the target exists is checked once all collections are loaded.
 */
export function link<C extends CollectionName>(context: SchemaContext, collection: C, label: string) {
  return text(label, 'tên tệp của mục được liên kết, không có phần mở rộng').pipe(
    context.reference(collection),
  ) as unknown as z.ZodType<EntryLink<C>, string>;
}
