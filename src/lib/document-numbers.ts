/**
 * Document numbers (số ký hiệu) as Vietnamese texts cite them: "08/KH-SLĐTBXH", "34-CT/TW",
 * "07/CT-TTg", "30/2020/NĐ-CP", even "358- NQ/ĐU" with a stray space. Dates ("12/01/2024") and year
 * ranges ("2021-2025") are not numbers: after the first separator comes a letter, or a four-digit
 * year and then one.
 */

/** A document number in running text. */
export const DOCUMENT_NUMBER =
  /(?<![\p{L}\p{N}/-])\d{1,4}(?:\/\d{4})?(?:\/|-\s?)\p{Lu}[\p{L}\p{N}]*(?:[/-][\p{L}\p{N}&]+)*/gu;

/** The form two numbers are compared in: NFC, no spaces, capitals ("358- NQ/ĐU" → "358-NQ/ĐU"). */
export function normaliseDocumentNumber(number: string): string {
  return number.normalize('NFC').replace(/\s+/g, '').toLocaleUpperCase('vi');
}

/** Every document number in `text`, with where it starts. */
export function findDocumentNumbers(text: string): { number: string; index: number }[] {
  return [...text.matchAll(DOCUMENT_NUMBER)].map((match) => ({ number: match[0], index: match.index }));
}
