/**
 * The web editor's entry point (/quan-tri/): Sveltia CMS bundled by the site's build, started with
 * the configuration the build generated from the schemas (config.json), the build's own checks before
 * saving, and the two content components as blocks.
 */
import './before-start';
import CMS, { type CmsConfig } from '@sveltia/cms';
import { duplicateIdMessage, entryIdFromPath } from '../lib/entry-id';
import { CONTENT_COMPONENTS } from '../lib/markdown/content-components';
import { slugifyVietnamese } from '../lib/vietnamese-text';
import { CHECK_FIELD_TYPE } from './check-field';
import { checkEntry, type EditorProblem } from './validation';

/** On this machine only: `?thu-nghiem` starts the editor on Sveltia's in-browser test repository. */
function useTestRepository(): boolean {
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);
  return local && new URLSearchParams(location.search).has('thu-nghiem');
}

interface ImmutableLike {
  toJS(): unknown;
  get(key: string): unknown;
}

interface CheckProps {
  entry?: ImmutableLike;
  field: ImmutableLike;
}

declare global {
  interface Window {
    createClass: (spec: Record<string, unknown>) => unknown;
    h: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
  }
}

function problemsOf(props: CheckProps): EditorProblem[] {
  const collection = String(props.field.get('check_collection') ?? '');
  const data = (props.entry?.toJS() as { data?: Record<string, unknown> } | undefined)?.data ?? {};
  return checkEntry(collection, data);
}

/**
 * The "Kiểm tra trước khi lưu" field: lists what the build would refuse while the clerk types. It is
 * not what blocks a save: Sveltia hands a custom field the entry as it was one edit earlier (seen in
 * Chromium after adding a list item), so an `isValid()` here could refuse a save already fixed. The
 * save itself is checked in `preSave`, on the data about to be written.
 */
function registerCheckField() {
  const { h } = window;
  const Check = window.createClass({
    render(this: { props: CheckProps }) {
      const problems = problemsOf(this.props);
      if (problems.length === 0)
        return h('p', { className: 'tdkt-check tdkt-check--ok', role: 'status' }, 'Chưa thấy lỗi: có thể lưu.');
      return h(
        'div',
        { className: 'tdkt-check', role: 'status' },
        h('p', null, `Còn ${problems.length} lỗi, cần sửa trước khi lưu:`),
        h(
          'ul',
          null,
          ...problems.map((problem, index) =>
            h(
              'li',
              { key: String(index), 'data-field': problem.field },
              h('strong', null, `${problem.label}: `),
              problem.message,
            ),
          ),
        ),
      );
    },
  });
  CMS.registerFieldType(CHECK_FIELD_TYPE, Check);
}

/** `<Note>` and `<Figure>` as blocks of the rich-text mode, written exactly as the guide shows them. */
function registerContentComponents() {
  CMS.registerEditorComponent({
    id: 'note',
    label: 'Ghi chú (<Note>)',
    fields: [
      { name: 'title', label: 'Tiêu đề', widget: 'string', required: false },
      { name: 'text', label: 'Nội dung ghi chú', widget: 'text' },
    ],
    pattern: /^<Note(?: title="([^"]*)")?>\n?([\s\S]*?)\n?<\/Note>$/m,
    fromBlock: (match: RegExpMatchArray) => ({ title: match[1] ?? '', text: match[2] ?? '' }),
    toBlock: ({ title, text }: Record<string, unknown>) =>
      `<Note${title ? ` title="${String(title).replace(/"/g, '&quot;')}"` : ''}>\n${String(text ?? '')}\n</Note>`,
    toPreview: ({ title, text }: Record<string, unknown>) =>
      `<aside><strong>${String(title ?? '')}</strong><p>${String(text ?? '')}</p></aside>`,
  });
  CMS.registerEditorComponent({
    id: 'figure',
    label: 'Ảnh có chú thích (<Figure>)',
    fields: [
      { name: 'src', label: 'Ảnh', widget: 'image' },
      { name: 'alt', label: 'Mô tả ảnh (cho người không xem được ảnh)', widget: 'string' },
      { name: 'caption', label: 'Chú thích', widget: 'string' },
    ],
    pattern: /^<Figure caption="([^"]*)">\n\n!\[([^\]]*)\]\(([^)]*)\)\n\n<\/Figure>$/m,
    fromBlock: (match: RegExpMatchArray) => ({ caption: match[1] ?? '', alt: match[2] ?? '', src: match[3] ?? '' }),
    toBlock: ({ caption, alt, src }: Record<string, unknown>) =>
      `<Figure caption="${String(caption ?? '').replace(/"/g, '&quot;')}">\n\n![${String(alt ?? '')}](${String(src ?? '')})\n\n</Figure>`,
    toPreview: ({ caption, alt, src }: Record<string, unknown>) =>
      `<figure><img src="${String(src ?? '')}" alt="${String(alt ?? '')}"><figcaption>${String(caption ?? '')}</figcaption></figure>`,
  });
  void CONTENT_COMPONENTS;
}

