/**
 * Field builders shared by every content schema. Each builder carries its own Vietnamese error
 * messages that name what is valid: Astro's content loader passes its own English error map to zod,
 * and only messages attached to the schema itself take precedence over it.
 */
import { z } from 'astro/zod';
import { isRealIsoDate } from '../lib/dates';

/**
 * What the web editor (/quan-tri/) needs to know about a field beyond its type, attached with zod's
 * `.meta()` so that the forms are generated from the schemas (src/cms/config.ts) instead of restated.
 * Builders set `label` (the one their messages use) and `example`; a schema adds `hint` or `widget`
 * where the type alone does not say which input fits.
 */
export interface EditorMeta {
  /** The field's name in messages, e.g. "ngày bắt đầu (startDate)"; the form shows it without the key. */
  label?: string;
  /** A good value, shown under the field as "Ví dụ: …". */
  example?: string;
  /** A sentence of help shown under the field. */
  hint?: string;
  /** An input other than the one the type implies. */
  widget?: 'date' | 'relation' | 'image' | 'text' | 'markdown';
  /** For `relation`: the collection whose entries are offered. */
  collection?: string;
  /** Not offered in the editor: set by the build itself (for example `illustrative`). */
  internal?: boolean;
}

/** Attaches editor metadata to a schema (zod's registry; clones made by refine/superRefine inherit it). */
export function withMeta<T extends z.ZodType>(schema: T, meta: EditorMeta): T {
  return schema.meta(meta as Record<string, unknown>);
}

/** What a zod 4 error function receives; only the parts the messages use. */
interface RawIssue {
  code?: string;
  input?: unknown;
  keys?: string[];
  minimum?: unknown;
  maximum?: unknown;
}

/** Describes a received value for an error message: «chuỗi "abc"», «số 12», «danh sách». */
export function describeValue(input: unknown): string {
  if (input === undefined || input === null) return 'để trống';
  if (typeof input === 'string') return `chữ "${input}"`;
  if (typeof input === 'number') return `số ${input}`;
  if (typeof input === 'boolean') return `giá trị ${input ? 'true' : 'false'}`;
  if (Array.isArray(input)) return 'một danh sách';
  if (input instanceof Date) return `ngày ${input.toISOString().slice(0, 10)}`;
  return 'một nhóm trường';
}

/** The message for a missing value or a value of the wrong type. */
function typeMessage(label: string, expected: string) {
  return (issue: RawIssue) =>
    issue.input === undefined
      ? `thiếu trường bắt buộc: ${label} — cần ${expected}`
      : `${label} phải là ${expected}, không phải ${describeValue(issue.input)}`;
}

const quote = (value: string) => `"${value}"`;

/** A required, non-empty line of text. `example` shows staff what a good value looks like. */
export function text(label: string, example?: string) {
  const expected = example ? `một đoạn chữ, ví dụ: ${example}` : 'một đoạn chữ';
  const schema = z
    .string({ error: typeMessage(label, expected) })
    .trim()
    .min(1, { error: `${label} không được để trống` })
    .transform((value) => value.normalize('NFC'));
  return withMeta(schema, example ? { label, example } : { label });
}

/** What to write instead: the same day rewritten when it was typed the Vietnamese way (20/12/2024). */
function dateAdvice(input: string): string {
  const dayFirst = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(input);
  if (dayFirst) {
    const iso = `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`;
    if (isRealIsoDate(iso)) return `viết dạng NĂM-THÁNG-NGÀY: ${iso}`;
  }
  return 'cần một ngày có thật, viết dạng NĂM-THÁNG-NGÀY, ví dụ 2024-01-12';
}

/** An ISO calendar date that exists: "2024-01-12" (YAML dates arrive as strings, see the content loader). */
export function isoDate(label: string) {
  const schema = z.preprocess(
    // A Date only reaches here when YAML was parsed elsewhere with timestamps on; keep its day.
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z.string({ error: typeMessage(label, 'một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2024-01-12') }).refine(isRealIsoDate, {
      error: (issue: RawIssue) =>
        `ngày không hợp lệ: ${String(issue.input)} — ${label} ${dateAdvice(String(issue.input))}`,
    }),
  );
  return withMeta(schema, { label, widget: 'date' });
}

