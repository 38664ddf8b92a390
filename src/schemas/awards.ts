/**
 * Emulation titles and forms of commendation, spelt exactly as Luật Thi đua, khen thưởng số
 * 06/2022/QH15 writes them.
 */
import { z } from 'astro/zod';
import { group, isoDate, oneOf, text, year } from './fields';

/** Danh hiệu thi đua đối với cá nhân (Điều 19). */
export const INDIVIDUAL_TITLES = [
  'Chiến sĩ thi đua toàn quốc',
  'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
  'Chiến sĩ thi đua cơ sở',
  'Lao động tiên tiến',
] as const;

/** Danh hiệu thi đua đối với tập thể (Điều 20). */
export const COLLECTIVE_TITLES = [
  'Cờ thi đua của Chính phủ',
  'Cờ thi đua của Bộ, ban, ngành, tỉnh',
  'Tập thể lao động xuất sắc',
  'Tập thể lao động tiên tiến',
] as const;

/** Hình thức khen thưởng (Điều 9). */
export const COMMENDATION_FORMS = [
  'Huân chương',
  'Huy chương',
  'Danh hiệu vinh dự nhà nước',
  'Giải thưởng Hồ Chí Minh',
  'Giải thưởng Nhà nước',
  'Kỷ niệm chương',
  'Bằng khen',
  'Giấy khen',
] as const;

export const AWARD_NAMES = [...INDIVIDUAL_TITLES, ...COLLECTIVE_TITLES, ...COMMENDATION_FORMS] as const;
export type AwardName = (typeof AWARD_NAMES)[number];

/** Category titles: the real title names the ministry or province ("Chiến sĩ thi đua tỉnh Bắc Giang"). */
export const TITLES_NAMING_A_BODY: readonly AwardName[] = [
  'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
  'Cờ thi đua của Bộ, ban, ngành, tỉnh',
];
/** Forms always given by someone: "Bằng khen của Chủ tịch UBND tỉnh". */
export const FORMS_NAMING_THE_GIVER: readonly AwardName[] = ['Bằng khen', 'Giấy khen', 'Kỷ niệm chương'];
/** Forms that come in named classes: "Huân chương Lao động hạng Ba". */
export const FORMS_WITH_A_CLASS: readonly AwardName[] = ['Huân chương', 'Huy chương', 'Danh hiệu vinh dự nhà nước'];

export function isIndividualTitle(name: AwardName): boolean {
  return (INDIVIDUAL_TITLES as readonly string[]).includes(name);
}
export function isCollectiveTitle(name: AwardName): boolean {
  return (COLLECTIVE_TITLES as readonly string[]).includes(name);
}

export const awardSchema = group(
  {
    /** The title or form, exactly as the law names it. */
    name: oneOf(AWARD_NAMES, 'danh hiệu'),
    /**
     * Who gives it or which body the title names: "Chủ tịch UBND tỉnh" for a Bằng khen, "tỉnh Bắc
     * Giang" for "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh".
     */
    by: text('cơ quan, người khen thưởng', 'Chủ tịch UBND tỉnh').optional(),
    /** The full name of a medal or honour: "Huân chương Lao động hạng Ba". */
    detail: text('tên đầy đủ của hình thức khen thưởng', 'Huân chương Lao động hạng Ba').optional(),
    /** The year the award is for. */
    year: year('năm được khen thưởng').optional(),
    /** The decision that conferred it, when known. */
    decision: group(
      {
        number: text('số quyết định', '125/QĐ-UBND'),
        date: isoDate('ngày quyết định'),
      },
      'quyết định khen thưởng',
    ).optional(),
  },
  'danh hiệu, hình thức khen thưởng',
).superRefine((award, ctx) => {
  if (TITLES_NAMING_A_BODY.includes(award.name) && !award.by) {
    ctx.addIssue({
      code: 'custom',
      path: ['by'],
      message: `danh hiệu "${award.name}" cần ghi rõ bộ, ngành hoặc tỉnh trong trường by, ví dụ: tỉnh Bắc Giang`,
    });
  }
  if (FORMS_NAMING_THE_GIVER.includes(award.name) && !award.by) {
    ctx.addIssue({
      code: 'custom',
      path: ['by'],
      message: `"${award.name}" cần ghi người hoặc cơ quan khen thưởng trong trường by, ví dụ: Chủ tịch UBND tỉnh`,
    });
  }
  if (FORMS_WITH_A_CLASS.includes(award.name) && !award.detail?.startsWith(award.name)) {
    ctx.addIssue({
      code: 'custom',
      path: ['detail'],
      message: `"${award.name}" cần tên đầy đủ trong trường detail, bắt đầu bằng "${award.name}", ví dụ: ${award.name === 'Danh hiệu vinh dự nhà nước' ? 'Danh hiệu vinh dự nhà nước "Anh hùng Lao động"' : `${award.name} Lao động hạng Ba`}`,
    });
  }
});

export type Award = z.output<typeof awardSchema>;

/** The award as a reader sees it: "Bằng khen của Chủ tịch UBND tỉnh", "Chiến sĩ thi đua tỉnh Bắc Giang". */
export function formatAwardName(award: Award): string {
  if (award.detail) return award.detail;
  if (award.name === 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh' && award.by) return `Chiến sĩ thi đua ${award.by}`;
  if (award.name === 'Cờ thi đua của Bộ, ban, ngành, tỉnh' && award.by) return `Cờ thi đua của ${award.by}`;
  if (FORMS_NAMING_THE_GIVER.includes(award.name) && award.by) return `${award.name} của ${award.by}`;
  return award.name;
}
