/**
 * Build step for the web editor: Sveltia's interface declares its three fonts twice, as files bundled
 * with it (registered from JavaScript) and as @font-face rules pointing at a public CDN. The browser
 * fetches both, so the CDN rules are taken out of the bundle here: the editor loads nothing from
 * another origin, and its Content-Security-Policy has nothing to refuse.
 */
import type { Plugin } from 'vite';

const CDN_FONT_FACE = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;

export function editorWithoutCdnFonts(): Plugin {
  return {
    name: 'tdkt:editor-without-cdn-fonts',
    transform(code, id) {
      if (!id.includes('@sveltia/cms/') || !code.includes('cdn.jsdelivr.net')) return undefined;
      return { code: code.replace(CDN_FONT_FACE, ''), map: null };
    },
  };
}