/** A whole number within [min, max]. */
export function wholeNumber(label: string, min: number, max: number) {
  const schema = z
    .number({ error: typeMessage(label, `một số nguyên từ ${min} đến ${max}`) })
    .int({ error: `${label} phải là số nguyên (không có phần thập phân)` })
    .min(min, { error: (issue: RawIssue) => `${label} phải từ ${min} đến ${max}, không phải ${String(issue.input)}` })
    .max(max, { error: (issue: RawIssue) => `${label} phải từ ${min} đến ${max}, không phải ${String(issue.input)}` });
  return withMeta(schema, { label });
}

/** A year such as 2024. */
export function year(label = 'năm') {
  return wholeNumber(label, 1900, 2100);
}

/** A non-negative number that may have decimals (targets such as 0,8 %). In YAML the decimal mark is a dot: 0.8. */
export function amount(label: string) {
  const schema = z
    .number({
      error: typeMessage(label, 'một số, ví dụ 32200 hoặc 0.8 (dấu chấm thập phân, không dùng dấu phân cách nghìn)'),
    })
    .min(0, { error: `${label} không được âm` });
  return withMeta(schema, { label });
}

/** One of a fixed list of values; the message lists them all. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  const valid = values.map(quote).join(', ');
  const schema = z.enum(values, {
    error: (issue: RawIssue) =>
      issue.input === undefined
        ? `thiếu trường bắt buộc: ${label} — phải là một trong: ${valid}`
        : `${label} phải là một trong: ${valid}; không phải ${describeValue(issue.input)}`,
  });
  return withMeta(schema, { label });
}

/** A yes/no switch with a default. */
export function flag(label: string, defaultValue: boolean) {
  const schema = z.boolean({
    error: (issue: RawIssue) => `${label} phải là true hoặc false, không phải ${describeValue(issue.input)}`,
  });
  return withMeta(schema, { label }).default(defaultValue);
}

/** A list; `itemLabel` names one element in messages. */
export function listOf<T extends z.ZodType>(item: T, label: string) {
  return withMeta(
    z.array(item, { error: typeMessage(label, 'một danh sách (mỗi dòng bắt đầu bằng dấu gạch ngang "- ")') }),
    { label },
  );
}

/** A group of fields that rejects unknown names, so a misspelt field is reported instead of ignored. */
export function group<T extends z.ZodRawShape>(shape: T, label: string) {
  const known = Object.keys(shape).join(', ');
  const schema = z.strictObject(shape, {
    error: (issue: RawIssue) =>
      issue.code === 'unrecognized_keys'
        ? `trường không được hỗ trợ: ${(issue.keys ?? []).join(', ')} — ${label} chỉ có các trường: ${known}`
        : typeMessage(label, `một nhóm trường (${known})`)(issue),
  });
  return withMeta(schema, { label });
}

/** An e-mail address. */
export function email(label: string) {
  const expected = 'địa chỉ thư điện tử, ví dụ lienhe@example.gov.vn';
  const schema = z.email({
    error: (issue: RawIssue) =>
      issue.input === undefined
        ? typeMessage(label, expected)(issue)
        : `${label} phải là ${expected}; không phải ${describeValue(issue.input)}`,
  });
  return withMeta(schema, { label, example: 'lienhe@example.gov.vn' });
}

/** An absolute http(s) address. */
export function webAddress(label: string) {
  const expected = 'địa chỉ web đầy đủ bắt đầu bằng https://';
  const schema = z.url({
    protocol: /^https?$/,
    error: (issue: RawIssue) =>
      issue.input === undefined
        ? typeMessage(label, expected)(issue)
        : `${label} phải là ${expected}, không phải ${describeValue(issue.input)}`,
  });
  return withMeta(schema, { label, example: 'https://thiduakhenthuong.example.gov.vn' });
}
