/** Every collection's schema, by collection name: the one mapping shared by Astro and the content check. */
import type { SchemaContext } from './context';
import { exemplarSchema } from './exemplar';
import { movementSchema } from './movement';
import { phaseSchema } from './phase';
import { planSchema } from './plan';
import { unitSchema } from './unit';

/**
 * Built on access: Astro asks for a collection's schema once per entry (its image() helper is bound to
 * the entry's file), so building all of them on every call would cost seconds on a large site.
 */
export function collectionSchemas(context: SchemaContext) {
  return {
    plans: planSchema,
    get phases() {
      return phaseSchema(context);
    },
    get movements() {
      return movementSchema(context);
    },
    get exemplars() {
      return exemplarSchema(context);
    },
    units: unitSchema,
  };
}

export type CollectionSchemas = ReturnType<typeof collectionSchemas>;
