/**
 * The content collections. Schemas live in src/schemas (one concept per file), loaders in
 * src/lib/collection-loaders.ts; this file only wires them to Astro's reference() and image() helpers.
 */
import { defineCollection, reference } from 'astro:content';
import { collectionLoaders as loaders } from './lib/collection-loaders';
import { collectionSchemas } from './schemas/collections';
import type { SchemaContext } from './schemas/context';

const schemas = (image: SchemaContext['image']) => collectionSchemas({ reference, image });

export const collections = {
  plans: defineCollection({ loader: loaders.plans, schema: ({ image }) => schemas(image).plans }),
  phases: defineCollection({ loader: loaders.phases, schema: ({ image }) => schemas(image).phases }),
  movements: defineCollection({ loader: loaders.movements, schema: ({ image }) => schemas(image).movements }),
  exemplars: defineCollection({ loader: loaders.exemplars, schema: ({ image }) => schemas(image).exemplars }),
  units: defineCollection({ loader: loaders.units, schema: ({ image }) => schemas(image).units }),
  notices: defineCollection({ loader: loaders.notices, schema: ({ image }) => schemas(image).notices }),
  decisions: defineCollection({ loader: loaders.decisions, schema: ({ image }) => schemas(image).decisions }),
  registrations: defineCollection({
    loader: loaders.registrations,
    schema: ({ image }) => schemas(image).registrations,
  }),
  holidays: defineCollection({ loader: loaders.holidays, schema: ({ image }) => schemas(image).holidays }),
};
