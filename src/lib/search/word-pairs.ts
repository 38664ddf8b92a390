/**
 * Words before syllables. A Vietnamese word is most often two syllables written apart ("đơn vị",
 * "khen thưởng"), and Pagefind matches each syllable on its own, as a prefix: typed without marks,
 * "don vi" matches every page with "vì", "viên" or "Việt" somewhere, and short pages win. Pagefind
 * 1.6 gives no weight to words standing next to each other (its ranking is BM25 per word, plus the
 * metadata weights), but its quoted-phrase search checks the words' positions in the index. So each
 * pair of neighbouring words of the query is searched again as a phrase ("\"don vi\""), and pages
 * holding more of the query's pairs, in order, come first (run-search.ts).
 *
 * Pagefind folds tones and vowel marks but not đ, so a word typed with d is searched both ways:
 * "\"don vi\"" and "\"đon vi\"" (Pagefind folds "đon" to the page's "đơn").
 */

/** Letters and digits only: a document number ("08/KH-SLĐTBXH") or "32.200" is not a syllable. */
const SYLLABLE = /^[\p{L}\p{N}]+$/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Beyond this many pairs a query is a sentence, not a word, and Pagefind ranks it well by its words;
 * the pairs after it are not searched. Each pair costs one to four phrase searches (the spellings of
 * đ) and may fetch another index chunk: at 1,000 profiles a five-word query took twice as long with
 * all its pairs (README, "Words before syllables").
 */
export const MAX_WORD_PAIRS = 4;

/** The word as typed and, when it starts with d, with đ: "dong" → ["dong", "đong"]. */
function spellings(word: string): string[] {
  return word.startsWith('d') ? [word, `đ${word.slice(1)}`] : [word];
}

/**
 * The neighbouring pairs of the query's words, each as the phrase queries that find it on a page:
 * "don vi" → [['"don vi"', '"đon vi"']]; "khen thưởng" → [['"khen thưởng"']]. Empty for a single word
 * or a query that already holds a quoted phrase (Pagefind then matches the phrase itself).
 */
export function wordPairPhrases(query: string): string[][] {
  if (query.includes('"')) return [];
  const tokens = query.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
  const pairs = new Map<string, string[]>();
  for (let index = 0; index + 1 < tokens.length && pairs.size < MAX_WORD_PAIRS; index += 1) {
    const first = tokens[index]!.replace(EDGE_PUNCTUATION, '');
    const second = tokens[index + 1]!.replace(EDGE_PUNCTUATION, '');
    // A pair never spans punctuation: "đoàn kết, kỷ cương" has no pair "kết kỷ".
    const apart = !tokens[index]!.endsWith(first) || !tokens[index + 1]!.startsWith(second);
    if (apart || !SYLLABLE.test(first) || !SYLLABLE.test(second)) continue;
    pairs.set(
      `${first} ${second}`,
      spellings(first).flatMap((a) => spellings(second).map((b) => `"${a} ${b}"`)),
    );
  }
  return [...pairs.values()];
}
