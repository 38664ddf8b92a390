/**
 * Editor forms from the content schemas: walks a zod schema and writes the Sveltia CMS field list for
 * it, from the types and the metadata the field builders attach (src/schemas/fields.ts, EditorMeta).
 * Nothing here names a collection or a field: a new schema gets its form without changes here.
 */
import { z } from 'astro/zod';
import type { EditorMeta } from '../schemas/fields';

/** The part of a Sveltia field definition this module writes (see @sveltia/cms types/public.d.ts). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  fields?: CmsField[];
  field?: CmsField;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  summary?: string;
  collapsed?: boolean;
  choose_url?: boolean;
  accept?: string;
  [key: string]: unknown;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; format?: string } } }[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: z.ZodType) => (z.globalRegistry.get(schema) ?? {}) as EditorMeta;

/** What a schema is once its wrappers (optional, default, pipes, preprocessors) are looked through. */
export interface FieldShape {
  /** The innermost schema that says what kind of value it is. */
  core: z.ZodType;
  /** Metadata of every layer, outer layers overriding inner ones. */
  meta: EditorMeta;
  optional: boolean;
  defaultValue?: unknown;
  /** Number bounds and whether it is whole, from the checks on the way. */
  int: boolean;
  min?: number;
  max?: number;
}

function collectChecks(schema: z.ZodType, shape: FieldShape) {
  for (const check of defOf(schema).checks ?? []) {
    const { check: kind, value, format } = check._zod.def;
    if (kind === 'greater_than' && typeof value === 'number') shape.min = value;
    if (kind === 'less_than' && typeof value === 'number') shape.max = value;
    if (kind === 'number_format' && format === 'safeint') shape.int = true;
  }
}

/** Looks through wrappers to the value type, gathering metadata from the outside in. */
export function describeField(schema: z.ZodType): FieldShape {
  const layers: EditorMeta[] = [];
  const shape: FieldShape = { core: schema, meta: {}, optional: false, int: false };
  let current = schema;
  for (;;) {
    layers.push(metaOf(current));
    const def = defOf(current);
    collectChecks(current, shape);
    if (def.type === 'optional') {
      shape.optional = true;
      current = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      shape.optional = true;
      shape.defaultValue = def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // A pipe's output may carry the decisive metadata (a reference), its input the label.
      layers.push(metaOf(def.out!), metaOf(def.in!));
      const outType = defOf(def.out!).type;
      current = outType === 'transform' || outType === 'string' ? def.in! : def.out!;
      if (outType === 'string') collectChecks(def.out!, shape);
      if (defOf(current).type === 'transform') current = def.out!;
    } else {
      break;
    }
  }
  shape.core = current;
  // Inner layers first, so the outermost (what a schema module said last) wins.
  shape.meta = Object.assign({}, ...layers.reverse()) as EditorMeta;
  return shape;
}

/** "ngày bắt đầu (startDate)" → "Ngày bắt đầu": the label without the field's key, capitalised. */
export function formLabel(label: string | undefined, name: string): string {
  const text = (label ?? name).replace(/\s*\([\w.]+\)\s*$/, '').trim();
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function hintOf(meta: EditorMeta): string | undefined {
  const parts = [meta.hint, meta.example ? `Ví dụ: ${meta.example}` : undefined].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** The field a relation picker shows and searches: the target's title or name. */
export type IdentifierOf = (collection: string) => string;

/** A Sveltia field for one schema field, or undefined for fields the build sets itself. */
export function cmsField(name: string, schema: z.ZodType, identifierOf: IdentifierOf): CmsField | undefined {
  const shape = describeField(schema);
  const { meta, core } = shape;
  if (meta.internal) return undefined;
  const def = defOf(core);
  const field: CmsField = { name, label: formLabel(meta.label, name), widget: 'string' };
  if (shape.optional) field.required = false;
  // A relation's example is about file names, which the picker hides.
  const hint = meta.widget === 'relation' ? meta.hint : hintOf(meta);
  if (hint) field.hint = hint;

  if (meta.widget === 'date') {
    Object.assign(field, {
      widget: 'datetime',
      time_format: false,
      date_format: 'DD/MM/YYYY',
      format: 'YYYY-MM-DD',
      picker_utc: true,
    });
  } else if (meta.widget === 'relation' && meta.collection) {
    const identifier = identifierOf(meta.collection);
    Object.assign(field, {
      widget: 'relation',
      collection: meta.collection,
      value_field: '{{slug}}',
      search_fields: [identifier],
      display_fields: [identifier],
    });
  } else if (meta.widget === 'image') {
    Object.assign(field, { widget: 'image', choose_url: false, accept: 'image/jpeg,image/png,image/webp' });
  } else if (meta.widget === 'text') {
    field.widget = 'text';
  } else if (def.type === 'enum') {
    field.widget = 'select';
    field.options = Object.values(def.entries ?? {}).map((value) => ({ label: value, value }));
  } else if (def.type === 'boolean') {
    field.widget = 'boolean';
  } else if (def.type === 'number') {
    Object.assign(field, { widget: 'number', value_type: shape.int ? 'int' : 'float' });
    if (shape.min !== undefined) field.min = shape.min;
    if (shape.max !== undefined) field.max = shape.max;
  } else if (def.type === 'object') {
    field.widget = 'object';
    field.fields = objectFields(core, identifierOf);
    if (shape.optional) field.collapsed = true;
  } else if (def.type === 'array') {
    field.widget = 'list';
    const item = describeField(def.element!);
    if (defOf(item.core).type === 'object') {
      field.fields = objectFields(item.core, identifierOf);
      const first = field.fields[0];
      if (first) field.summary = `{{fields.${first.name}}}`;
    } else {
      const inner = cmsField(name, def.element!, identifierOf);
      if (inner) field.field = { ...inner, label: formLabel(item.meta.label, name) };
    }
  } else if (def.type !== 'string') {
    throw new Error(`trình soạn thảo chưa có ô nhập cho trường "${name}" (kiểu ${def.type})`);
  }
  if (shape.defaultValue !== undefined && !Array.isArray(shape.defaultValue)) field.default = shape.defaultValue;
  return field;
}

/** Every field of an object schema, in the schema's order (which is the order the editor writes). */
export function objectFields(schema: z.ZodType, identifierOf: IdentifierOf): CmsField[] {
  const { core } = describeField(schema);
  const shape = defOf(core).shape ?? {};
  return Object.entries(shape).flatMap(([name, fieldSchema]) => {
    const field = cmsField(name, fieldSchema, identifierOf);
    return field ? [field] : [];
  });
}

/** The label a group schema was given ("hồ sơ điển hình tiên tiến"), capitalised. */
export function schemaLabel(schema: z.ZodType, fallback: string): string {
  return formLabel(describeField(schema).meta.label, fallback);
}
