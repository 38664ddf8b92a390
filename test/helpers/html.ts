/** Reads built pages as a visitor's text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The parsed page at `route` ("/ke-hoach/abc/") of a built site. */
export function readPage(siteDir: string, route: string): HTMLElement {
  const file = route.endsWith('.html') ? route : path.join(route, 'index.html');
  return parse(readFileSync(path.join(siteDir, file), 'utf8'));
}

/**
 * Text for comparing with source documents: NFC, one space between words, no space before closing
 * punctuation or after an opening bracket.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:)!?”])/g, '$1')
    .replace(/([(“])\s+/g, '$1')
    .trim();
}

/**
 * The visible text of a page's <main>, block elements separated by spaces; `omit` names elements to
 * leave out (form controls, <noscript>, whose content this parser reads as raw markup).
 */
export function mainText(page: HTMLElement, omit?: string): string {
  const main = page.querySelector('main')?.clone() as HTMLElement | undefined;
  if (!main) throw new Error('page has no <main>');
  if (omit) for (const element of main.querySelectorAll(omit)) element.remove();
  // Table cells read as separate words, as a browser lays them out.
  for (const cell of main.querySelectorAll('td, th')) cell.insertAdjacentHTML('beforeend', ' ');
  return normaliseText(main.structuredText.replace(/\n/g, ' '));
}
