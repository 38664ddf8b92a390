/**
 * True only under `astro dev`. Vite derives `import.meta.env.DEV` from NODE_ENV, which a shell or a
 * test runner may have set to something other than "production" during a build; the mode is what
 * tells the dev server apart.
 */
export function isDevServer(): boolean {
  return Boolean(import.meta.env?.DEV) && import.meta.env?.MODE === 'development';
}
