/**
 * Vietnamese text: the one place that knows how accented Vietnamese maps to plain ASCII, and how it
 * sorts.
 * `đ`/`Đ` have no Unicode decomposition, so NFD alone leaves them in place; they are mapped by hand.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Removes tones and vowel marks and maps đ→d, Đ→D: "Điển hình tiên tiến" → "Dien hinh tien tien". */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** An unaccented, lowercase, hyphenated slug for addresses: "Đợt thi đua thứ nhất" → "dot-thi-dua-thu-nhat". */
export function slugifyVietnamese(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Vietnamese alphabetical order ("Đ" after "D"); one collator for the whole build, as each costs ICU memory. */
export const compareVietnamese = new Intl.Collator('vi').compare;
