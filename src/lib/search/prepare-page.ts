/**
 * Turns a built page into the HTML that Pagefind indexes. The page on disk is left as visitors get
 * it; the copy for the index gets two additions:
 * - a space after every block element, because Pagefind 1.6 joins the text of adjacent elements
 *   that the minified HTML writes without whitespace ("Đơn vị</dt><dd>Phòng" would be indexed as
 *   the one word "vịPhòng"), and the punctuation a reader sees between a term and its description;
 * - the unaccented forms of the page's đ-words as metadata (see unaccented.ts).
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { SEARCH_META } from './config';
import { unaccentedDWords, unaccentedTitle } from './unaccented';

const BODY_ATTRIBUTE = 'data-pagefind-body';

const BLOCK_END = /<\/(?:address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|h[1-6]|header|li|ol|p|section|summary|table|td|th|tr|ul)>/g;
/** A term and its description read as "Đơn vị: Phòng Tư vấn." in excerpts, as they look on the page. */
const TERM_END = /([\p{L}\p{N})”])(<\/dt>)/gu;
const DESCRIPTION_END = /([\p{L}\p{N})”])(<\/dd>)/gu;

/** What Pagefind leaves out of a page's content: its own list, and what the site marks as chrome. */
const NOT_CONTENT = 'head, style, script, noscript, label, form, svg, footer, nav, iframe, template, [data-pagefind-ignore]';

/** Pagefind's `data-pagefind-meta` forms used on this site: `key[attribute]`, `key:value`, or `key` (the element's text). */
function metaValue(element: HTMLElement): { key: string; value: string } | undefined {
  const spec = element.getAttribute('data-pagefind-meta')?.trim();
  if (!spec) return undefined;
  const fromAttribute = /^([^:[\]]+)\[(.+)\]$/.exec(spec);
  if (fromAttribute) return { key: fromAttribute[1]!.trim(), value: element.getAttribute(fromAttribute[2]!.trim()) ?? '' };
  const inline = /^([^:]+):(.*)$/s.exec(spec);
  if (inline) return { key: inline[1]!.trim(), value: inline[2]!.trim() };
  return { key: spec, value: element.text.trim() };
}

function textOf(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.text);
    return;
  }
  for (const child of node.childNodes) textOf(child, out);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export interface PreparedPage {
  /** The HTML to hand to Pagefind. */
  html: string;
  /** The unaccented đ-words added as metadata, for the build report and tests. */
  unaccentedWords: string[];
}

/**
 * The HTML Pagefind should index for a built page, or undefined when the page marks no content
 * (`data-pagefind-body`): lists, the home page, the search page and the 404 page are not indexed.
 */
export function preparePageForIndex(html: string, options: { unaccentedForms?: boolean } = {}): PreparedPage | undefined {
  if (!html.includes(BODY_ATTRIBUTE)) return undefined;
  const spaced = html.replace(TERM_END, '$1:$2').replace(DESCRIPTION_END, '$1.$2').replace(BLOCK_END, '$& ');
  const root = parse(spaced);
  const bodies = root.querySelectorAll(`[${BODY_ATTRIBUTE}]`);
  if (bodies.length === 0) return undefined;

  const metas = root.querySelectorAll('[data-pagefind-meta]').flatMap((element) => metaValue(element) ?? []);
  const text: string[] = metas.map((meta) => meta.value);
  for (const body of bodies) {
    for (const chrome of body.querySelectorAll(NOT_CONTENT)) chrome.remove();
    textOf(body, text);
  }
  if (options.unaccentedForms === false) return { html: spaced, unaccentedWords: [] };
  const unaccentedWords = unaccentedDWords(text.join(' '));
  const title = metas.find((meta) => meta.key === SEARCH_META.title)?.value ?? root.querySelector('h1')?.text.trim() ?? '';
  const titleWithoutMarks = unaccentedTitle(title);

  const extra = [
    unaccentedWords.length > 0 && `<span data-pagefind-meta="${SEARCH_META.unaccented}[data-value]" data-value="${escapeAttribute(unaccentedWords.join(' '))}"></span>`,
    titleWithoutMarks && `<span data-pagefind-meta="${SEARCH_META.unaccentedTitle}[data-value]" data-value="${escapeAttribute(titleWithoutMarks)}"></span>`,
  ]
    .filter(Boolean)
    .join('');
  const closingBody = spaced.lastIndexOf('</body>');
  const withMeta = closingBody === -1 ? spaced + extra : spaced.slice(0, closingBody) + extra + spaced.slice(closingBody);
  return { html: withMeta, unaccentedWords };
}
