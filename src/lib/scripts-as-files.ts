/**
 * Scripts stay external files, never inlined into pages, so that the Content-Security-Policy of
 * deploy/nginx.conf needs no 'unsafe-inline'; other assets keep Vite's default limit. Used by the
 * site's build (astro.config.mjs) and the editor's (src/cms/editor-bundle.ts).
 */
export function scriptsAsFiles(file: string): false | undefined {
  return file.endsWith('.js') ? false : undefined;
}
