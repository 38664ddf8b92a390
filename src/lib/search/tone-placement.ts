/**
 * Vietnamese has two accepted places for the tone mark in an open syllable ending in "oa", "oe" or
 * "uy": on the first vowel (hóa, hòe, thủy: the older style, common in official documents) or on the
 * second (hoá, hoè, thuỷ). Both appear in the same plans, and readers type either. Pagefind folds
 * tones, so both are found; but the exact-accent ranking would favour only the spelling typed.
 */

/** Acute, grave, hook above, tilde, dot below (NFD). */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const WORD = /[\p{L}\p{M}]+/gu;

/** The same syllable with its tone on the other vowel of a final oa/oe/uy, or itself. */
function otherPlacement(word: string): string {
  const decomposed = word.normalize('NFD');
  const tone = TONE.exec(decomposed);
  if (!tone) return word;
  const letters = decomposed.slice(0, tone.index) + decomposed.slice(tone.index + 1);
  const match = /(?<!q)(oa|oe|uy)$/i.exec(letters);
  if (!match) return word;
  const first = match.index + 1;
  // The tone follows the first vowel (index first) or the second (index first + 1).
  const onFirst = tone.index === first;
  if (!onFirst && tone.index !== first + 1) return word;
  const at = onFirst ? first + 1 : first;
  return (letters.slice(0, at) + tone[0] + letters.slice(at)).normalize('NFC');
}

/** The text with every such syllable's tone moved to its other accepted place. */
export function withOtherTonePlacement(text: string): string {
  return text.normalize('NFC').replace(WORD, otherPlacement);
}
