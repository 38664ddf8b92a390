import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDocumentNumbers, normaliseDocumentNumber } from '../../src/lib/document-numbers';

const numbersIn = (text: string) => findDocumentNumbers(text).map((found) => found.number);

describe('document numbers in running text', () => {
  it('are found in the forms Vietnamese documents cite them', () => {
    expect(
      numbersIn(
        'Kế hoạch số 08/KH-SLĐTBXH ngày 12/01/2024; Chỉ thị số 34-CT/TW ngày 07/4/2014; Chỉ thị số 07/CT-TTg; Nghị quyết số 358- NQ/ĐU; Nghị định 30/2020/NĐ-CP; Luật 06/2022/QH15.',
      ),
    ).toEqual(['08/KH-SLĐTBXH', '34-CT/TW', '07/CT-TTg', '358- NQ/ĐU', '30/2020/NĐ-CP', '06/2022/QH15']);
  });

  it('are not dates, year ranges, percentages or abbreviations', () => {
    expect(
      numbersIn(
        'ngày 12/01/2024, 07/4/2014, giai đoạn 2021-2025 (2023 - 2025), 0,8%/năm, 1/3 dòng, Sở Lao động (B/c), Lưu: VT, (H02b)',
      ),
    ).toEqual([]);
  });

  it('in the two seeds are exactly the numbers they cite', () => {
    const seeds = ['ke-hoach-so-2024.txt', 'ke-hoach-trung-tam-2024.txt'].map((file) =>
      readFileSync(`test/fixtures/seeds/${file}`, 'utf8').normalize('NFC'),
    );
    expect([...new Set(seeds.flatMap(numbersIn))].sort()).toEqual([
      '01/CT-UBND',
      '07/CT-TTg',
      '08/KH-SLĐTBXH',
      '11/CT-UBND',
      '15/KH-UBND',
      '19/CT-TTg',
      '34-CT/TW',
      '358- NQ/ĐU',
    ]);
  });

  it('compare without spaces or case', () => {
    expect(normaliseDocumentNumber('358- NQ/ĐU')).toBe(normaliseDocumentNumber('358-NQ/đu'));
    expect(normaliseDocumentNumber('07/CT-TTg')).toBe('07/CT-TTG');
  });
});
