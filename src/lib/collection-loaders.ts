/**
 * Each collection's loader, by collection name: the one list shared by the content configuration
 * (src/content.config.ts) and a content-only rebuild, which syncs the same loaders without Astro
 * (scripts/lib/content-only-rebuild.ts).
 */
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../schemas/context';
import { folderLoader } from './content-loader';
import { COLLECTION_EXTENSIONS as FILES } from './content-sources';

export const collectionLoaders = {
  plans: folderLoader('plans', FILES.plans),
  phases: folderLoader('phases', FILES.phases),
  movements: folderLoader('movements', FILES.movements),
  // Thousands of profiles, most of them plain text: those are rendered as Markdown (see plain-markdown.ts).
  exemplars: folderLoader('exemplars', FILES.exemplars, { markdownWhenPlain: true }),
  units: folderLoader('units', FILES.units),
  notices: folderLoader('notices', FILES.notices),
  decisions: folderLoader('decisions', FILES.decisions),
  registrations: folderLoader('registrations', FILES.registrations),
  // A year's holidays (content/holidays/2024.yaml), for counting working days; no page of its own.
  holidays: folderLoader('holidays', FILES.holidays),
} satisfies Record<CollectionName, Loader>;
