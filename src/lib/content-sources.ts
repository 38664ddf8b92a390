/**
 * Where content is read from. Real content lives in `content/`; `TDKT_CONTENT_DIR` points a build at
 * another folder (generated benchmark content, test fixtures) without touching it; `TDKT_DEMO=1` adds
 * the fictional profiles of `demo/`, which never reach a production build.
 */
import path from 'node:path';

export const CONTENT_DIR_VARIABLE = 'TDKT_CONTENT_DIR';
export const DEMO_VARIABLE = 'TDKT_DEMO';

/** The collections stored as one file per entry. */
export type FolderCollection =
  'plans' | 'phases' | 'movements' | 'exemplars' | 'units' | 'notices' | 'decisions' | 'registrations' | 'holidays';

/** The file types each collection is written in: documents with a body in MDX, the rest in YAML. */
export const COLLECTION_EXTENSIONS: Record<FolderCollection, readonly string[]> = {
  plans: ['mdx'],
  phases: ['yaml', 'yml'],
  movements: ['yaml', 'yml'],
  exemplars: ['mdx'],
  units: ['yaml', 'yml'],
  notices: ['yaml', 'yml'],
  decisions: ['yaml', 'yml'],
  registrations: ['yaml', 'yml'],
  holidays: ['yaml', 'yml'],
};

/** Collections that the illustrative set adds to. */
const DEMO_COLLECTIONS: readonly FolderCollection[] = ['exemplars', 'units', 'notices', 'decisions', 'registrations'];

export interface ContentSource {
  /** Absolute folder holding the entries. */
  dir: string;
  /** Entries from here are fictional ("Hồ sơ minh họa"). */
  illustrative: boolean;
}

export function projectRoot(): string {
  return process.cwd();
}

/** The content folder in use, absolute. */
export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot(), env[CONTENT_DIR_VARIABLE] || 'content');
}

/** Whether this build includes the illustrative profiles. */
export function includesIllustrative(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[DEMO_VARIABLE] === '1';
}

/** The folder with the illustrative content set. */
export function demoRoot(): string {
  return path.resolve(projectRoot(), 'demo');
}

/** The site configuration file. */
export function siteConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(contentRoot(env), 'site.yaml');
}

/** The folders a collection's entries come from, in this build. */
export function sourcesOf(collection: FolderCollection, env: NodeJS.ProcessEnv = process.env): ContentSource[] {
  const sources = [{ dir: path.join(contentRoot(env), collection), illustrative: false }];
  if (includesIllustrative(env) && DEMO_COLLECTIONS.includes(collection)) {
    sources.push({ dir: path.join(demoRoot(), collection), illustrative: true });
  }
  return sources;
}
