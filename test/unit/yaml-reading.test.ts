/**
 * The quick YAML reading (js-yaml) gives the data the reading with places (`yaml`) gives, on every
 * content file the project has and on the mistakes editors make; where it cannot, it steps aside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generateContent } from '../../scripts/lib/synthetic-content';
import { quickYamlData, readEntryFile, splitEntryFile } from '../../src/lib/entry-file';

const root = path.resolve(import.meta.dirname, '../..');
const ENTRY_FILE = /\.(?:ya?ml|mdx?)$/;

function entryFilesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ENTRY_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** What the reading with places gives, or undefined when it finds an error. */
function fullData(yamlText: string): unknown {
  const document = parseDocument(yamlText, { schema: 'core' });
  return document.errors.length > 0 ? undefined : (document.toJS() ?? {});
}

describe('the quick YAML reading', () => {
  const files = ['content', 'demo', 'test/fixtures'].flatMap(entryFilesUnder);

  it('gives the same data as the reading with places for every content file of the project', () => {
    let quick = 0;
    for (const file of files) {
      let yamlText: string;
      try {
        ({ yamlText } = splitEntryFile(file, readFileSync(file, 'utf8')));
      } catch {
        continue; // an .mdx fixture without frontmatter: refused before any YAML is read
      }
      const data = quickYamlData(yamlText);
      if (data === undefined) continue;
      quick += 1;
      expect(data, path.relative(root, file)).toStrictEqual(fullData(yamlText));
    }
    // The plans, phases and profiles of the project are read quickly: otherwise the guard is too broad.
    expect(files.length).toBeGreaterThan(80);
    expect(quick / files.length).toBeGreaterThan(0.7);
  });

  it('reads the generated profiles quickly, with the same data', () => {
    const generated = generateContent({ exemplars: 300, plans: 12, photoShare: 0.2, componentShare: 0.2 });
    const profiles = generated.files.filter((file) => file.path.endsWith('.mdx'));
    let quick = 0;
    for (const file of generated.files) {
      if (!ENTRY_FILE.test(file.path)) continue;
      const { yamlText } = splitEntryFile(file.path, file.contents);
      const data = quickYamlData(yamlText);
      if (data === undefined) continue;
      if (file.path.endsWith('.mdx')) quick += 1;
      expect(data, file.path).toStrictEqual(fullData(yamlText));
    }
    // What a cold build of many profiles gains rests on this share.
    expect(profiles.length).toBeGreaterThan(250);
    expect(quick / profiles.length).toBeGreaterThan(0.95);
  });

  it.each([
    ['a duplicated field', 'name: A\nname: B\n'],
    ['an unquoted value with a colon', 'position: Viên chức: tư vấn việc làm\n'],
    ['fields not lined up', 'consent:\n  date: 2024-01-02\n method: văn bản\n'],
    ['a list item not lined up', 'awards:\n  - name: Giấy khen\n   year: 2024\n'],
    ['an unclosed quote', 'summary: "Chủ động kết nối\n'],
    ['quotes inside quotes', 'summary: "Chủ động "kết nối" doanh nghiệp"\n'],
    ['a tab as indent', 'consent:\n\tdate: 2024-01-02\n'],
    ['thousands written with dots', 'targets:\n  - value: 32.200\n'],
    ['thousands written with dots in a list', 'values: [1.200, 32.200]\n'],
    ['thousands written with dots after a dash', 'values:\n  -  1.200 # người\n'],
    ['a value starting with a backquote', 'name: `A`\n'],
    ['two documents', 'name: A\n---\nname: B\n'],
    ['a wrapped quote starting a line at the left edge', 'summary: "Chủ động kết nối\ndoanh nghiệp"\nyear: 2024\n'],
    ['a list wrapped to the left edge', 'tags: [một,\nhai]\n'],
    ['a map wrapped to the left edge', 'targets: {value: 1,\nunit: người}\n'],
  ])('leaves %s to the reading with places, which names the line', (_, yamlText) => {
    expect(quickYamlData(yamlText)).toBeUndefined();
    expect(() => readEntryFile('x.yaml', yamlText)).toThrow();
  });

  it.each([
    ['dates stay text', 'startDate: 2024-02-30\nyear: 2024\n', { startDate: '2024-02-30', year: 2024 }],
    ['true, false and empty', 'draft: false\nfeatured: True\nnote:\n', { draft: false, featured: true, note: null }],
    ['numbers', 'value: 1.5\ncount: -3\nshare: .5\n', { value: 1.5, count: -3, share: 0.5 }],
    ['folded and literal text', 'a: >\n  one\n  two\nb: |\n  one\n  two\n', { a: 'one two\n', b: 'one\ntwo\n' }],
    [
      'thousands inside text',
      'summary: "hơn 1.300 lượt"\nnote: cho 2.500 người\n',
      { summary: 'hơn 1.300 lượt', note: 'cho 2.500 người' },
    ],
  ])('reads %s as YAML 1.2 does', (_, yamlText, expected) => {
    expect(quickYamlData(yamlText)).toStrictEqual(expected);
    expect(fullData(yamlText)).toStrictEqual(expected);
  });

  it('leaves a flow list to the reading with places, which reads it', () => {
    expect(quickYamlData('tags: [một, hai]\n')).toBeUndefined();
    expect(readEntryFile('x.yaml', 'tags: [một, hai]\n').data).toStrictEqual({ tags: ['một', 'hai'] });
  });

  it('never reads data the reading with places refuses or reads otherwise, whatever the indentation', () => {
    // Each line of these files moved left or right, alone or with another moved back: the mistakes of
    // indentation an editor makes. Wherever the quick reading gives data, `yaml` must give the same.
    const bases = [
      'name: Vũ Thúy Hương\nkind: cá nhân\nawards:\n  - name: Lao động tiên tiến\n    year: 2019\n  - name: Giấy khen\n    decision: Quyết định số 505/QĐ-SLĐTBXH\nsummary: "Chủ động kết nối doanh nghiệp"\nconsent:\n  date: 2020-02-01\n  method: biểu mẫu điện tử\n',
      'title: Kế hoạch\ntargets:\n  - label: Số người\n    value: 1200\nnote: |\n  Dòng một\n  Dòng hai\nsummary: >\n  gấp\n  lại\nplain: văn bản\n  tiếp\n',
      'a: "dài\n  tiếp"\nb: \'x\n  y\'\ntags: [một,\n  hai]\nmap: {a: 1,\n  b: 2}\n',
    ];
    const shifted = (lines: string[], moves: Map<number, number>) =>
      lines
        .map((line, index) => {
          const by = moves.get(index) ?? 0;
          return by >= 0 ? ' '.repeat(by) + line : line.slice(Math.min(/^ */.exec(line)![0].length, -by));
        })
        .join('\n');
    let quick = 0;
    for (const base of bases) {
      const lines = base.split('\n');
      lines.forEach((_, moved) => {
        for (const by of [-4, -2, -1, 1, 2, 3]) {
          for (let back = -1; back < lines.length; back++) {
            const text = shifted(
              lines,
              new Map([[moved, by], ...(back >= 0 && back !== moved ? [[back, -by] as const] : [])]),
            );
            const data = quickYamlData(text);
            if (data === undefined) continue;
            quick += 1;
            expect(data, JSON.stringify(text)).toStrictEqual(fullData(text));
          }
        }
      });
    }
    expect(quick).toBeGreaterThan(100);
  });

  it('still names the line of a field in a file read quickly', () => {
    const contents = '---\nname: A\nyear: 2024\nawards:\n  - name: Giấy khen\n    year: 2024\n---\n\nBody\n';
    const entry = readEntryFile('index.mdx', contents);
    expect(entry.data['year']).toBe(2024);
    expect(entry.lineOf(['awards', 0, 'year'])).toBe(6);
    expect(entry.lineOf(['missing'])).toBe(2);
  });
});
