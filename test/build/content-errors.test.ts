/**
 * A content mistake stops both `npm run check:content` and `npm run build` with a message that names
 * the file and the field, and the last good site stays in place. Each case copies the real content,
 * makes one mistake an editor could make, runs the real check and the real (staged) build on it, the
 * build over a copy of the production site standing in for the site already online.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TEST_ROOT, buildSite } from '../helpers/build';
import { addProfile, copyContent, editFile } from '../helpers/content';
import { fingerprint } from '../helpers/files';
import { runScript } from '../helpers/scripts';

const lastGoodSite = inject('productionSite');

interface Mistake {
  name: string;
  /** Makes the mistake in a fresh copy of content/. */
  make: (contentDir: string) => void;
  /** The file that must be named, relative to the content folder. */
  file: string;
  /** The field as the check names it: "trường year", "nội dung bài", "tên tệp". */
  field: string;
  /** How the build names it, when not "trường <field>" or Astro's "<field>: ". */
  buildField?: string;
  message: string;
  /** The line the check must point at: a number, or text found on that line of the mistaken file. */
  line: number | string;
}

const PLAN = 'plans/thuc-hien-cac-phong-trao-thi-dua-nam-2024.mdx';
const PHASE_1 = 'phases/dot-thi-dua-thu-nhat-nam-2024.yaml';
const PHASE_2 = 'phases/dot-thi-dua-thu-hai-nam-2024.yaml';
const PROFILE = 'exemplars/thu-nghiem/index.mdx';
const profileWith = (edit: (text: string) => string) => (contentDir: string) =>
  void addProfile(contentDir, 'thu-nghiem', edit);
const YEAR_CYCLE_FIXTURES = path.resolve('test/fixtures/content/year-cycle');
const NOTICE = 'notices/thu-nghiem.yaml';
const DECISION = 'decisions/thu-nghiem/index.yaml';
/** Adds the valid fictional notice and decision of the fixtures, then makes one mistake in them. */
const yearCycleWith = (edit: (contentDir: string) => void) => (contentDir: string) => {
  cpSync(path.join(YEAR_CYCLE_FIXTURES, 'notice.yaml'), path.join(contentDir, NOTICE));
  cpSync(path.join(YEAR_CYCLE_FIXTURES, 'decision'), path.join(contentDir, 'decisions/thu-nghiem'), {
    recursive: true,
  });
  edit(contentDir);
};
const appendToPlan = (text: string) => (contentDir: string) =>
  editFile(contentDir, PLAN, (original) => `${original}\n${text}\n`);

