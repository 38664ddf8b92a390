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

/** The photo formats a profile may carry: what every browser shows and the web editor uploads. */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'] as const;

/** Why `file` cannot be a profile's photo, or undefined when its format is one of PHOTO_EXTENSIONS. */
export function photoFormatProblem(file: string): string | undefined {
  const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase();
  if (extension && (PHOTO_EXTENSIONS as readonly string[]).includes(extension)) return undefined;
  return `ảnh "${file}" không phải tệp JPEG, PNG hoặc WebP — hãy lưu ảnh ở một trong ba dạng đó (tên tệp kết thúc bằng .jpg, .png hoặc .webp)`;
}

/** Reference and image helpers for validation outside Astro (scripts, unit tests, the web editor). */
export const plainSchemaContext: SchemaContext = {
  reference: (collection) => z.string().transform((id) => ({ collection, id })),
  // Outside Astro a photo stays the relative path the editor wrote: its format is checked here, its
  // presence on disk by check:content (which every build runs first).
  image: () =>
    z.string().superRefine((file, ctx) => {
      const problem = photoFormatProblem(file);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }) as unknown as z.ZodType<ImageMetadata, string>,
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
