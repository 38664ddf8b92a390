/**
 * Marks the words of an excerpt that the query matched. Pagefind marks only the words it matched in
 * the page text, so for "dot thi dua" it would mark "thi" but not "Đợt" or "đua" (found through the
 * unaccented forms). Marking by folded prefix, as Pagefind matches, marks all three.
 */
import { foldVietnamese } from '../vietnamese-text';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Plain text of an HTML-escaped excerpt from Pagefind, without its <mark> tags. */
export function excerptText(excerpt: string): string {
  return excerpt.replace(/<\/?mark>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

const WORD = /[\p{L}\p{N}]+/gu;

function fold(text: string): string {
  return foldVietnamese(text).toLowerCase();
}

/** The query's words, unaccented, as the prefixes to mark: "Đợt thi-đua" → ["dot", "thi", "dua"]. */
export function queryPrefixes(query: string): string[] {
  return [...new Set(fold(query.normalize('NFC')).match(WORD) ?? [])];
}

/** Splits `text` into parts, marking each word that starts with one of the query's words (folded). */
export function highlightParts(excerpt: string, query: string): ExcerptPart[] {
  const text = excerpt.normalize('NFC');
  const prefixes = queryPrefixes(query);
  const parts: ExcerptPart[] = [];
  let last = 0;
  const push = (part: ExcerptPart) => {
    if (!part.text) return;
    const previous = parts.at(-1);
    if (previous && previous.marked === part.marked) previous.text += part.text;
    else parts.push(part);
  };
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]);
    const marked = prefixes.some((prefix) => word === prefix || (prefix.length > 1 && word.startsWith(prefix)));
    push({ text: text.slice(last, match.index), marked: false });
    push({ text: match[0], marked });
    last = match.index + match[0].length;
  }
  push({ text: text.slice(last), marked: false });
  return parts;
}