const MISTAKES: Mistake[] = [
  {
    name: 'an award in a decision not named as the law names it',
    make: yearCycleWith((dir) =>
      editFile(dir, DECISION, (text) =>
        text.replace('name: Tập thể lao động tiên tiến', 'name: Tập thể lao động giỏi'),
      ),
    ),
    file: DECISION,
    field: 'trường award.name ở mục thứ 1 của awardees',
    message: 'không phải chữ "Tập thể lao động giỏi"',
    line: 'name: Tập thể lao động giỏi',
  },
  {
    name: 'a candidate without a unit',
    make: yearCycleWith((dir) => editFile(dir, NOTICE, (text) => text.replace(/^ {4}unit: .*\n/m, ''))),
    file: NOTICE,
    field: 'trường unit ở mục thứ 1 của candidates',
    message: 'thiếu trường bắt buộc: đơn vị công tác (candidates.unit)',
    line: '- kind: tập thể',
  },
  {
    name: 'a public-comment window of 0 working days',
    make: yearCycleWith((dir) => editFile(dir, NOTICE, (text) => text.replace('workingDays: 10', 'workingDays: 0'))),
    file: NOTICE,
    field: 'trường workingDays',
    message: 'số ngày làm việc lấy ý kiến (workingDays) phải từ 1 đến 60, không phải 0',
    line: 'workingDays: 0',
  },
  {
    name: 'a decision whose signed file is missing',
    make: yearCycleWith((dir) => rmSync(path.join(dir, 'decisions/thu-nghiem/quyet-dinh.pdf'))),
    file: DECISION,
    field: 'trường file.file',
    message: 'không tìm thấy tệp "quyet-dinh.pdf"',
    line: 'file: quyet-dinh.pdf',
  },
  {
    name: 'a notice in a year with no holiday list',
    make: yearCycleWith((dir) =>
      editFile(dir, NOTICE, (text) => text.replace('opensOn: 2024-04-26', 'opensOn: 2025-04-25')),
    ),
    file: NOTICE,
    field: 'trường opensOn',
    message: 'chưa có danh sách ngày nghỉ lễ năm 2025 (tệp holidays/2025.yaml trong thư mục nội dung)',
    line: 'opensOn: 2025-04-25',
  },
  {
    name: 'a year written in words (wrong type)',
    make: (dir) =>
      editFile(dir, PLAN, (text) => text.replace('\nyear: 2024\n', '\nyear: hai nghìn không trăm hai mươi tư\n')),
    file: PLAN,
    field: 'trường year',
    message: 'năm của kế hoạch (year) phải là một số nguyên từ 1900 đến 2100',
    line: 'year: hai nghìn',
  },
  {
    name: 'a phase without its title (missing field)',
    make: (dir) => editFile(dir, PHASE_1, (text) => text.replace(/^title: .*\n/m, '')),
    file: PHASE_1,
    field: 'trường title',
    message: 'thiếu trường bắt buộc: tên đợt thi đua (title)',
    // The first field, not the comment above it.
    line: 'plan: thuc-hien-cac-phong-trao-thi-dua-nam-2024',
  },
  {
    name: 'the 30th of February (impossible date)',
    make: (dir) => editFile(dir, PHASE_1, (text) => text.replace('startDate: 2024-01-01', 'startDate: 2024-02-30')),
    file: PHASE_1,
    field: 'trường startDate',
    message: 'ngày không hợp lệ: 2024-02-30',
    line: 'startDate: 2024-02-30',
  },
  {
    name: 'a phase linked to a plan that does not exist (broken reference)',
    make: (dir) =>
      editFile(dir, PHASE_2, (text) =>
        text.replace('plan: thuc-hien-cac-phong-trao-thi-dua-nam-2024', 'plan: ke-hoach-thi-dua-2024'),
      ),
    file: PHASE_2,
    field: 'trường plan',
    message: 'không có kế hoạch nào tên "ke-hoach-thi-dua-2024"',
    line: 'plan: ke-hoach-thi-dua-2024',
  },
  {
    name: 'an award name the law does not have (unknown award)',
    make: profileWith((text) => text.replace('- name: Lao động tiên tiến', '- name: Lao động xuất sắc')),
    file: PROFILE,
    field: 'trường name ở mục thứ 1 của awards',
    buildField: 'awards\\.0\\.name: ',
    message: 'danh hiệu phải là một trong: "Chiến sĩ thi đua toàn quốc"',
    line: '- name: Lao động xuất sắc',
  },
  {
    name: 'an import statement in a plan (code in MDX)',
    make: appendToPlan("import fs from 'node:fs'"),
    file: PLAN,
    field: 'nội dung bài',
    message: 'câu lệnh import là mã lệnh, không được dùng trong nội dung',
    line: "import fs from 'node:fs'",
  },
  {
    name: 'a JavaScript expression in a plan (code in MDX)',
    make: appendToPlan('Thư mục nhà: {process.env.HOME}'),
    file: PLAN,
    field: 'nội dung bài',
    message: 'biểu thức {process.env.HOME} là mã lệnh',
    line: 'Thư mục nhà:',
  },
  {
    name: 'a citizen identity number in a profile (personal data)',
    make: profileWith((text) => text.replace('summary: Hồ sơ hư cấu', 'summary: CCCD 001234567890. Hồ sơ hư cấu')),
    file: PROFILE,
    field: 'trường summary',
    message: '"001234567890" trông như số CCCD',
    line: 'summary: CCCD',
  },
  {
    name: 'a personal mobile number in the text of a profile (personal data)',
    make: profileWith((text) =>
      text.replace('nộp hồ sơ trực tuyến.', 'nộp hồ sơ trực tuyến. Liên hệ chị qua số 0912 345 678.'),
    ),
    file: PROFILE,
    field: 'nội dung bài',
    message: '"0912 345 678" trông như số điện thoại di động cá nhân',
    line: '0912 345 678',
  },
  {
    // The plan cannot be read at all: the phases and movements linking to it must not be reported too.
    name: 'a thousands dot in a target of a plan (32.200 read as 32,2)',
    make: (dir) => editFile(dir, PLAN, (text) => text.replace('    value: 32200', '    value: 32.200')),
    file: PLAN,
    field: 'trường value ở mục thứ 1 của targets',
    buildField: 'trường value ở mục thứ 1 của targets',
    message: 'số "32.200" dễ bị hiểu nhầm',
    line: 'value: 32.200',
  },
  {
    name: 'an individual without a consent record',
    make: profileWith((text) => text.replace(/^consent:\n(?: {2}.*\n)+/m, '')),
    file: PROFILE,
    field: 'trường consent',
    message: 'hồ sơ cá nhân cần ghi nhận sự đồng ý công bố',
    line: 'name: Nguyễn Thị Thử Nghiệm',
  },
  {
    name: 'an image in the text without alt text',
    make: profileWith((text) =>
      text.replace('![Hình vẽ một nữ viên chức đang trao đổi với người lao động](./anh.jpg)', '![](./anh.jpg)'),
    ),
    file: PROFILE,
    field: 'nội dung bài',
    message: 'ảnh ./anh.jpg: thiếu mô tả ảnh',
    line: '![](./anh.jpg)',
  },
  {
    name: 'a photo described by its file name',
    make: profileWith((text) => text.replace(/^photoAlt: .*$/m, 'photoAlt: IMG_2041.jpg')),
    file: PROFILE,
    field: 'trường photoAlt',
    message: 'mô tả ảnh "IMG_2041.jpg" là tên tệp',
    line: 'photoAlt: IMG_2041.jpg',
  },
  {
    name: 'a second file with the same address (duplicate slug)',
    make: (dir) => {
      const copy = readFileSync(path.join(dir, PHASE_1), 'utf8').replace(
        'Đợt thi đua thứ nhất năm 2024',
        'Đợt thi đua thứ nhất năm 2024 (bản sửa)',
      );
      writeFileSync(path.join(dir, 'phases/Đợt thi đua thứ nhất năm 2024.yaml'), copy);
    },
    file: 'phases/Đợt thi đua thứ nhất năm 2024.yaml',
    field: 'tên tệp',
    message: 'sau khi bỏ dấu, cả hai đều thành "dot-thi-dua-thu-nhat-nam-2024"',
    line: 0,
  },
];

