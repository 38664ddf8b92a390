/**
 * In a build, Astro hands the content data store to the pages as a module that holds the whole store
 * as one string literal (`export default JSON.parse("…")`, 30 MB at 10,000 profiles). Node compiles a
 * string literal that size slowly: importing that module took 6.5–9 s on this machine, against 0.4 s
 * for JSON.parse of the same text read from the file, and the bundler carried the 30 MB through
 * every step before. This plugin answers for that module first, in the server build only, with a
 * module that reads the store file Astro has just written (its path fixed at build time) when the
 * pages are generated, in the same process, on the same machine, right after bundling.
 *
 * Astro imports the store inside a try/catch that falls back to an empty store (data-store.js,
 * fromModule), which would build a site without content; so a store that cannot be read ends the
 * build here, with the reason.
 *
 * A content-only rebuild (scripts/lib/content-only-rebuild.ts) renders pages with this bundle again
 * after syncing the store itself: it hands the module the store as Astro's Map, in a global, and the
 * file is then not read (Astro's fromModule takes a Map as it is).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HANDOVER_EXPRESSION } from '../lib/rebuild-handover';

/** Astro's resolved id of the store module (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
const STORE_MODULE_ID = '\0astro:data-layer-content';
/** Where a build's store is written (astro/dist/content/paths.js, getDataStoreFile; single-file storage). */
const STORE_FILE = 'data-store.json';

/** The module that reads the store file when it is imported, unless the store was handed over. */
export function storeModuleCode(storeFile: string): string {
  const file = JSON.stringify(storeFile);
  const handed = `${HANDOVER_EXPRESSION}?.contentStore`;
  return [
    `import { readFileSync } from 'node:fs';`,
    `function readStore() {`,
    `  let text;`,
    `  try { text = readFileSync(${file}, 'utf8'); } catch (error) {`,
    `    console.error('Không đọc được kho nội dung ' + ${file} + ': ' + (error instanceof Error ? error.message : String(error)));`,
    `    process.exit(1);`,
    `  }`,
    `  return JSON.parse(text);`,
    `}`,
    `export default ${handed} instanceof Map ? ${handed} : readStore();`,
  ].join('\n');
}

export function dataStoreAtRuntime(): AstroIntegration {
  return {
    name: 'tdkt:data-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tdkt:data-store-at-runtime',
                apply: 'build',
                load: {
                  // Before Astro's own plugin, which would inline the store.
                  order: 'pre',
                  filter: { id: new RegExp(`^${STORE_MODULE_ID}$`) },
                  handler(id) {
                    if (id !== STORE_MODULE_ID || this.environment.name === 'client') return null;
                    return { code: storeModuleCode(storeFile), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
