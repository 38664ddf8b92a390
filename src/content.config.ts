/**
 * The content collections. Schemas live in src/schemas (one concept per file); this file only wires
 * them to their folders and to Astro's reference() and image() helpers.
 */
import { defineCollection, reference } from 'astro:content';
import { folderLoader } from './lib/content-loader';
import type { SchemaContext } from './schemas/context';
import { exemplarSchema } from './schemas/exemplar';
import { movementSchema } from './schemas/movement';
import { phaseSchema } from './schemas/phase';
import { planSchema } from './schemas/plan';
import { unitSchema } from './schemas/unit';

const withAstro = (image: SchemaContext['image']): SchemaContext => ({ reference, image });

export const collections = {
  plans: defineCollection({ loader: folderLoader('plans', ['mdx']), schema: planSchema }),
  phases: defineCollection({ loader: folderLoader('phases', ['yaml', 'yml']), schema: ({ image }) => phaseSchema(withAstro(image)) }),
  movements: defineCollection({
    loader: folderLoader('movements', ['yaml', 'yml']),
    schema: ({ image }) => movementSchema(withAstro(image)),
  }),
  exemplars: defineCollection({ loader: folderLoader('exemplars', ['mdx']), schema: ({ image }) => exemplarSchema(withAstro(image)) }),
  units: defineCollection({ loader: folderLoader('units', ['yaml', 'yml']), schema: unitSchema }),
};
