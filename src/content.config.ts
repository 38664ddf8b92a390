/**
 * The content collections. Schemas live in src/schemas (one concept per file); this file only wires
 * them to their folders and to Astro's reference() and image() helpers.
 */
import { defineCollection, reference } from 'astro:content';
import { folderLoader } from './lib/content-loader';
import { COLLECTION_EXTENSIONS as FILES } from './lib/content-sources';
import { collectionSchemas } from './schemas/collections';
import type { SchemaContext } from './schemas/context';

const schemas = (image: SchemaContext['image']) => collectionSchemas({ reference, image });

export const collections = {
  plans: defineCollection({ loader: folderLoader('plans', FILES.plans), schema: ({ image }) => schemas(image).plans }),
  phases: defineCollection({
    loader: folderLoader('phases', FILES.phases),
    schema: ({ image }) => schemas(image).phases,
  }),
  movements: defineCollection({
    loader: folderLoader('movements', FILES.movements),
    schema: ({ image }) => schemas(image).movements,
  }),
  // Thousands of profiles, most of them plain text: those are rendered as Markdown (see plain-markdown.ts).
  exemplars: defineCollection({
    loader: folderLoader('exemplars', FILES.exemplars, { markdownWhenPlain: true }),
    schema: ({ image }) => schemas(image).exemplars,
  }),
  units: defineCollection({ loader: folderLoader('units', FILES.units), schema: ({ image }) => schemas(image).units }),
  notices: defineCollection({
    loader: folderLoader('notices', FILES.notices),
    schema: ({ image }) => schemas(image).notices,
  }),
  decisions: defineCollection({
    loader: folderLoader('decisions', FILES.decisions),
    schema: ({ image }) => schemas(image).decisions,
  }),
  registrations: defineCollection({
    loader: folderLoader('registrations', FILES.registrations),
    schema: ({ image }) => schemas(image).registrations,
  }),
  // A year's holidays (content/holidays/2024.yaml), for counting working days; no page of its own.
  holidays: defineCollection({
    loader: folderLoader('holidays', FILES.holidays),
    schema: ({ image }) => schemas(image).holidays,
  }),
};
