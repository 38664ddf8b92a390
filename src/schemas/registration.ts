/**
 * A unit's registration for a plan's emulation titles (Đăng ký thi đua): the collective title it aims
 * for and how many of its people register for each individual title, with names only where the unit
 * gives them. Whether it arrived in time is read from the plan's registration deadline.
 */
import { z } from 'astro/zod';
import { COLLECTIVE_TITLES, INDIVIDUAL_TITLES } from './awards';
import { link, type SchemaContext } from './context';
import { group, isoDate, listOf, oneOf, text, wholeNumber } from './fields';
import { publicationFields } from './publication';

export const individualRegistrationSchema = group(
  {
    /** The individual title, as the law names it (Điều 19). */
    title: oneOf(INDIVIDUAL_TITLES, 'danh hiệu cá nhân (individuals.title)'),
    /** How many people register for it. */
    count: wholeNumber('số người đăng ký (individuals.count)', 1, 10000),
    /** Their names, only when the unit's registration gives them. */
    names: listOf(text('họ tên (individuals.names)'), 'họ tên (individuals.names)').default([]),
  },
  'đăng ký danh hiệu cá nhân',
).superRefine((entry, ctx) => {
  if (entry.names.length > entry.count) {
    ctx.addIssue({
      code: 'custom',
      path: ['names'],
      message: `ghi ${entry.names.length} họ tên nhưng số người đăng ký (count) là ${entry.count}`,
    });
  }
});

export function registrationSchema(context: SchemaContext) {
  return group(
    {
      /** The plan registered under (its file name). */
      plan: link(context, 'plans', 'kế hoạch (plan)'),
      /** The registering unit (its file name in units/). */
      unit: link(context, 'units', 'đơn vị đăng ký (unit)'),
      /** The day the registration reached the receiving office. */
      submittedOn: isoDate('ngày nộp đăng ký (submittedOn)'),
      /** The collective title the unit registers for (Điều 20), if any. */
      collectiveTitle: oneOf(COLLECTIVE_TITLES, 'danh hiệu tập thể (collectiveTitle)').optional(),
      /** One group per individual title registered for. */
      individuals: listOf(individualRegistrationSchema, 'đăng ký danh hiệu cá nhân (individuals)').default([]),
      /** Anything the unit adds, in its words. */
      note: text('ghi chú (note)').optional(),
      ...publicationFields,
    },
    'đăng ký thi đua',
  );
}

export type Registration = z.output<ReturnType<typeof registrationSchema>>;
