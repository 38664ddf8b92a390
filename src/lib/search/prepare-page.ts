/**
 * Turns a built page into the HTML that Pagefind indexes. The page on disk is left as visitors get
 * it; the copy for the index is only the part Pagefind reads (reduceToIndexedPart, withoutIgnoredParts),
 * with two additions:
 * - a space after every block element, because Pagefind 1.6 joins the text of adjacent elements
 *   that the minified HTML writes without whitespace ("Đơn vị</dt><dd>Phòng" would be indexed as
 *   the one word "vịPhòng"), and the punctuation a reader sees between a term and its description;
 * - the unaccented forms of the page's đ-words as metadata (see unaccented.ts).
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { SEARCH_BODY_ATTRIBUTE, SEARCH_META } from './config';
import { unaccentedDWords, unaccentedTitle } from './unaccented';

const BLOCK_END =
  /<\/(?:address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|h[1-6]|header|li|ol|p|section|summary|table|td|th|tr|ul)>/g;
/** A term and its description read as "Đơn vị: Phòng Tư vấn." in excerpts, as they look on the page. */
const TERM_END = /([\p{L}\p{N})”])(<\/dt>)/gu;
const DESCRIPTION_END = /([\p{L}\p{N})”])(<\/dd>)/gu;

/** What Pagefind leaves out of a page's content: its own list, and what the site marks as chrome. */
const NOT_CONTENT =
  'head, style, script, noscript, label, form, svg, footer, nav, iframe, template, [data-pagefind-ignore]';

/** Pagefind's `data-pagefind-meta` forms used on this site: `key[attribute]`, `key:value`, or `key` (the element's text). */
function metaValue(element: HTMLElement): { key: string; value: string } | undefined {
  const spec = element.getAttribute('data-pagefind-meta')?.trim();
  if (!spec) return undefined;
  const fromAttribute = /^([^:[\]]+)\[(.+)\]$/.exec(spec);
  if (fromAttribute)
    return { key: fromAttribute[1]!.trim(), value: element.getAttribute(fromAttribute[2]!.trim()) ?? '' };
  const inline = /^([^:]+):(.*)$/s.exec(spec);
  if (inline) return { key: inline[1]!.trim(), value: inline[2]!.trim() };
  return { key: spec, value: element.text.trim() };
}

/** readPageText() with a DOM, for what the tokenizer does not handle. */
function readPageTextFromDom(html: string): PageText {
  const root = parse(html);
  const metas = root.querySelectorAll('[data-pagefind-meta]').flatMap((element) => metaValue(element) ?? []);
  const text: string[] = [];
  const bodies = root.querySelectorAll(`[${SEARCH_BODY_ATTRIBUTE}]`);
  for (const body of bodies) {
    for (const chrome of body.querySelectorAll(NOT_CONTENT)) chrome.remove();
    textOf(body, text);
  }
  return { hasBody: bodies.length > 0, metas, text, firstHeading: root.querySelector('h1')?.text.trim() };
}

function textOf(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.text);
    return;
  }
  for (const child of node.childNodes) textOf(child, out);
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is text up to their closing tag, never markup. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title']);
/** The tags of NOT_CONTENT; `[data-pagefind-ignore]` is tested on the attributes. */
const NOT_CONTENT_TAGS = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, decimal?: string, hex?: string, name?: string) =>
    name ? NAMED_ENTITIES[name]! : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex!, 16)),
  );
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE))
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  return attributes;
}

interface PageText {
  /** Whether an element marks content (`data-pagefind-body`). */
  hasBody: boolean;
  metas: { key: string; value: string }[];
  /** Text nodes of the content, in order. */
  text: string[];
  firstHeading: string | undefined;
}

/**
 * What preparePageForIndex needs from a page, read with one pass of a tokenizer instead of a DOM
 * (a tenth of the time, on 10,000 pages): the metadata, the text of the content less its chrome, the
 * first h1. Undefined when the page uses something this reading does not handle (a metadata value
 * taken from an element's text), and the DOM reading is used instead.
 */
