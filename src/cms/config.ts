/**
 * The Sveltia CMS configuration of the web editor (/quan-tri/), generated at build time from the
 * content schemas: one collection per entry collection of `collectionSchemas`, plus the site
 * configuration as a single file. A collection added to src/schemas/collections.ts (and its file type
 * to content-sources.ts) gets its form without any change here.
 */
import { z } from 'astro/zod';
import { COLLECTION_EXTENSIONS, type FolderCollection } from '../lib/content-sources';
import { collectionSchemas } from '../schemas/collections';
import type { CollectionName, SchemaContext } from '../schemas/context';
import { withMeta } from '../schemas/fields';
import { siteSchema, type SiteConfig } from '../schemas/site';
import { checkField } from './check-field';
import { cmsField, describeField, objectFields, schemaLabel, type CmsField } from './fields';

/** The folder the editor reads and writes, relative to the repository root (as the build's default). */
export const CONTENT_FOLDER = 'content';

/**
 * Largest file accepted for upload, after a photo is scaled down (see `transformations`): larger ones
 * are refused with the editor's own Vietnamese message. Sveltia counts megabytes as 10^6 bytes, so
 * this reads "5 MB" there, as the field's hint says.
 */
export const MAX_UPLOAD_BYTES = 5_000_000;

/** Schemas as the editor sees them: links are pickers of entries, photos are image fields. */
export const editorSchemaContext: SchemaContext = {
  reference: (collection) => withMeta(z.string(), { widget: 'relation', collection }),
  image: () => withMeta(z.string(), { widget: 'image' }) as unknown as ReturnType<SchemaContext['image']>,
};

/** The schemas of the entry collections, built for the editor. */
export function editorSchemas(): Record<string, z.ZodType> {
  const schemas = collectionSchemas(editorSchemaContext);
  return Object.fromEntries(
    Object.keys(schemas).map((name) => [name, schemas[name as keyof typeof schemas] as z.ZodType]),
  );
}

/** Which field names an entry: `title` where the schema has one, else `name`. */
function identifierField(schema: z.ZodType): string {
  const fields = Object.keys((describeField(schema).core as unknown as { shape: Record<string, unknown> }).shape);
  return fields.find((field) => field === 'title') ?? fields.find((field) => field === 'name') ?? fields[0]!;
}

