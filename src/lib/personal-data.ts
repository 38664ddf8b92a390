/**
 * Numbers that identify a person and must never be published in a profile (Luật Bảo vệ dữ liệu cá
 * nhân 91/2025/QH15): identity card numbers (CMND, 9 digits; CCCD, 12 digits) and personal mobile
 * numbers (0xx or +84 followed by a mobile prefix 3, 5, 7, 8, 9). Office landlines (02xx…) are the
 * agency's public contacts and are allowed.
 */

import type { EntryFile } from './entry-file';
import { BODY_FIELD, type ContentProblem } from './validation-report';

export type PersonalNumberKind = 'CMND' | 'CCCD' | 'điện thoại di động';

export interface PersonalNumber {
  kind: PersonalNumberKind;
  /** The number as written. */
  text: string;
  /** Offset in the scanned text. */
  index: number;
}

// A mobile number: 0 / 84 / +84 / (+84), a mobile prefix, then 8 digits, with at most one space, dot or
// hyphen between digits ("0912 345 678", "+84 912.345.678"). Not glued to other digits.
const MOBILE = /(?<![\d+])(?:\(\+?84\)|\+?84|0)[ .-]?[35789](?:[ .-]?\d){8}(?!\d)/g;
// Identity numbers are written as one run of digits; CCCD sometimes in groups of three ("001 234 567 890").
const IDENTITY = /(?<![\d.,/])(?:\d{12}|\d{9}|0\d{2}(?:[ .-]\d{3}){3})(?![\d/]|[.,]\d)/g;
// "84.500.000.000" is an amount in đồng, not a phone number.
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/** Every identity or mobile number in `text`. */
export function findPersonalNumbers(text: string): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  for (const match of text.matchAll(MOBILE)) {
    if (THOUSANDS.test(match[0])) continue;
    found.push({ kind: 'điện thoại di động', text: match[0], index: match.index });
  }
  for (const match of text.matchAll(IDENTITY)) {
    const overlapsPhone = found.some(
      (phone) => match.index < phone.index + phone.text.length && phone.index < match.index + match[0].length,
    );
    if (overlapsPhone) continue;
    const digits = match[0].replace(/\D/g, '').length;
    found.push({ kind: digits === 12 ? 'CCCD' : 'CMND', text: match[0], index: match.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The Vietnamese message for a number found in a profile. */
export function personalNumberMessage(number: PersonalNumber): string {
  const what =
    number.kind === 'điện thoại di động' ? 'số điện thoại di động cá nhân' : `số ${number.kind} (giấy tờ tùy thân)`;
  return `"${number.text}" trông như ${what}, không được công bố trên trang (Luật Bảo vệ dữ liệu cá nhân) — hãy xóa số này; nếu cần liên hệ, ghi số điện thoại cơ quan trong content/site.yaml`;
}

/** Collections whose entries are about a person or a team, and so are scanned for these numbers. */
export const PROFILE_COLLECTIONS: readonly string[] = ['exemplars'];

/** Every text (and number) in entry data, with its field path. */
function valuesIn(value: unknown, path: string[]): { path: string[]; text: string }[] {
  if (typeof value === 'string' || typeof value === 'number') return [{ path, text: String(value) }];
  if (Array.isArray(value)) return value.flatMap((item, index) => valuesIn(item, [...path, String(index)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => valuesIn(item, [...path, key]));
  return [];
}

/**
 * Identity and mobile numbers anywhere in a profile file: each field of its frontmatter (known or not)
 * and each line of its text. Runs before the schema, so it is reported even when other fields are wrong.
 */
export function findPersonalDataInEntry(file: string, entry: EntryFile): ContentProblem[] {
  const inFields = valuesIn(entry.data, []).flatMap(({ path, text }) =>
    findPersonalNumbers(text).map((number) => ({
      file,
      line: entry.lineOf(path),
      field: path.join('.'),
      message: personalNumberMessage(number),
    })),
  );
  const inBody = findPersonalNumbers(entry.body).map((number) => ({
    file,
    line: entry.bodyStartLine + (entry.body.slice(0, number.index).match(/\n/g)?.length ?? 0),
    field: BODY_FIELD,
    message: personalNumberMessage(number),
  }));
  return [...inFields, ...inBody];
}