function readPageText(html: string): PageText | undefined {
  const metas: PageText['metas'] = [];
  const text: string[] = [];
  const stack: { name: string; body: boolean; skip: boolean; heading: boolean }[] = [];
  let bodies = 0;
  let hasBody = false;
  let skipped = 0;
  let heading: string[] | undefined;
  let firstHeading: string | undefined;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [token, closing, rawName, rawAttributes] = match;
    if (rawName === undefined) {
      if (token.startsWith('<!--')) continue;
      const value = decodeEntities(token);
      if (bodies > 0 && skipped === 0) text.push(value);
      heading?.push(value);
      continue;
    }
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.findLastIndex((element) => element.name === name);
      if (at === -1) continue;
      for (const element of stack.splice(at)) {
        if (element.body) bodies -= 1;
        if (element.skip) skipped -= 1;
        if (element.heading && heading) {
          firstHeading = heading.join('').trim();
          heading = undefined;
        }
      }
      continue;
    }
    const attributes = rawAttributes!.includes('data-pagefind') ? attributesOf(rawAttributes!) : undefined;
    const spec = attributes?.get('data-pagefind-meta')?.trim();
    if (spec) {
      const fromAttribute = /^([^:[\]]+)\[(.+)\]$/.exec(spec);
      const inline = fromAttribute ? undefined : /^([^:]+):(.*)$/s.exec(spec);
      if (fromAttribute)
        metas.push({
          key: fromAttribute[1]!.trim(),
          value: attributes!.get(fromAttribute[2]!.trim().toLowerCase()) ?? '',
        });
      else if (inline) metas.push({ key: inline[1]!.trim(), value: inline[2]!.trim() });
      else return undefined;
    }
    if (RAW_TEXT_ELEMENTS.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
      const content = html.slice(TOKEN.lastIndex, end === -1 ? html.length : end);
      if (bodies > 0 && skipped === 0 && !NOT_CONTENT_TAGS.has(name)) text.push(decodeEntities(content));
      TOKEN.lastIndex = end === -1 ? html.length : html.indexOf('>', end) + 1 || html.length;
      continue;
    }
    if (VOID_ELEMENTS.has(name) || rawAttributes!.trimEnd().endsWith('/')) continue;
    const body = attributes?.has(SEARCH_BODY_ATTRIBUTE) ?? false;
    const skip = bodies > 0 && (NOT_CONTENT_TAGS.has(name) || (attributes?.has('data-pagefind-ignore') ?? false));
    const isFirstHeading = name === 'h1' && firstHeading === undefined && heading === undefined;
    if (isFirstHeading) heading = [];
    stack.push({ name, body, skip, heading: isFirstHeading });
    if (body) {
      bodies += 1;
      hasBody = true;
    }
    if (skip) skipped += 1;
  }
  return { hasBody, metas, text, firstHeading };
}

/**
 * Where the element `name` whose opening tag ends at `from` ends (after its closing tag), counting the
 * elements of the same name nested in it; -1 when it is not closed.
 */
function elementEnd(html: string, name: string, from: number): number {
  const tag = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
  tag.lastIndex = from;
  let depth = 1;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return -1;
}

