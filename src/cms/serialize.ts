/**
 * How the web editor writes a file, restated for Node so that the repository's files can be kept in
 * the editor's style (test/unit/editor-round-trip.test.ts) and normalised once: keys in the order of
 * the form's fields, empty optional values left out, YAML as Sveltia CMS 0.221 formats it
 * (services/contents/file/format.js: yaml's stringify, plain scalars, no line wrapping), front matter
 * as `---`, the YAML, `---`, a blank line, the body. The Chromium test (test/browser/editor.test.ts)
 * checks this against the real editor's saves.
 */
import { parse, stringify } from 'yaml';
import type { CmsField } from './fields';

/** Sveltia's YAML options (output.yaml defaults: indent 2, indented sequences, quote none). */
export function formatYaml(value: unknown): string {
  return stringify(value, null, {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: 'PLAIN',
    singleQuote: true,
  }).trim();
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/** The value as the form holds it, in field order; unknown keys are kept after the known ones. */
function ordered(value: unknown, fields: readonly CmsField[] | undefined, item?: CmsField): unknown {
  if (Array.isArray(value)) return value.map((element) => ordered(element, item?.fields, item?.field));
  if (!value || typeof value !== 'object' || !fields) return value;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    if (!(field.name in source)) continue;
    const inner = ordered(
      source[field.name],
      field.widget === 'list' ? field.fields : field.fields,
      field.widget === 'list' ? field : undefined,
    );
    // omit_empty_optional_fields: an empty optional value is not written.
    if (field.required === false && isEmpty(inner)) continue;
    result[field.name] = inner;
  }
  for (const [key, inner] of Object.entries(source))
    if (!(key in result) && !fields.some((field) => field.name === key)) result[key] = inner;
  return result;
}

/** A YAML entry file as the editor would save it. */
export function formatYamlEntry(data: Record<string, unknown>, fields: readonly CmsField[]): string {
  return `${formatYaml(ordered(data, fields))}\n`;
}

/** An MDX entry file as the editor would save it. */
export function formatFrontMatterEntry(
  data: Record<string, unknown>,
  body: string,
  fields: readonly CmsField[],
): string {
  const head = formatYaml(ordered(data, fields));
  return `---\n${head}\n---\n${body ? `\n${body}\n` : ''}`;
}

/** Splits an MDX file as Sveltia's parser does: the YAML head, and the body after one blank line. */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---(?:\n([\s\S]*))?$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: (match[2] ?? '').replace(/^\n/, '') };
}

/** The file the editor would write after opening `text` and saving it unchanged. */
export function roundTrip(text: string, format: 'yaml' | 'frontmatter', fields: readonly CmsField[]): string {
  if (format === 'yaml') return formatYamlEntry((parse(text) ?? {}) as Record<string, unknown>, fields);
  const { data, body } = splitFrontMatter(text);
  // The body field is a string the editor writes back trimmed of the final line break it adds itself.
  return formatFrontMatterEntry(data, body.replace(/\n$/, ''), fields);
}
