/**
 * A content mistake stops the build with a message that names the file and the field. Each case
 * copies the real content, makes one mistake an editor could make, and runs a real build on it.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_ROOT, buildSite } from '../helpers/build';

interface Mistake {
  name: string;
  file: string;
  edit: (text: string) => string;
  field: string;
  message: string;
}

const MISTAKES: Mistake[] = [
  {
    name: 'a year written in words (wrong type)',
    file: 'plans/thuc-hien-cac-phong-trao-thi-dua-nam-2024.mdx',
    edit: (text) => text.replace('\nyear: 2024\n', '\nyear: hai nghìn không trăm hai mươi tư\n'),
    field: 'year',
    message: 'năm của kế hoạch (year) phải là một số nguyên từ 1900 đến 2100',
  },
  {
    name: 'a phase without its title (missing field)',
    file: 'phases/dot-thi-dua-thu-nhat-nam-2024.yaml',
    edit: (text) => text.replace(/^title: .*\n/m, ''),
    field: 'title',
    message: 'thiếu trường bắt buộc: tên đợt thi đua (title)',
  },
  {
    name: 'the 30th of February (impossible date)',
    file: 'phases/dot-thi-dua-thu-nhat-nam-2024.yaml',
    edit: (text) => text.replace('startDate: 2024-01-01', 'startDate: 2024-02-30'),
    field: 'startDate',
    message: 'ngày không hợp lệ: 2024-02-30',
  },
  {
    name: 'a phase linked to a plan that does not exist (broken reference)',
    file: 'phases/dot-thi-dua-thu-hai-nam-2024.yaml',
    edit: (text) => text.replace('plan: thuc-hien-cac-phong-trao-thi-dua-nam-2024', 'plan: ke-hoach-thi-dua-2024'),
    field: 'plan',
    message: 'không có kế hoạch nào tên "ke-hoach-thi-dua-2024"',
  },
];

describe.each(MISTAKES)('$name', ({ name, file, edit, field, message }) => {
  it('fails the build, naming the file and the field', async () => {
    const slug = name.replace(/[^a-z]+/gi, '-').slice(0, 40);
    const contentDir = path.join(TEST_ROOT, 'mistakes', slug, 'content');
    rmSync(contentDir, { recursive: true, force: true });
    cpSync(path.resolve('content'), contentDir, { recursive: true });
    const target = path.join(contentDir, file);
    const original = readFileSync(target, 'utf8');
    const edited = edit(original);
    expect(edited, 'the mistake was made').not.toBe(original);
    writeFileSync(target, edited);

    const result = await buildSite(`mistakes/${slug}`, { env: { TDKT_CONTENT_DIR: contentDir } });

    expect(result.ok).toBe(false);
    expect(result.output).toContain(path.basename(file));
    expect(result.output).toMatch(new RegExp(`(\\b${field}: |trường ${field} )`));
    expect(result.output).toContain(message);
  });
});