interface EntryMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  deleteIn(path: string[]): EntryMap;
}

/**
 * A new entry named like an existing one: Sveltia would save it quietly as `<tên>-1`, where
 * `npm run new` refuses and names the existing file. The path is the one Sveltia is about to write,
 * so a suffix it added is the sign of a clash; the build's own duplicate message names the file.
 */
function duplicateNameMessage(map: EntryMap, identifierField: string | undefined): string | undefined {
  if (!map.get('newRecord') || !identifierField) return undefined;
  const value = map.getIn(['data', identifierField]);
  const filePath = String(map.get('path') ?? '');
  if (typeof value !== 'string' || !filePath) return undefined;
  const wanted = slugifyVietnamese(value);
  const saved = entryIdFromPath(filePath);
  if (!wanted || saved === wanted || !saved.startsWith(`${wanted}-`) || !/^\d+$/.test(saved.slice(wanted.length + 1)))
    return undefined;
  const at = filePath.lastIndexOf(saved);
  const other = `${filePath.slice(0, at)}${wanted}${filePath.slice(at + saved.length)}`;
  return duplicateIdMessage(wanted, other);
}

/**
 * The gate: `preSave` receives exactly what will be written. Throwing `saving_failed` with a cause is
 * the one way Sveltia 0.221 shows a hook's own message (its save dialog prints the cause's message);
 * the file is not written.
 */
function registerSaveCheck(config: GeneratedConfig) {
  const identifiers = new Map(config.collections.map((collection) => [collection.name, collection.identifier_field]));
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const map = entry as unknown as EntryMap;
      const collection = String(map.get('collection'));
      const data = (map.get('data') as { toJS(): Record<string, unknown> } | undefined)?.toJS() ?? {};
      const problems = checkEntry(collection, data);
      const duplicate = duplicateNameMessage(map, identifiers.get(collection));
      if (duplicate) problems.unshift({ field: 'path', label: 'Tên tệp', message: duplicate });
      if (problems.length > 0) {
        const list = problems.map((problem) => `• ${problem.label}: ${problem.message}`).join('\n');
        throw new Error('saving_failed', {
          cause: new Error(`Chưa lưu: trang sẽ từ chối bài này vì ${problems.length} lỗi.\n${list}`),
        });
      }
    },
  });
}

/**
 * A switch left at its default (`draft: false`) is not written, as in the files the site already
 * has: Sveltia would otherwise add `draft: false` to every entry it saves.
 */
/** The part of the generated config (public/quan-tri/config.json, from src/cms/config.ts) read here. */
interface GeneratedConfig {
  backend: { name: string };
  collections: {
    name: string;
    identifier_field?: string;
    fields?: { name: string; widget: string; default?: unknown }[];
  }[];
}

function registerDefaultSwitchesOmitted(config: GeneratedConfig) {
  const switches = new Map(
    config.collections.map((collection) => [
      collection.name,
      (collection.fields ?? [])
        .filter((field) => field.widget === 'boolean' && field.default === false)
        .map((field) => field.name),
    ]),
  );
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const map = entry as unknown as EntryMap;
      let result = map;
      for (const name of switches.get(String(map.get('collection'))) ?? []) {
        if (map.getIn(['data', name]) === false) result = result.deleteIn(['data', name]);
      }
      return result as never;
    },
  });
}

async function start() {
  const response = await fetch('config.json');
  const config = (await response.json()) as GeneratedConfig;
  if (useTestRepository()) config.backend = { name: 'test-repo' };
  registerCheckField();
  registerContentComponents();
  registerSaveCheck(config);
  registerDefaultSwitchesOmitted(config);
  // Sveltia's own config type is far wider than what the generator writes; it checks the config itself.
  await CMS.init({ config: config as unknown as CmsConfig });
}

void start();
