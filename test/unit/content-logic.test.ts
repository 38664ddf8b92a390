import { describe, expect, it } from 'vitest';
import { formatCitedDocument, formatTargetValue, signerHeading, signerInline } from '../../src/lib/documents';
import { phaseStatus } from '../../src/lib/phase-status';
import { findBrokenLinks } from '../../src/lib/references';
import { isVisible } from '../../src/lib/visibility';
import { formatAwardName } from '../../src/schemas/awards';

describe('phase status', () => {
  const phase = { startDate: '2024-01-01', endDate: '2024-06-30' };

  it('is upcoming before the first day', () => {
    expect(phaseStatus(phase, '2023-12-25')).toMatchObject({ state: 'upcoming', daysUntilStart: 7 });
  });

  it('is running between its dates, counting today among the days left', () => {
    expect(phaseStatus(phase, '2024-03-15')).toMatchObject({ state: 'running', daysLeft: 108 });
    expect(phaseStatus(phase, '2024-06-30')).toMatchObject({ state: 'running', daysLeft: 1 });
    expect(phaseStatus(phase, '2024-01-01')).toMatchObject({ state: 'running', progress: 0 });
  });

  it('has ended after its last day', () => {
    expect(phaseStatus(phase, '2024-07-01')).toMatchObject({ state: 'ended', daysLeft: 0, progress: 1 });
  });
});

describe('visibility', () => {
  const rules = { today: '2024-03-15', showUnpublished: false, includeIllustrative: false };
  const entry = { draft: false, illustrative: false };

  it('hides drafts, embargoed and illustrative entries from the public site', () => {
    expect(isVisible(entry, rules)).toBe(true);
    expect(isVisible({ ...entry, draft: true }, rules)).toBe(false);
    expect(isVisible({ ...entry, publishDate: '2024-03-16' }, rules)).toBe(false);
    expect(isVisible({ ...entry, publishDate: '2024-03-15' }, rules)).toBe(true);
    expect(isVisible({ ...entry, illustrative: true }, rules)).toBe(false);
  });

  it('shows drafts in development and illustrative entries in the demo', () => {
    expect(isVisible({ ...entry, draft: true }, { ...rules, showUnpublished: true })).toBe(true);
    expect(isVisible({ ...entry, illustrative: true }, { ...rules, includeIllustrative: true })).toBe(true);
  });
});

describe('links between entries', () => {
  const plans = [{ id: 'ke-hoach-a', data: {} }];
  it('reports a link to an entry that does not exist, naming file, field and the valid ids', () => {
    const problems = findBrokenLinks({
      plans,
      phases: [
        {
          id: 'dot-1',
          filePath: 'content/phases/dot-1.yaml',
          data: { plan: { collection: 'plans', id: 'ke-hoach-b' } },
        },
      ],
      movements: [
        {
          id: 'pt',
          filePath: 'content/movements/pt.yaml',
          data: { plans: [{ collection: 'plans', id: 'ke-hoach-a' }] },
        },
      ],
      exemplars: [],
      units: [],
    });
    expect(problems).toEqual([
      {
        file: 'content/phases/dot-1.yaml',
        field: 'plan',
        message:
          'không có kế hoạch nào tên "ke-hoach-b" (tên tệp không có phần mở rộng); các giá trị hợp lệ: ke-hoach-a',
      },
    ]);
  });
});

describe('document wording', () => {
  it('names a cited document the way Vietnamese documents do', () => {
    expect(
      formatCitedDocument({
        kind: 'Kế hoạch',
        number: '08/KH-SLĐTBXH',
        date: '2024-01-12',
        issuer: 'Sở Lao động - Thương binh và Xã hội',
        title: 'về công tác thi đua, khen thưởng năm 2024',
        relation: 'thực hiện',
      }),
    ).toBe(
      'Kế hoạch số 08/KH-SLĐTBXH ngày 12/01/2024 của Sở Lao động - Thương binh và Xã hội về công tác thi đua, khen thưởng năm 2024',
    );
    expect(formatCitedDocument({ kind: 'Luật', title: 'Thi đua, khen thưởng', relation: 'dẫn chiếu' })).toBe(
      'Luật Thi đua, khen thưởng',
    );
  });

  it('writes the signature block in capitals with the signing prefix', () => {
    const signer = {
      prefix: 'KT.' as const,
      onBehalfOf: 'Giám đốc',
      position: 'Phó Giám đốc',
      name: 'Trương Đức Huân',
    };
    expect(signerHeading(signer)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signerInline(signer)).toBe('KT. Giám đốc, Phó Giám đốc Trương Đức Huân');
    expect(signerHeading({ position: 'Giám đốc', name: 'Vũ Quang Khải' })).toEqual(['GIÁM ĐỐC']);
  });

  it('writes targets with Vietnamese numbers, qualifiers and ranges', () => {
    expect(formatTargetValue({ value: 32200, unit: 'lao động' })).toBe('32.200 lao động');
    expect(formatTargetValue({ value: 0.8, upTo: 1, qualifier: 'từ', unit: '%/năm' })).toBe('từ 0,8–1%/năm');
    expect(formatTargetValue({ value: 200, qualifier: 'khoảng', unit: 'người' })).toBe('khoảng 200 người');
  });

  it('names awards as they are conferred', () => {
    expect(formatAwardName({ name: 'Bằng khen', by: 'Chủ tịch UBND tỉnh' })).toBe('Bằng khen của Chủ tịch UBND tỉnh');
    expect(formatAwardName({ name: 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh', by: 'tỉnh Bắc Giang' })).toBe(
      'Chiến sĩ thi đua tỉnh Bắc Giang',
    );
    expect(formatAwardName({ name: 'Huân chương', detail: 'Huân chương Lao động hạng Ba' })).toBe(
      'Huân chương Lao động hạng Ba',
    );
    expect(formatAwardName({ name: 'Lao động tiên tiến' })).toBe('Lao động tiên tiến');
  });
});
