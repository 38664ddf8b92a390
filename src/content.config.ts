/**
 * The content collections. Schemas live in src/schemas (one concept per file); this file only wires
 * them to their folders and to Astro's reference() and image() helpers.
 */
import { defineCollection, reference } from 'astro:content';
import { folderLoader } from './lib/content-loader';
import { collectionSchemas } from './schemas/collections';
import type { SchemaContext } from './schemas/context';

const schemas = (image: SchemaContext['image']) => collectionSchemas({ reference, image });

export const collections = {
  plans: defineCollection({ loader: folderLoader('plans', ['mdx']), schema: ({ image }) => schemas(image).plans }),
  phases: defineCollection({ loader: folderLoader('phases', ['yaml', 'yml']), schema: ({ image }) => schemas(image).phases }),
  movements: defineCollection({ loader: folderLoader('movements', ['yaml', 'yml']), schema: ({ image }) => schemas(image).movements }),
  exemplars: defineCollection({ loader: folderLoader('exemplars', ['mdx']), schema: ({ image }) => schemas(image).exemplars }),
  units: defineCollection({ loader: folderLoader('units', ['yaml', 'yml']), schema: ({ image }) => schemas(image).units }),
};
