/**
 * `npm run new` writes a draft an editor can fill in: right folder, unaccented file name, today's
 * date, a hint for every required field. It never overwrites. As written it is a valid draft; it
 * cannot be published until its hints are filled in; once they are, it passes the check and builds.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_ROOT, buildSite } from '../helpers/build';
import { copyContent } from '../helpers/content';
import { runScript } from '../helpers/scripts';

const TODAY = '2025-03-15';
const contentDir = copyContent('new-entry');
const env = { TDKT_CONTENT_DIR: contentDir, TDKT_TODAY: TODAY };

const NEW_ENTRIES = [
  {
    kind: 'ke-hoach',
    title: 'Triển khai công tác thi đua, khen thưởng năm 2025',
    file: 'plans/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2025.mdx',
    route: '/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2025/',
  },
  {
    kind: 'dot-thi-dua',
    title: 'Đợt thi đua đặc biệt năm 2025',
    file: 'phases/dot-thi-dua-dac-biet-nam-2025.yaml',
    route: '/dot-thi-dua/dot-thi-dua-dac-biet-nam-2025/',
  },
  {
    kind: 'phong-trao',
    title: 'Đẩy mạnh chuyển đổi số',
    file: 'movements/day-manh-chuyen-doi-so.yaml',
    route: '/phong-trao/day-manh-chuyen-doi-so/',
  },
  {
    kind: 'dien-hinh',
    title: 'Đỗ Thị Hồng Đào',
    file: 'exemplars/do-thi-hong-dao/index.mdx',
    route: '/dien-hinh-tien-tien/do-thi-hong-dao/',
  },
];

const read = (file: string) => readFileSync(path.join(contentDir, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(path.join(contentDir, file), text);

/** What an editor does: replace each "ĐIỀN VÀO ĐÂY" with real text, drop the hint lines, publish. */
function fillIn(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*# ĐIỀN VÀO ĐÂY/.test(line))
    .map((line) =>
      line
        .replace(/"ĐIỀN VÀO ĐÂY: [^"]*"/, '"Nội dung đã điền"')
        .replace(/^ĐIỀN VÀO ĐÂY: .*$/, '## I. NỘI DUNG\n\nNội dung đã điền.'),
    )
    .filter((line) => line !== 'draft: true' && !line.startsWith('# Bản nháp'))
    .join('\n');
}

describe('npm run new', () => {
  it.each(NEW_ENTRIES)('writes a $kind draft at $file', async ({ kind, title, file }) => {
    const result = await runScript('new-entry.ts', [kind, title], env);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(path.join(path.relative(process.cwd(), contentDir), file));
    expect(result.output).toMatch(/Cần điền \d+ chỗ "ĐIỀN VÀO ĐÂY"/);
    const text = read(file);
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toContain(`ngày ${TODAY}`);
    expect(text).toContain(title);
  });

  it('puts today in the dates an editor must check', () => {
    expect(read(NEW_ENTRIES[1]!.file)).toContain(`startDate: ${TODAY}`);
    expect(read(NEW_ENTRIES[3]!.file)).toContain(`  date: ${TODAY}`);
  });

  it('refuses to overwrite an entry, even one written with accents in its file name', async () => {
    const before = read(NEW_ENTRIES[0]!.file);
    write(NEW_ENTRIES[0]!.file, `${before}\nMột dòng editor đã viết.\n`);
    const again = await runScript('new-entry.ts', [NEW_ENTRIES[0]!.kind, NEW_ENTRIES[0]!.title], env);
    expect(again.code).toBe(1);
    expect(again.output).toContain('Không ghi đè');
    expect(read(NEW_ENTRIES[0]!.file)).toContain('Một dòng editor đã viết.');
    write(NEW_ENTRIES[0]!.file, before);

    write('phases/Đợt thi đua mùa thu.yaml', read(NEW_ENTRIES[1]!.file));
    const clash = await runScript('new-entry.ts', ['dot-thi-dua', 'Đợt thi đua mùa thu'], env);
    expect(clash.code).toBe(1);
    expect(existsSync(path.join(contentDir, 'phases/dot-thi-dua-mua-thu.yaml'))).toBe(false);
    rmSync(path.join(contentDir, 'phases/Đợt thi đua mùa thu.yaml'));
  });

  it('explains a wrong kind', async () => {
    const result = await runScript('new-entry.ts', ['bai-viet', 'Tiêu đề'], env);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Không có loại "bai-viet"');
    expect(result.output).toContain('dien-hinh');
  });
});

describe('the new drafts', () => {
  it('pass npm run check:content as drafts, listed as still to fill in', async () => {
    const result = await runScript('check-content.ts', [], env);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('Bản nháp còn chỗ "ĐIỀN VÀO ĐÂY"');
  });

  it('cannot be published with their hints left in', async () => {
    const { file } = NEW_ENTRIES[3]!;
    const draft = read(file);
    write(file, draft.replace(/^draft: true\n/m, ''));
    const result = await runScript('check-content.ts', [], env);
    const build = await buildSite('new-entry-unfilled', { env });
    write(file, draft);
    const line = draft.split('\n').findIndex((text) => text.startsWith('summary:')) + 1;
    const message = `${path.relative(process.cwd(), path.join(contentDir, file))}:${line} — trường summary — còn chỗ chưa điền (tóm tắt thành tích)`;
    expect(result.code).toBe(1);
    expect(result.output).toContain(message);
    expect(build.ok).toBe(false);
    expect(build.output).toContain(message);
  });

  it('pass npm run check:content and build into pages once their hints are filled in', async () => {
    for (const { file } of NEW_ENTRIES) write(file, fillIn(read(file)));
    const check = await runScript('check-content.ts', [], env);
    expect(check.code, check.output).toBe(0);
    expect(check.output).not.toContain('ĐIỀN VÀO ĐÂY');

    // Over an older site: the new build replaces it whole.
    const outDir = path.join(TEST_ROOT, 'new-entry', 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'trang-cu.html'), 'bản dựng cũ');
    const build = await buildSite('new-entry', { env, keepOutDir: true });
    expect(build.ok, build.output).toBe(true);
    for (const { route, title } of NEW_ENTRIES) {
      expect(readFileSync(path.join(outDir, route, 'index.html'), 'utf8')).toContain(title);
    }
    expect(existsSync(path.join(outDir, 'trang-cu.html'))).toBe(false);
  });
});