function expectedLine(file: string, line: number | string): number {
  if (typeof line === 'number') return line;
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((text) => text.includes(line));
  if (index < 0) throw new Error(`"${line}" is not in ${file}`);
  return index + 1;
}

describe.each(MISTAKES)('$name', ({ name, make, file, field, buildField, message, line }) => {
  const slug = name.replace(/[^a-z]+/gi, '-').slice(0, 40);
  const contentDir = copyContent(`mistakes/${slug}`);
  make(contentDir);
  const target = path.join(contentDir, file);
  const shown = path.relative(process.cwd(), target);

  it('fails npm run check:content, naming the file, its line and the field', async () => {
    const check = await runScript('check-content.ts', [], { TDKT_CONTENT_DIR: contentDir });
    expect(check.code).toBe(1);
    const where = line === 0 ? shown : `${shown}:${expectedLine(target, line)}`;
    expect(check.output).toContain(`${where} — ${field} — `);
    expect(check.output).toContain(message);
    // One mistake, one file to fix: entries that link to a broken file are not reported as well.
    const named = new Set([...check.output.matchAll(/^(.+?)(?::\d+)? — /gm)].map((match) => match[1]));
    expect([...named]).toEqual([shown]);
  });

  it('fails npm run build with the same message and keeps the last good site', async () => {
    const outDir = path.join(TEST_ROOT, 'mistakes', slug, 'dist');
    rmSync(outDir, { recursive: true, force: true });
    // A fresh content cache: a cached, unchanged entry would not be read again.
    rmSync(path.join(TEST_ROOT, 'mistakes', slug, 'cache'), { recursive: true, force: true });
    cpSync(lastGoodSite, outDir, { recursive: true });
    const before = fingerprint(outDir);

    const result = await buildSite(`mistakes/${slug}`, { env: { TDKT_CONTENT_DIR: contentDir }, keepOutDir: true });

    expect(result.ok).toBe(false);
    expect(result.output).toContain(file);
    const key = field.replace(/^trường /, '');
    const named =
      buildField ??
      (field.startsWith('trường ')
        ? `(?:\\b${key.replace(/\./g, '\\.')}: |trường ${key.replace(/\./g, '\\.')} )`
        : field);
    expect(result.output).toMatch(new RegExp(named));
    expect(result.output).toContain(message);
    // At its end, the same line as the check: what the guide tells editors to read.
    const where = line === 0 ? shown : `${shown}:${expectedLine(target, line)}`;
    expect(result.output.slice(result.output.lastIndexOf('Lỗi trong nội dung'))).toContain(`${where} — ${field} — `);
    expect(result.output).toContain('vẫn giữ nguyên bản dựng tốt gần nhất');
    expect(fingerprint(outDir)).toEqual(before);
  });
});
