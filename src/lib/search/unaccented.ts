/**
 * Pagefind (1.5+) folds tones and vowel marks, so "thuong" already finds "thưởng"; but `đ` has no
 * Unicode decomposition and stays distinct, so "dot thi dua" would not find "Đợt thi đua". The
 * index therefore carries, as searchable metadata that never shows in excerpts, the unaccented form
 * of every word of a page that contains đ/Đ. Readers who type with accents match the page's own
 * words, and Pagefind ranks their exact-accent matches first.
 */
import { foldVietnamese } from '../vietnamese-text';

const HAS_D_STROKE = /[đĐ]/;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** One searchable token without marks, lowercase, without the punctuation around it: "(Đảng," → "dang". */
function unaccentedToken(token: string): string {
  return foldVietnamese(token).toLowerCase().replace(EDGE_PUNCTUATION, '');
}

/**
 * The distinct unaccented forms of the words in `text` that contain đ/Đ, in order of first use:
 * "Đợt thi đua, Đảng và đợt" → ["dot", "dua", "dang"]. Inner punctuation stays, so a document number
 * such as "08/KH-SLĐTBXH" becomes "08/kh-sldtbxh" and Pagefind splits it as it splits the original.
 */
export function unaccentedDWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of text.split(/\s+/)) {
    if (!HAS_D_STROKE.test(token)) continue;
    const word = unaccentedToken(token);
    if (word) words.add(word);
  }
  return [...words];
}

/** The whole title without marks when it contains đ/Đ ("dot thi dua thu nhat nam 2024"), else undefined. */
export function unaccentedTitle(title: string): string | undefined {
  if (!HAS_D_STROKE.test(title)) return undefined;
  return title
    .split(/\s+/)
    .map(unaccentedToken)
    .filter((word) => word.length > 0)
    .join(' ');
}
