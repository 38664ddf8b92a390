/** Every collection's schema, by collection name: the one mapping shared by Astro and the content check. */
import type { SchemaContext } from './context';
import { exemplarSchema } from './exemplar';
import { movementSchema } from './movement';
import { phaseSchema } from './phase';
import { planSchema } from './plan';
import { unitSchema } from './unit';

export function collectionSchemas(context: SchemaContext) {
  return {
    plans: planSchema,
    phases: phaseSchema(context),
    movements: movementSchema(context),
    exemplars: exemplarSchema(context),
    units: unitSchema,
  };
}

export type CollectionSchemas = ReturnType<typeof collectionSchemas>;
