/**
 * A phase (Đợt thi đua): a period of a plan and the occasions it celebrates ("lập thành tích chào
 * mừng"). Anniversaries are checked against their dates: 2024 − 1930 = 94.
 */
import { z } from 'astro/zod';
import { link, type SchemaContext } from './context';
import { group, isoDate, listOf, text, wholeNumber } from './fields';
import { publicationFields } from './publication';
import { sameDayOfYear, yearOf } from '../lib/dates';

export const occasionSchema = group(
  {
    /** The day celebrated, without "Kỷ niệm … năm": "Ngày thành lập Đảng Cộng sản Việt Nam". */
    name: text('tên ngày kỷ niệm (occasions.name)', 'Ngày thành lập Đảng Cộng sản Việt Nam'),
    /** The day it falls on in this phase. */
    date: isoDate('ngày kỷ niệm (occasions.date)'),
    /** The day of the original event, when stated ("03/02/1930"). */
    since: isoDate('ngày của sự kiện gốc (occasions.since)').optional(),
    /** "94" in "Kỷ niệm 94 năm". */
    anniversary: wholeNumber('số năm kỷ niệm (occasions.anniversary)', 1, 2000).optional(),
  },
  'ngày kỷ niệm',
).superRefine((occasion, ctx) => {
  if (occasion.anniversary === undefined) return;
  if (!occasion.since) {
    ctx.addIssue({
      code: 'custom',
      path: ['since'],
      message: `có số năm kỷ niệm (${occasion.anniversary}) thì cần ngày của sự kiện gốc trong trường since để kiểm tra`,
    });
    return;
  }
  const expected = yearOf(occasion.date) - yearOf(occasion.since);
  if (expected !== occasion.anniversary) {
    ctx.addIssue({
      code: 'custom',
      path: ['anniversary'],
      message: `số năm kỷ niệm không khớp với ngày: ${yearOf(occasion.date)} − ${yearOf(occasion.since)} = ${expected}, không phải ${occasion.anniversary}`,
    });
  }
  if (!sameDayOfYear(occasion.date, occasion.since)) {
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: `ngày kỷ niệm ${occasion.date} phải trùng ngày, tháng với sự kiện gốc ${occasion.since}`,
    });
  }
});

export function phaseSchema(context: SchemaContext) {
  return group(
    {
      /** "Đợt thi đua thứ nhất năm 2024". */
      title: text('tên đợt thi đua (title)', 'Đợt thi đua thứ nhất năm 2024'),
      /** The plan that sets this phase. */
      plan: link(context, 'plans', 'kế hoạch (plan)'),
      startDate: isoDate('ngày bắt đầu (startDate)'),
      endDate: isoDate('ngày kết thúc (endDate)'),
      /** The plan's own sentence announcing the phase, verbatim. */
      description: text('mô tả (description)').optional(),
      occasions: listOf(occasionSchema, 'các ngày kỷ niệm (occasions)').default([]),
      /** Aims of the phase besides its occasions, in the plan's words. */
      goals: listOf(text('mục tiêu (goals)'), 'mục tiêu (goals)').default([]),
      ...publicationFields,
    },
    'đợt thi đua',
  ).superRefine((phase, ctx) => {
    if (phase.endDate < phase.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `ngày kết thúc ${phase.endDate} phải sau ngày bắt đầu ${phase.startDate}`,
      });
    }
  });
}

export type Phase = z.output<ReturnType<typeof phaseSchema>>;
export type Occasion = z.output<typeof occasionSchema>;
