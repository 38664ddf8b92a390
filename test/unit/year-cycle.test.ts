import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attachmentProblems, formatFileSize, MAX_ATTACHMENT_BYTES } from '../../src/lib/attachments';
import { addMonths, candidateDetailsUntil } from '../../src/lib/notices';
import { registrationTable } from '../../src/lib/registrations';
import { chartCsv, yearCharts, type ChartWords } from '../../src/lib/statistics';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tdkt-attachments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('attachments', () => {
  const entry = path.join(dir, 'index.yaml');

  it('are refused when missing, too large or of a type the site does not publish', () => {
    writeFileSync(path.join(dir, 'nho.pdf'), '%PDF-1.4');
    writeFileSync(path.join(dir, 'lon.pdf'), '');
    truncateSync(path.join(dir, 'lon.pdf'), MAX_ATTACHMENT_BYTES + 1);
    expect(attachmentProblems(entry, 'nho.pdf', 'file.file')).toEqual([]);
    expect(attachmentProblems(entry, 'khong-co.pdf', 'file.file')[0]!.message).toContain(
      'không tìm thấy tệp "khong-co.pdf"',
    );
    expect(attachmentProblems(entry, 'lon.pdf', 'file.file')[0]!.message).toContain('quá giới hạn 10 MB');
    expect(attachmentProblems(entry, 'chay.exe', 'attachments.0.file')[0]).toMatchObject({
      field: 'attachments.0.file',
      message: expect.stringContaining('chỉ nhận: .pdf') as string,
    });
  });

  it('show their size the Vietnamese way', () => {
    expect(formatFileSize(748)).toBe('1 KB');
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });
});

describe('retention of candidates’ details', () => {
  it('ends the set number of months after closing, clamped to the month’s end', () => {
    expect(candidateDetailsUntil('2024-12-12', 12)).toBe('2025-12-12');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });
});

describe('registration table', () => {
  it('counts each title, totals, and compares each day with the deadline', () => {
    const table = registrationTable(
      [
        {
          unitId: 'a',
          unitName: 'Phòng A',
          data: {
            submittedOn: '2024-02-10',
            collectiveTitle: 'Tập thể lao động tiên tiến',
            individuals: [{ title: 'Lao động tiên tiến', count: 5, names: [] }],
          },
        },
        {
          unitId: 'b',
          unitName: 'Phòng B',
          data: {
            submittedOn: '2024-02-11',
            collectiveTitle: undefined,
            individuals: [
              { title: 'Chiến sĩ thi đua cơ sở', count: 1, names: ['X'] },
              { title: 'Lao động tiên tiến', count: 2, names: [] },
            ],
          },
        },
      ],
      '2024-02-10',
    );
    expect(table.titles).toEqual(['Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến']);
    expect(table.totals).toEqual({ 'Chiến sĩ thi đua cơ sở': 1, 'Lao động tiên tiến': 7 });
    expect(table.rows.map((row) => row.onTime)).toEqual([true, false]);
    expect(table.collectiveCount).toBe(1);
  });
});

describe('statistics', () => {
  const words: ChartWords = {
    byAward: 'A',
    byUnit: 'U',
    byKind: 'K',
    registeredVsAwarded: 'R',
    count: 'Số lượng',
    registered: 'Đăng ký',
    awarded: 'Được khen thưởng',
    individual: 'Cá nhân',
    collective: 'Tập thể',
    registeredNote: '',
  };
  const award = (name: 'Lao động tiên tiến' | 'Bằng khen') => ({
    name,
    by: name === 'Bằng khen' ? 'Chủ tịch UBND tỉnh' : undefined,
  });
  const input = {
    decisions: [
      {
        year: 2024,
        awardees: [
          {
            kind: 'cá nhân' as const,
            name: 'X',
            unit: 'Phòng A',
            agencyUnit: { collection: 'units' as const, id: 'a' },
            award: award('Lao động tiên tiến'),
          },
          {
            kind: 'cá nhân' as const,
            name: 'Y',
            unit: 'Phòng A',
            agencyUnit: { collection: 'units' as const, id: 'a' },
            award: award('Bằng khen'),
          },
        ],
      },
      { year: 2023, awardees: [{ kind: 'tập thể' as const, name: 'Z', unit: 'Nơi khác', award: award('Bằng khen') }] },
    ],
    registrations: [
      {
        year: 2024,
        unitId: 'a',
        data: {
          collectiveTitle: undefined,
          individuals: [{ title: 'Lao động tiên tiến' as const, count: 4, names: [] }],
        },
      },
    ],
    unitNames: new Map([['a', 'Phòng A']]),
  };

  it('counts a year, or every year, and sets titles (not forms) awarded against registrations', () => {
    const [byAward, , byKind, registered] = yearCharts(input, 2024, words);
    expect(byAward!.rows).toEqual([
      { label: 'Bằng khen', values: [1] },
      { label: 'Lao động tiên tiến', values: [1] },
    ]);
    expect(byKind!.rows).toEqual([
      { label: 'Cá nhân', values: [2] },
      { label: 'Tập thể', values: [0] },
    ]);
    expect(registered!.rows).toEqual([{ label: 'Phòng A', values: [4, 1] }]);
    expect(yearCharts(input as never, undefined, words)[0]!.rows).toEqual([
      { label: 'Bằng khen', values: [2] },
      { label: 'Lao động tiên tiến', values: [1] },
    ]);
  });

  it('writes CSV with a BOM, CRLF and quoted cells where needed', () => {
    expect(
      chartCsv({ id: 'x', title: 'T', series: ['Số lượng'], rows: [{ label: 'Bộ, ngành', values: [3] }] }, 'Danh hiệu'),
    ).toBe('\uFEFFDanh hiệu,Số lượng\r\n"Bộ, ngành",3\r\n');
  });
});
