/**
 * The publishing rules on their own: personal numbers, safe MDX, alt text, hints left by
 * `npm run new`, field lines, and the one-call git history behind "Cập nhật lần cuối".
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { altTextProblem } from '../../src/lib/alt-text';
import { EntryFileError, readEntryFile } from '../../src/lib/entry-file';
import { lastUpdatedOn, parseGitLog, readGitDates, readGitDatesAhead } from '../../src/lib/last-updated';
import { checkMdxSource } from '../../src/lib/markdown/mdx-safety';
import { findPersonalDataInEntry, findPersonalNumbers } from '../../src/lib/personal-data';
import { findPlaceholders } from '../../src/lib/placeholders';
import { BODY_FIELD, formatProblems } from '../../src/lib/validation-report';
import { isoDate } from '../../src/schemas/fields';

describe('personal numbers', () => {
  it.each([
    ['Liên hệ 0912345678', 'điện thoại di động', '0912345678'],
    ['SĐT: 0912 345 678.', 'điện thoại di động', '0912 345 678'],
    ['số 0912.345.678', 'điện thoại di động', '0912.345.678'],
    ['gọi +84 912 345 678', 'điện thoại di động', '+84 912 345 678'],
    ['(+84) 387-654-321', 'điện thoại di động', '(+84) 387-654-321'],
    ['CCCD 001234567890', 'CCCD', '001234567890'],
    ['CCCD số 001 234 567 890', 'CCCD', '001 234 567 890'],
    ['CMND 123456789 cấp năm 2010', 'CMND', '123456789'],
  ])('finds %j', (text, kind, number) => {
    expect(findPersonalNumbers(text)).toEqual([expect.objectContaining({ kind, text: number })]);
  });

  it.each([
    'Giải quyết việc làm cho 32200 lao động',
    'tiết kiệm 150.000.000 đồng, tổng 84.500.000.000 đồng',
    'Quyết định số 1520/QĐ-UBND ngày 27/12/2024',
    'điện thoại cơ quan 0204 3854 123',
    'giảm từ 0,8 đến 1 %/năm, 100% hồ sơ đúng hạn',
    'năm 2023 và 2024',
  ])('leaves %j alone', (text) => {
    expect(findPersonalNumbers(text)).toEqual([]);
  });

  it('are found in any field of a profile and in its text, on their lines', () => {
    const contents =
      '---\nname: A\nawards:\n  - name: Bằng khen\n    by: "Gọi 0987654321"\n---\n\nDòng một.\nCMND 123456789.\n';
    const problems = findPersonalDataInEntry('ho-so.mdx', readEntryFile('ho-so.mdx', contents));
    expect(problems.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 5, field: 'awards.0.by' },
      { line: 9, field: '#body' },
    ]);
  });
});

describe('safe MDX', () => {
  const only = (source: string) =>
    checkMdxSource(source).map(({ line, message }) => `${line}: ${message.split(' — ')[0]}`);

  it('accepts Markdown, the site components and images with a description', () => {
    const source =
      '---\na: 1\n---\n\n## I. Mục đích\n\n- ý một\n\n<Note title="Lưu ý">Nội dung.</Note>\n\n<Figure caption="Chú thích">\n\n![Chị A tư vấn](./a.jpg)\n\n</Figure>\n\n[Trang](https://example.gov.vn) và \\{ngoặc\\}.\n';
    expect(checkMdxSource(source)).toEqual([]);
  });

  it('rejects code, unknown components and images without a description, each on its line', () => {
    const source = [
      "import x from './x.js'", // 1
      '',
      'export const y = 1', // 3
      '',
      'Tổng {1 + 1}.', // 5
      '',
      '<Chart data="a" />', // 7
      '',
      '<script>alert(1)</script>', // 9
      '',
      '<Note title={x}>a</Note>', // 11
      '',
      '<Figure caption="Ảnh">Không có ảnh</Figure>', // 13
      '',
      '![](./anh.jpg)', // 15
      '',
      '[bấm](javascript:alert(1))', // 17
    ].join('\n');
    expect(only(source)).toEqual([
      "1: câu lệnh import là mã lệnh, không được dùng trong nội dung (`import x from './x.js'`)",
      '3: câu lệnh export là mã lệnh, không được dùng trong nội dung (`export const y = 1`)',
      '5: biểu thức {1 + 1} là mã lệnh, không được dùng trong nội dung',
      '7: thành phần <Chart> không có trên trang',
      '9: thẻ HTML <script> không được dùng trong nội dung',
      '11: thuộc tính title của <Note> phải là chữ đặt trong dấu nháy kép, ví dụ title="…", không phải biểu thức {…}',
      '13: <Figure> phải bao quanh một ảnh viết bằng Markdown',
      '15: ảnh ./anh.jpg: thiếu mô tả ảnh',
      '17: liên kết "javascript:alert(1)" chạy mã lệnh khi được bấm',
    ]);
  });

  it('explains syntax errors in Vietnamese with their line', () => {
    expect(only('---\na: 1\n---\n\nNgoặc { chưa đóng\n')).toEqual([
      '5: dấu { mở một biểu thức mã lệnh mà không được đóng',
    ]);
    expect(only('\n<Note>\n\nchữ\n')).toEqual(['2: thẻ <Note> chưa được đóng']);
  });
});

describe('alt text', () => {
  it('must describe the picture', () => {
    expect(altTextProblem('Chị A tư vấn cho người lao động')).toBeUndefined();
    expect(altTextProblem('  ')).toBe('thiếu mô tả ảnh');
    expect(altTextProblem('IMG_2031')).toContain('là tên tệp');
    expect(altTextProblem('anh-dai-dien.jpg')).toContain('là tên tệp');
  });
});

describe('hints left by npm run new', () => {
  it('are found with their line and field', () => {
    expect(findPlaceholders('title: A\nsummary: "ĐIỀN VÀO ĐÂY: tóm tắt"\n# ĐIỀN VÀO ĐÂY: kiểm tra ngày\n')).toEqual([
      { line: 2, field: 'summary', hint: 'tóm tắt' },
      { line: 3, field: '', hint: 'kiểm tra ngày' },
    ]);
  });
});

describe('messages an editor can act on', () => {
  const yamlError = (text: string) => {
    try {
      readEntryFile('x.yaml', text);
    } catch (error) {
      return error as EntryFileError;
    }
    throw new Error('no error');
  };

  it('tell an unquoted colon apart from a misaligned line', () => {
    expect(yamlError('name: A\nposition: Viên chức: tư vấn việc làm\n').message).toMatch(
      /giá trị có dấu hai chấm \(:\) phải đặt trong dấu nháy kép/,
    );
    expect(yamlError('awards:\n  - name: Bằng khen\n   by: Chủ tịch UBND tỉnh\n').message).toMatch(
      /thụt lề không thẳng hàng/,
    );
    expect(yamlError('consent:\n  date: 2024-11-05\nmethod: văn bản\n  purpose: x\n').message).toMatch(
      /thụt lề không thẳng hàng/,
    );
  });

  it('name the field of a number written with a thousands dot, and let 0.800 be the decimal it is', () => {
    const error = yamlError('targets:\n  - label: A\n    value: 32.200\n');
    expect([error.line, error.field]).toEqual([3, 'targets.0.value']);
    expect(readEntryFile('x.yaml', 'value: 0.800\n').data['value']).toBe(0.8);
  });

  it('count list items from one and say "nội dung bài" for a hint left in the story', () => {
    expect(formatProblems([{ file: 'a.mdx', line: 3, field: 'awards.0.name', message: 'm' }])).toBe(
      'a.mdx:3 — trường name ở mục thứ 1 của awards — m',
    );
    expect(formatProblems([{ file: 'a.mdx', field: 'plans.1', message: 'm' }])).toBe('a.mdx — mục thứ 2 của plans — m');
    expect(findPlaceholders('---\ntitle: A\n---\n\nĐIỀN VÀO ĐÂY: câu chuyện\n')).toEqual([
      { line: 5, field: BODY_FIELD, hint: 'câu chuyện' },
    ]);
  });

  it('give a fix that is allowed for <br> and HTML comments', () => {
    expect(checkMdxSource('a\n\n<br>\n\nb\n')[0]!.message).toMatch(
      /^thẻ HTML <br> không được dùng .*xuống dòng bằng một dòng trống/,
    );
    expect(checkMdxSource('a\n\n<!-- ghi chú -->\n\nb\n')[0]!.message).toMatch(
      /^ghi chú dạng <!-- … --> không dùng được .* hãy xóa nó/,
    );
  });

  it('rewrite a date typed day first, and say how long a summary is', () => {
    const date = isoDate('ngày quyết định').safeParse('20/12/2024');
    expect(date.error?.issues[0]?.message).toBe(
      'ngày không hợp lệ: 20/12/2024 — ngày quyết định viết dạng NĂM-THÁNG-NGÀY: 2024-12-20',
    );
    expect(isoDate('ngày').safeParse('30/02/2024').error?.issues[0]?.message).toMatch(/cần một ngày có thật/);
  });
});

describe('field lines', () => {
  const entry = readEntryFile(
    'x.mdx',
    '---\n# ghi chú\ntitle: A\nsigner:\n  name: B\ntargets:\n  - label: C\n    value: 1\n---\nBody\n',
  );

  it('point at the line where a field is written, or at its nearest parent', () => {
    expect(entry.lineOf(['title'])).toBe(3);
    expect(entry.lineOf(['signer', 'name'])).toBe(5);
    expect(entry.lineOf(['signer', 'position'])).toBe(4);
    expect(entry.lineOf(['targets', 0, 'value'])).toBe(8);
    // A missing field: the first field, not the comment above it.
    expect(entry.lineOf(['year'])).toBe(3);
    expect(entry.bodyStartLine).toBe(10);
  });
});

describe('last updated', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'tdkt-git-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      },
    });

  it('parses one git log into the day each file last changed, in Viet Nam time', () => {
    // 1705000000 is 11 January 2024, 19:06 UTC: already the 12th in Viet Nam.
    const output = `\x1e1705000000\0\ncontent/a.yaml\0content/Đợt 1.yaml\0\x1e1700000000\0\ncontent/a.yaml\0content/b.yaml\0`;
    expect([...parseGitLog(output)]).toEqual([
      ['content/a.yaml', '2024-01-12'],
      ['content/Đợt 1.yaml', '2024-01-12'],
      ['content/b.yaml', '2023-11-15'],
    ]);
  });

  it('reads every file of the content folders with one git call, and falls back to the file date', async () => {
    mkdirSync(path.join(repo, 'content'));
    git('init', '-q');
    writeFileSync(path.join(repo, 'content', 'cu.yaml'), 'a: 1\n');
    writeFileSync(path.join(repo, 'content', 'Đợt mới.yaml'), 'a: 1\n');
    git('add', '.');
    git('commit', '-q', '-m', 'một', '--date', '2024-03-01T10:00:00+07:00');
    execFileSync('git', ['commit', '-q', '--amend', '--no-edit'], {
      cwd: repo,
      env: { ...process.env, GIT_COMMITTER_DATE: '2024-03-01T10:00:00+07:00' },
    });
    writeFileSync(path.join(repo, 'content', 'chua-commit.yaml'), 'a: 1\n');
    utimesSync(
      path.join(repo, 'content', 'chua-commit.yaml'),
      new Date('2025-05-05T03:00:00Z'),
      new Date('2025-05-05T03:00:00Z'),
    );

    const dates = readGitDates(repo, [path.join(repo, 'content')]);
    expect(dates.get(path.join(repo, 'content', 'cu.yaml'))).toBe('2024-03-01');
    expect(dates.get(path.join(repo, 'content', 'Đợt mới.yaml'))).toBe('2024-03-01');
    expect(dates.has(path.join(repo, 'content', 'chua-commit.yaml'))).toBe(false);
    expect(lastUpdatedOn(path.join(repo, 'content', 'chua-commit.yaml'))).toBe('2025-05-05');
    // Read ahead in the background (a rebuild without astro build), the same days.
    expect(await readGitDatesAhead(repo, [path.join(repo, 'content')])).toEqual(dates);
  });

  it('gives no git date outside a repository, without failing', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'tdkt-nogit-'));
    mkdirSync(path.join(plain, 'content'));
    writeFileSync(path.join(plain, 'content', 'a.yaml'), 'a: 1\n');
    expect(readGitDates(plain, [path.join(plain, 'content')]).size).toBe(0);
    expect((await readGitDatesAhead(plain, [path.join(plain, 'content')])).size).toBe(0);
    rmSync(plain, { recursive: true, force: true });
  });
});
