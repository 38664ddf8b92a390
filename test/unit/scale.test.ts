/**
 * The logic behind a site with thousands of profiles: short page-number lists, which profiles skip
 * the MDX compiler, document numbers in pre-rendered text, the ways to browse, and the generator's
 * fictional content passing the real schemas.
 */
import { describe, expect, it } from 'vitest';
import { exemplarGroups } from '../../src/data/exemplar-browse';
import { isPlainMarkdown } from '../../src/lib/markdown/plain-markdown';
import { resolveDocumentNumberMarks } from '../../src/lib/markdown/document-number-links';
import { PAGE_GAP, pageNumbersToShow, paginate } from '../../src/lib/pagination';
import { findPersonalNumbers } from '../../src/lib/personal-data';
import { findPlaceholders } from '../../src/lib/placeholders';
import { readEntryFile } from '../../src/lib/entry-file';
import { collectionSchemas } from '../../src/schemas/collections';
import { plainSchemaContext } from '../../src/schemas/context';
import { generateContent } from '../../scripts/lib/synthetic-content';

describe('page numbers', () => {
  it('are all shown when there are few pages', () => {
    expect(pageNumbersToShow(1, 1)).toEqual([1]);
    expect(pageNumbersToShow(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('stay short with thousands of pages: first, last, neighbours, and gaps', () => {
    expect(pageNumbersToShow(50, 417)).toEqual([1, PAGE_GAP, 48, 49, 50, 51, 52, PAGE_GAP, 417]);
    expect(pageNumbersToShow(1, 417)).toEqual([1, 2, 3, PAGE_GAP, 417]);
    expect(pageNumbersToShow(417, 417)).toEqual([1, PAGE_GAP, 415, 416, 417]);
    for (let page = 1; page <= 5000; page += 97) expect(pageNumbersToShow(page, 5000).length).toBeLessThanOrEqual(9);
  });

  it('never hide a single page behind "…"', () => {
    expect(pageNumbersToShow(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, PAGE_GAP, 20]);
    expect(pageNumbersToShow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, PAGE_GAP, 20]);
  });

  it('split a list into full pages and a last one', () => {
    const pages = paginate(
      Array.from({ length: 50 }, (_, index) => index),
      24,
    );
    expect(pages.map((page) => [page.number, page.total, page.items.length])).toEqual([
      [1, 3, 24],
      [2, 3, 24],
      [3, 3, 2],
    ]);
  });
});

describe('a profile text without components', () => {
  it('is plain Markdown, rendered without the MDX compiler', () => {
    expect(
      isPlainMarkdown('Chị Lan tư vấn cho **hơn 1.200** lượt người lao động.\n\n### Thành tích\n\n- Một\n- Hai'),
    ).toBe(true);
    expect(isPlainMarkdown('Giá trị \\{không phải mã\\} vẫn là chữ.')).toBe(true);
  });

  it('is not, when it uses a component, HTML, an image, or what Markdown and MDX read differently', () => {
    expect(isPlainMarkdown('Đoạn một.\n\n<Note title="Lưu ý">Ghi chú.</Note>')).toBe(false);
    expect(isPlainMarkdown('Chữ <b>đậm</b>.')).toBe(false);
    expect(isPlainMarkdown('![Ảnh tập thể tổ](./anh.jpg)')).toBe(false);
    // Markdown reads an indented line as code, MDX as text; MDX refuses autolinks and comments.
    expect(isPlainMarkdown('Đoạn.\n\n    thụt lề')).toBe(false);
    expect(isPlainMarkdown('Xem <https://example.vn>.')).toBe(false);
    expect(isPlainMarkdown('{1 + 1}')).toBe(false);
  });
});

describe('document numbers in text rendered as Markdown', () => {
  const html =
    '<p>Theo <a data-document-number="08/KH-SLĐTBXH">08/KH-SLĐTBXH</a> và <a data-document-number="34-CT/TW">34-CT/TW</a>; <a href="https://x.vn">liên kết</a>.</p>';

  it('link to the documents the site publishes and stay plain text otherwise', () => {
    const resolved = resolveDocumentNumberMarks(html, (number) =>
      number === '08/KH-SLĐTBXH' ? '/ke-hoach/ke-hoach-08/' : undefined,
    );
    expect(resolved).toBe(
      '<p>Theo <a href="/ke-hoach/ke-hoach-08/" class="document-link">08/KH-SLĐTBXH</a> và 34-CT/TW; <a href="https://x.vn">liên kết</a>.</p>',
    );
  });
});

describe('browsing the profiles', () => {
  const entry = (id: string, year: number, unit: string, awards: string[], phase?: string) => ({
    id,
    data: {
      year,
      unit: { id: unit },
      awards: awards.map((name) => ({ name })),
      ...(phase ? { phase: { id: phase } } : {}),
    },
  });
  const content = {
    exemplars: [
      entry('a', 2024, 'phong-a', ['Lao động tiên tiến', 'Bằng khen'], 'dot-1'),
      entry('b', 2024, 'phong-b', ['Bằng khen', 'Bằng khen']),
      entry('c', 2023, 'phong-a', ['Chiến sĩ thi đua cơ sở']),
    ],
    units: [
      { id: 'phong-b', data: { name: 'Phòng B' } },
      { id: 'phong-a', data: { name: 'Phòng A' } },
      { id: 'phong-trong', data: { name: 'Phòng không có hồ sơ' } },
    ],
    phases: [{ id: 'dot-1', data: { title: 'Đợt 1' } }],
    movements: [],
  } as unknown as Parameters<typeof exemplarGroups>[0];
  const groups = exemplarGroups(content);
  const summary = (facet: keyof typeof groups) =>
    groups[facet].map((group) => [group.value, group.label, group.exemplars.map((exemplar) => exemplar.id).join('')]);

  it('by year, newest first; by unit in the units’ order, leaving out units without profiles', () => {
    expect(summary('year')).toEqual([
      ['2024', '2024', 'ab'],
      ['2023', '2023', 'c'],
    ]);
    expect(summary('unit')).toEqual([
      ['phong-b', 'Phòng B', 'b'],
      ['phong-a', 'Phòng A', 'ac'],
    ]);
  });

  it('by award, in the law’s order, at unaccented addresses, each profile once', () => {
    expect(summary('award')).toEqual([
      ['chien-si-thi-dua-co-so', 'Chiến sĩ thi đua cơ sở', 'c'],
      ['lao-dong-tien-tien', 'Lao động tiên tiến', 'a'],
      ['bang-khen', 'Bằng khen', 'ab'],
    ]);
    expect(summary('phase')).toEqual([['dot-1', 'Đợt 1', 'a']]);
    expect(summary('movement')).toEqual([]);
  });
});

describe('the generated content', () => {
  const generated = generateContent({ exemplars: 300, plans: 12 });
  const schemas = collectionSchemas(plainSchemaContext);

  it('passes the real schemas and the publishing rules, file by file', () => {
    const problems: string[] = [];
    for (const file of generated.files) {
      const collection = file.path.split('/')[0] as keyof typeof schemas;
      const entry = readEntryFile(file.path, file.contents);
      const result = schemas[collection].safeParse(entry.data);
      if (!result.success)
        problems.push(
          `${file.path}: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
        );
      if (collection === 'exemplars' && findPersonalNumbers(file.contents).length > 0)
        problems.push(`${file.path}: personal number`);
      if (findPlaceholders(file.contents).length > 0) problems.push(`${file.path}: placeholder`);
    }
    expect(problems).toEqual([]);
  });

  it('is fictional by its own word, varied, and about one profile in five uses a component', () => {
    const profiles = generated.files.filter((file) => file.path.startsWith('exemplars/'));
    expect(profiles).toHaveLength(300);
    expect(generated.files.every((file) => /^illustrative: true$/m.test(file.contents))).toBe(true);
    const names = new Set(profiles.map((file) => /^name: (.*)$/m.exec(file.contents)![1]));
    expect(names.size).toBeGreaterThan(200);
    const years = new Set(profiles.map((file) => /^year: (\d+)$/m.exec(file.contents)![1]));
    expect(years.size).toBe(10);
    expect(generated.stats.withComponent / 300).toBeGreaterThan(0.12);
    expect(generated.stats.withComponent / 300).toBeLessThan(0.3);
    expect(generated.stats.withPhoto).toBe(generated.photos.length);
  });

  it('is the same every time', () => {
    expect(generateContent({ exemplars: 300, plans: 12 })).toEqual(generated);
  });
});
