/**
 * The web editor's forms come from the schemas: every field a schema has is offered (a test that
 * fails when one is not), with choices, pickers, dates and numbers where the schema says so; every
 * file of content/ and demo/ is already written the way the editor saves it, so opening and saving an
 * unchanged entry changes no byte; the build's own messages are what the editor shows before saving.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorConfig, editorFieldPaths, editorSchemas, schemaFieldPaths } from '../../src/cms/config';
import type { CmsField } from '../../src/cms/fields';
import { roundTrip } from '../../src/cms/serialize';
import { checkEntry } from '../../src/cms/validation';
import { siteSchema } from '../../src/schemas/site';
import { listEntryFiles } from '../../scripts/lib/content-check';

const config = editorConfig();
const entryCollections = config.collections.filter((collection) => !('files' in collection)) as Extract<
  (typeof config.collections)[number],
  { folder: string }
>[];
const fieldsOf = (name: string) => entryCollections.find((collection) => collection.name === name)!.fields;

/** Schema fields the editor does not offer. */
function missingFields(schemaPaths: string[], fields: CmsField[]): string[] {
  const offered = new Set(editorFieldPaths(fields));
  return schemaPaths.filter((field) => !offered.has(field));
}

describe('forms generated from src/schemas', () => {
  it('offers every collection of the schemas, and the site configuration', () => {
    expect(entryCollections.map((collection) => collection.name)).toEqual(Object.keys(editorSchemas()));
    expect(
      config.collections.some(
        (collection) => 'files' in collection && collection.files[0]?.file === 'content/site.yaml',
      ),
    ).toBe(true);
  });

  it('offers every field of every schema', () => {
    for (const [name, schema] of Object.entries(editorSchemas())) {
      expect(missingFields(schemaFieldPaths(schema), fieldsOf(name)), name).toEqual([]);
    }
    const site = config.collections.find((collection) => 'files' in collection) as { files: { fields: CmsField[] }[] };
    expect(missingFields(schemaFieldPaths(siteSchema), site.files[0]!.fields)).toEqual([]);
  });

  it('notices a field the editor does not offer (the check can fail)', () => {
    const fields = fieldsOf('exemplars').filter((field) => field.name !== 'consent');
    expect(missingFields(schemaFieldPaths(editorSchemas()['exemplars']!), fields)).toEqual(
      expect.arrayContaining(['consent', 'consent.date', 'consent.method']),
    );
  });

  it('makes closed lists choices, links pickers, dates and numbers their own inputs, in Vietnamese', () => {
    const exemplar = fieldsOf('exemplars');
    const byName = (name: string) => exemplar.find((field) => field.name === name)!;
    expect(byName('kind')).toMatchObject({ widget: 'select', label: 'Cá nhân hay tập thể' });
    expect(byName('unit')).toMatchObject({ widget: 'relation', collection: 'units', label: 'Đơn vị' });
    expect(byName('phase')).toMatchObject({ widget: 'relation', collection: 'phases', required: false });
    expect(byName('year')).toMatchObject({ widget: 'number', value_type: 'int', min: 1900, max: 2100 });
    expect(byName('photo')).toMatchObject({ widget: 'image' });
    const awards = byName('awards');
    expect(awards.widget).toBe('list');
    expect(awards.fields!.find((field) => field.name === 'name')!.options!.map((option) => option.value)).toContain(
      'Chiến sĩ thi đua cơ sở',
    );
    const consent = byName('consent').fields!;
    expect(consent.find((field) => field.name === 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
    expect(consent.find((field) => field.name === 'method')!.options!.map((option) => option.value)).toEqual([
      'văn bản có chữ ký',
      'thư điện tử',
      'biểu mẫu điện tử',
    ]);
    expect(exemplar.some((field) => field.name === 'illustrative')).toBe(false);
    expect(exemplar.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
  });

  it('puts a profile in its own folder with its photo beside it, named as npm run new does', () => {
    const exemplars = entryCollections.find((collection) => collection.name === 'exemplars')!;
    expect(exemplars).toMatchObject({
      folder: 'content/exemplars',
      path: '{{slug}}/index',
      media_folder: '',
      extension: 'mdx',
    });
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
  });
});

describe('files exactly as the site uses them', () => {
  const files = entryCollections.flatMap((collection) =>
    ['content', 'demo'].flatMap((root) =>
      listEntryFiles(path.join(root, collection.name), [collection.extension]).map((file) => ({ file, collection })),
    ),
  );

  it('covers every entry file of content/ and demo/', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files.map(({ file, collection }) => [file, collection] as const))(
    '%s: saved unchanged, no byte changes',
    (file, collection) => {
      const text = readFileSync(file, 'utf8');
      expect(roundTrip(text, collection.format === 'frontmatter' ? 'frontmatter' : 'yaml', collection.fields)).toBe(
        text,
      );
    },
  );

  it('content/site.yaml: saved unchanged, no byte changes', () => {
    const site = config.collections.find((collection) => 'files' in collection) as { files: { fields: CmsField[] }[] };
    const text = readFileSync('content/site.yaml', 'utf8');
    expect(roundTrip(text, 'yaml', site.files[0]!.fields)).toBe(text);
  });

  it('a YAML comment would be lost, which is why facts live in sourceNote', () => {
    const text = '# Nguồn: mục II.2\nname: Phòng A\n';
    expect(roundTrip(text, 'yaml', fieldsOf('units'))).toBe('name: Phòng A\n');
  });
});

describe("the build's messages before saving", () => {
  const profile = {
    name: 'Nguyễn Văn A',
    kind: 'cá nhân',
    unit: 'phong-hanh-chinh-tong-hop',
    position: 'Chuyên viên',
    year: 2024,
    summary: 'Tóm tắt.',
    consent: { date: '2024-11-05', method: 'văn bản có chữ ký', purpose: 'Đăng hồ sơ' },
    body: 'Câu chuyện.',
  };
  const messages = (values: Record<string, unknown>) =>
    checkEntry('exemplars', values).map((problem) => `${problem.field}: ${problem.message}`);

  it('accepts a complete profile', () => {
    expect(messages(profile)).toEqual([]);
  });

  it.each([
    ['a missing field', { summary: '' }, /summary: thiếu trường bắt buộc: tóm tắt/],
    [
      'an impossible date',
      { consent: { ...profile.consent, date: '2024-02-30' } },
      /consent.date: ngày không hợp lệ: 2024-02-30/,
    ],
    [
      'an unknown award name',
      { awards: [{ name: 'Chiến sĩ xuất sắc' }] },
      /awards.0.name: danh hiệu phải là một trong/,
    ],
    ['an individual without consent', { consent: undefined }, /consent: hồ sơ cá nhân cần ghi nhận sự đồng ý công bố/],
    ['a photo without alt text', { photo: 'anh.jpg' }, /photoAlt: có ảnh \(photo\) thì cần mô tả ảnh/],
    ['an ID-card number', { summary: 'CCCD 001234567890.' }, /summary: "001234567890" trông như số CCCD/],
    [
      'a mobile number in the text',
      { body: 'Gọi 0912 345 678.' },
      /body: "0912 345 678" trông như số điện thoại di động/,
    ],
    ['import in the body', { body: "import X from './x.js'\n\nChữ." }, /body: câu lệnh import là mã lệnh/],
    ['{…} in the body', { body: 'Tổng {1 + 1} người.' }, /body: biểu thức \{1 \+ 1\} là mã lệnh/],
  ])('refuses %s with the build message', (_name, change, expected) => {
    expect(messages({ ...profile, ...change }).join('\n')).toMatch(expected);
  });
});
