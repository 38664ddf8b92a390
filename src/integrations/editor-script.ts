/**
 * Bundles the editor's script before the pages are built, or keeps the bundle of an earlier build
 * (src/cms/editor-bundle.ts), tells the editor's page its address, and puts its files in the built
 * site. Under `astro dev` it does nothing: Vite serves the script from its source.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editorBundle, INPUTS_FILE, type EditorBundle } from '../cms/editor-bundle';
import { publishEditorScript } from '../cms/editor-script';
import { linkTree } from '../lib/hard-links';

export function editorScript(): AstroIntegration {
  let bundle: EditorBundle | undefined;
  return {
    name: 'tdkt:editor-script',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        bundle = await editorBundle(fileURLToPath(config.root));
        publishEditorScript(bundle.script);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          bundle.bundled
            ? `đã đóng gói mã trang quản trị (${seconds} giây)`
            : `dùng lại mã trang quản trị đã đóng gói (mã nguồn không đổi; ${seconds} giây)`,
        );
      },
      // Before tdkt:rendered-pages links what reused pages refer to from the last site (build:done).
      'astro:build:generated': ({ dir }) => {
        if (bundle) linkTree(bundle.dir, fileURLToPath(dir), (name) => name === INPUTS_FILE);
      },
    },
  };
}
