/** Every collection's schema, by collection name: the one mapping shared by Astro and the content check. */
import type { SchemaContext } from './context';
import { decisionSchema } from './decision';
import { exemplarSchema } from './exemplar';
import { holidayYearSchema } from './holidays';
import { movementSchema } from './movement';
import { noticeSchema } from './notice';
import { phaseSchema } from './phase';
import { planSchema } from './plan';
import { registrationSchema } from './registration';
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
    get notices() {
      return noticeSchema(context);
    },
    get decisions() {
      return decisionSchema(context);
    },
    get registrations() {
      return registrationSchema(context);
    },
    holidays: holidayYearSchema,
  };
}

export type CollectionSchemas = ReturnType<typeof collectionSchemas>;
