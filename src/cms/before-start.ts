/**
 * Runs before Sveltia CMS is imported (ES modules run in import order): the editor starts only when
 * told, with our generated configuration, and speaks Vietnamese whatever language the browser
 * prefers. Sveltia reads its language preference from local storage when its module loads, so the
 * preference is written here, first; and this page reports Vietnamese as the browser's language, or
 * Sveltia would offer (in English) to switch to the language the browser prefers.
 */
const PREFS_KEY = 'sveltia-cms.prefs';

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
  }
}

window.CMS_MANUAL_INIT = true;
Object.defineProperty(navigator, 'language', { get: () => 'vi', configurable: true });
Object.defineProperty(navigator, 'languages', { get: () => ['vi'], configurable: true });
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as Record<string, unknown>;
  localStorage.setItem(PREFS_KEY, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  // Storage blocked: Sveltia then follows the browser's language.
}

export {};
