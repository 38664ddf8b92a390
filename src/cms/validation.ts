/**
 * The check the web editor runs before saving: the build's own zod schemas and publishing rules, in
 * the browser, on the values the form would write. It returns the build's Vietnamese messages with
 * the field they belong to. `npm run check:content` in CI stays the last gate (it also checks links
 * between entries, photo files on disk and the full MDX grammar, which need the whole repository).
 */
import type { z } from 'astro/zod';
import { ALT_TEXT_EXAMPLE, altTextProblem } from '../lib/alt-text';
import { esmMessage, expressionMessage } from '../lib/markdown/mdx-messages';
import { findPersonalNumbers, personalNumberMessage, PROFILE_COLLECTIONS } from '../lib/personal-data';
import { collectionSchemas } from '../schemas/collections';
import { plainSchemaContext } from '../schemas/context';
import { siteSchema } from '../schemas/site';
import { describeField, formLabel } from './fields';

export interface EditorProblem {
  /** Dotted field path ("awards.0.name"), or "body" for the text. */
  field: string;
  /** The field as the form labels it ("Danh hiệu, khen thưởng › 1 › Danh hiệu"). */
  label: string;
  message: string;
}

const schemas = { ...collectionSchemas(plainSchemaContext), site: siteSchema } as Record<string, z.ZodType>;

/** Sveltia's own bookkeeping keys on list items (`__sc_item_id`), never written to files. */
const INTERNAL_KEY = /^__sc_/;

/** What the editor writes: empty optional values are left out (omit_empty_optional_fields). */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key]) => !INTERNAL_KEY.test(key))
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  if (value === '' || value === null || value === undefined) return undefined;
  return value;
}

/**
 * A photo chosen while editing is a `blob:` address in the form until the save gives it its file
 * name, so its format cannot be read here: the upload field offers only JPEG, PNG and WebP and
 * re-encodes photos as WebP, and the save check (which sees the file name) catches anything else.
 */
const UPLOAD_NOT_YET_NAMED = /^blob:/;
const NAME_OF_UPLOAD = 'anh-vua-tai-len.webp';

function withUploadsNamed(value: unknown): unknown {
  if (typeof value === 'string') return UPLOAD_NOT_YET_NAMED.test(value) ? NAME_OF_UPLOAD : value;
  if (Array.isArray(value)) return value.map(withUploadsNamed);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withUploadsNamed(item)]));
  return value;
}

/** The form label of a field path, read from the schema's own labels. */
function labelOf(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (typeof key === 'number') {
      parts.push(String(key + 1));
      const element: z.ZodType | undefined = (
        describeField(current!).core as unknown as { _zod: { def: { element?: z.ZodType } } }
      )._zod.def.element;
      current = element;
      continue;
    }
    const shape = current
      ? (describeField(current).core as unknown as { _zod: { def: { shape?: Record<string, z.ZodType> } } })._zod.def
          .shape
      : undefined;
    current = shape?.[String(key)];
    parts.push(current ? formLabel(describeField(current).meta.label, String(key)) : String(key));
  }
  return parts.join(' › ');
}

/** Lines of Markdown outside fenced code blocks, with their text. */
function proseLines(body: string): string[] {
  let fenced = false;
  return body.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
}

/** Code in the text (`import`, `{…}`) and images without alt text, as the build reports them. */
export function bodyProblems(body: string): string[] {
  const problems: string[] = [];
  for (const line of proseLines(body)) {
    if (/^\s*(import|export)\s/.test(line)) problems.push(esmMessage(line.trim()));
    // Braces not escaped and outside inline code are an MDX expression.
    const withoutCode = line.replace(/`[^`]*`/g, '');
    const expression = /(?<!\\)\{([^}]*)\}?/.exec(withoutCode);
    if (expression) problems.push(expressionMessage(expression[1]));
    for (const image of withoutCode.matchAll(/!\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g)) {
      const problem = altTextProblem(image[1]);
      if (problem)
        problems.push(
          `ảnh ${image[2]}: ${problem} — viết mô tả bằng tiếng Việt trong ngoặc vuông, ví dụ: ![${ALT_TEXT_EXAMPLE}](${image[2]})`,
        );
    }
  }
  return problems;
}

function stringsIn(value: unknown, path: string[]): { path: string[]; text: string }[] {
  if (typeof value === 'string' || typeof value === 'number') return [{ path, text: String(value) }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, String(index)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  return [];
}

/** Every problem the build would report for this entry of `collection`, given the form's values. */
export function checkEntry(collection: string, values: Record<string, unknown>): EditorProblem[] {
  const schema = schemas[collection];
  if (!schema) return [];
  const { body, ...fields } = values;
  const data = (withUploadsNamed(withoutEmpty(fields)) ?? {}) as Record<string, unknown>;
  const problems: EditorProblem[] = [];
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      for (const path of keys) {
        problems.push({ field: path.map(String).join('.'), label: labelOf(schema, path), message: issue.message });
      }
    }
  }
  if (typeof body === 'string') {
    for (const message of bodyProblems(body)) problems.push({ field: 'body', label: 'Nội dung', message });
  }
  if (PROFILE_COLLECTIONS.includes(collection)) {
    const texts = [...stringsIn(data, []), ...(typeof body === 'string' ? [{ path: ['body'], text: body }] : [])];
    for (const { path, text } of texts) {
      for (const number of findPersonalNumbers(text)) {
        problems.push({
          field: path.join('.'),
          label:
            path[0] === 'body'
              ? 'Nội dung'
              : labelOf(
                  schema,
                  path.map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
                ),
          message: personalNumberMessage(number),
        });
      }
    }
  }
  return problems;
}