const HTML_OPEN = /<html\b[^>]*>/i;
const BODY_OPEN = /<([a-zA-Z][\w-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/;
const STRAY_META = /<span data-pagefind-meta="[^"]*" data-value="[^"]*"><\/span>/g;

/**
 * The part of a page Pagefind indexes, as a page of its own: the `<html>` tag (its lang chooses the
 * index), the element marked `data-pagefind-body` and the metadata spans outside it. Pagefind reads
 * nothing else of a page that marks its content (its title is the `title` metadata, every filter,
 * sort key and metadata of the site's records is inside that element), so the header, navigation,
 * footer and head are left out of the copy rather than parsed and thrown away on every page. Returns
 * the page unchanged when it has no such element, or more than one.
 */
export function reduceToIndexedPart(html: string): string {
  const open = BODY_OPEN.exec(html);
  if (!open || html.indexOf(SEARCH_BODY_ATTRIBUTE, open.index + open[0].length) !== -1) return html;
  const end = elementEnd(html, open[1]!.toLowerCase(), open.index + open[0].length);
  if (end === -1) return html;
  const outside = html.slice(0, open.index) + html.slice(end);
  const metas = outside.match(STRAY_META)?.join('') ?? '';
  const htmlTag = HTML_OPEN.exec(html)?.[0] ?? '<html>';
  return `<!DOCTYPE html>${htmlTag}<head><meta charset="utf-8"></head><body>${html.slice(open.index, end)}${metas}</body></html>`;
}

const IGNORED_OPEN =
  /<([a-zA-Z][\w-]*)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*?\sdata-pagefind-ignore\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** What Pagefind may still take from inside an ignored element: its other attributes, and ids (anchors). */
const READ_INSIDE_IGNORED = /\sdata-pagefind-(?!ignore\b)|\sid=/;

/**
 * The page without the elements Pagefind ignores (`data-pagefind-ignore`) that hold nothing it reads
 * anyway (no filter, metadata, sort key or id): a phase's status "as of" the build day, for instance, so
 * that the copy, and the shard it belongs to, stay the same from one day to the next.
 */
export function withoutIgnoredParts(html: string): string {
  let kept = '';
  let from = 0;
  IGNORED_OPEN.lastIndex = 0;
  for (let open = IGNORED_OPEN.exec(html); open; open = IGNORED_OPEN.exec(html)) {
    const name = open[1]!.toLowerCase();
    const afterOpen = open.index + open[0].length;
    const end = VOID_ELEMENTS.has(name) || open[0].endsWith('/>') ? afterOpen : elementEnd(html, name, afterOpen);
    if (end === -1) continue;
    if (READ_INSIDE_IGNORED.test(html.slice(open.index, end))) continue;
    kept += html.slice(from, open.index);
    from = end;
    IGNORED_OPEN.lastIndex = end;
  }
  return kept + html.slice(from);
}

/** How many words Pagefind reads in a page (its content and metadata values), for `npm run search:cost`. */
export function indexedWordCount(html: string): number {
  const page = readPageText(html) ?? readPageTextFromDom(html);
  const text = [...page.metas.map((meta) => meta.value), ...page.text].join(' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
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
export function preparePageForIndex(
  html: string,
  options: { unaccentedForms?: boolean } = {},
): PreparedPage | undefined {
  if (!html.includes(SEARCH_BODY_ATTRIBUTE)) return undefined;
  const spaced = html.replace(TERM_END, '$1:$2').replace(DESCRIPTION_END, '$1.$2').replace(BLOCK_END, '$& ');
  const page = readPageText(spaced) ?? readPageTextFromDom(spaced);
  if (!page.hasBody) return undefined;
  // Only the indexed part is written for Pagefind: half the bytes, and the same index (see reduceToIndexedPart).
  const indexed = withoutIgnoredParts(reduceToIndexedPart(spaced));
  if (options.unaccentedForms === false) return { html: indexed, unaccentedWords: [] };
  const text = [...page.metas.map((meta) => meta.value), ...page.text];
  const unaccentedWords = unaccentedDWords(text.join(' '));
  const title = page.metas.find((meta) => meta.key === SEARCH_META.title)?.value ?? page.firstHeading ?? '';
  const titleWithoutMarks = unaccentedTitle(title);

  const extra = [
    unaccentedWords.length > 0 &&
      `<span data-pagefind-meta="${SEARCH_META.unaccented}[data-value]" data-value="${escapeAttribute(unaccentedWords.join(' '))}"></span>`,
    titleWithoutMarks &&
      `<span data-pagefind-meta="${SEARCH_META.unaccentedTitle}[data-value]" data-value="${escapeAttribute(titleWithoutMarks)}"></span>`,
  ]
    .filter(Boolean)
    .join('');
  const closingBody = indexed.lastIndexOf('</body>');
  const withMeta =
    closingBody === -1 ? indexed + extra : indexed.slice(0, closingBody) + extra + indexed.slice(closingBody);
  return { html: withMeta, unaccentedWords };
}