function hasImageField(schema: z.ZodType): boolean {
  const shape = (describeField(schema).core as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.values(shape).some((field) => describeField(field).meta.widget === 'image');
}

/** Where each kind of content lives and how its files are written, read from the build's own table. */
function entryCollection(name: string, schema: z.ZodType, identifierOf: (collection: string) => string) {
  const extension = COLLECTION_EXTENSIONS[name as FolderCollection]?.[0] ?? 'yaml';
  const withBody = extension === 'mdx' || extension === 'md';
  const ownFolder = hasImageField(schema);
  const fields: CmsField[] = [checkField(name), ...objectFields(schema, identifierOf)];
  if (withBody) {
    fields.push({
      name: 'body',
      label: 'Nội dung',
      widget: 'markdown',
      // Raw first: the text is saved exactly as typed. The rich-text mode offers <Note> and <Figure>
      // as blocks but rewrites Markdown in its own style.
      modes: ['raw', 'rich_text'],
      buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
      editor_components: ['note', 'figure', 'image'],
      hint: 'Viết bằng Markdown. Chỉ dùng hai thành phần <Note> và <Figure>; không dùng import, export hay dấu {…}.',
    });
  }
  const label = schemaLabel(schema, name);
  return {
    name,
    label,
    label_singular: label,
    folder: `${CONTENT_FOLDER}/${name}`,
    extension,
    format: withBody ? 'frontmatter' : 'yaml',
    create: true,
    identifier_field: identifierOf(name),
    // The same file names as `npm run new`: the title without accents, đ → d (see slug options).
    slug: `{{${identifierOf(name)}}}`,
    // A profile lives in its own folder with its photo beside it: <tên>/index.mdx, ./anh.jpg.
    ...(ownFolder ? { path: '{{slug}}/index', media_folder: '', public_folder: '' } : {}),
    summary: `{{${identifierOf(name)}}}`,
    sortable_fields: [identifierOf(name)],
    fields,
  };
}

/** Where saves go: the agency's git host, from `editor` in content/site.yaml. */
export type EditorBackend = NonNullable<SiteConfig['editor']>;

function backendConfig(editor: EditorBackend | undefined) {
  if (!editor) return { name: 'github', repo: 'to-chuc/kho-noi-dung', branch: 'main' };
  const name = editor.host === 'gitea' ? 'gitea' : editor.host;
  return {
    name,
    repo: editor.repo,
    branch: editor.branch,
    ...(editor.apiRoot ? { api_root: editor.apiRoot } : {}),
    ...(editor.baseUrl ? { base_url: editor.baseUrl } : {}),
    ...(editor.appId ? { app_id: editor.appId } : {}),
    ...(name === 'gitlab' && editor.appId ? { auth_type: 'pkce' } : {}),
    commit_messages: {
      create: 'Thêm {{collection}} “{{slug}}” (qua trang quản trị)',
      update: 'Sửa {{collection}} “{{slug}}” (qua trang quản trị)',
      delete: 'Xóa {{collection}} “{{slug}}” (qua trang quản trị)',
      uploadMedia: 'Tải lên tệp “{{path}}” (qua trang quản trị)',
      deleteMedia: 'Xóa tệp “{{path}}” (qua trang quản trị)',
    },
  };
}

export interface EditorConfigOptions {
  /** The `editor` settings of content/site.yaml (which git host, which repository). */
  editor?: EditorBackend | undefined;
  /** The public site's address, for "view on site" links. */
  siteUrl?: string | undefined;
}

/** The whole configuration passed to `CMS.init({ config })`. */
export function editorConfig(options: EditorConfigOptions = {}) {
  const schemas = editorSchemas();
  const identifierOf = (collection: string) => (schemas[collection] ? identifierField(schemas[collection]) : 'title');
  const collections = Object.entries(schemas).map(([name, schema]) => entryCollection(name, schema, identifierOf));
  return {
    load_config_file: false,
    backend: backendConfig(options.editor),
    app_title: 'Quản trị nội dung – Thi đua, Khen thưởng',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    media_folder: `${CONTENT_FOLDER}/tep-tai-len`,
    public_folder: '/tep-tai-len',
    media_libraries: {
      default: {
        config: {
          max_file_size: MAX_UPLOAD_BYTES,
          slugify_filename: true,
          // Large photos are scaled down and re-encoded in the browser, which drops their EXIF data
          // (GPS included) before the file reaches the repository.
          transformations: {
            raster_image: { format: 'webp', quality: 85, width: 1600, height: 1600 },
          },
        },
      },
    },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    editor: { preview: true },
    show_preview_links: false,
    collections: [
      ...collections,
      {
        name: 'site',
        label: 'Cấu hình trang',
        files: [
          {
            name: 'site',
            label: schemaLabel(siteSchema, 'site'),
            file: `${CONTENT_FOLDER}/site.yaml`,
            format: 'yaml',
            fields: [checkField('site'), ...objectFields(siteSchema, identifierOf)],
          },
        ],
      },
    ],
  };
}

export type EditorConfig = ReturnType<typeof editorConfig>;

/** Every field path a schema has, for the test that the editor offers them all ("awards.decision.date"). */
export function schemaFieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const shape = describeField(schema);
  const def = (
    shape.core as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } } }
  )._zod.def;
  if (def.type === 'object') {
    return Object.entries(def.shape ?? {}).flatMap(([key, field]) => {
      if (describeField(field).meta.internal) return [];
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...schemaFieldPaths(field, path)];
    });
  }
  if (def.type === 'array' && def.element) return schemaFieldPaths(def.element, prefix);
  return [];
}

/** Every field path the editor offers, in the same notation. */
export function editorFieldPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const nested = [
      ...(field.fields ? editorFieldPaths(field.fields, path) : []),
      ...(field.field?.fields ? editorFieldPaths(field.field.fields, path) : []),
    ];
    return [path, ...nested];
  });
}

export type { CollectionName };
export { cmsField };
