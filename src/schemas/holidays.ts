/**
 * A year's public holidays and swapped days (content/holidays/<năm>.yaml), kept by staff from each
 * year's announcement, for counting working days. Bộ luật Lao động 2019, Điều 112 sets which days are
 * holidays; their exact dates and the days swapped around them are announced each year, so every
 * entry names its source document as text.
 */
import { z } from 'astro/zod';
import { group, isoDate, listOf, text, year } from './fields';
import { publicationFields } from './publication';

export const dayOffSchema = group(
  {
    /** The first day off. */
    from: isoDate('ngày bắt đầu nghỉ (daysOff.from)'),
    /** The last day off, for a break of several days; leave out for one day. */
    to: isoDate('ngày nghỉ cuối cùng (daysOff.to)').optional(),
    /** What the break is: "Tết Âm lịch", "Quốc khánh", "Ngày làm việc hoán đổi". */
    name: text('tên ngày nghỉ (daysOff.name)', 'Tết Dương lịch'),
    /** The document that sets these days, as text: "Thông báo số 6150/TB-LĐTBXH …". */
    source: text('văn bản căn cứ (daysOff.source)', 'Bộ luật Lao động 2019, Điều 112'),
  },
  'ngày nghỉ',
);

export const workingWeekendSchema = group(
  {
    /** A Saturday or Sunday that is worked (làm bù). */
    date: isoDate('ngày làm bù (workingWeekends.date)'),
    /** Why: the weekday it makes up for. */
    reason: text('lý do làm bù (workingWeekends.reason)', 'Làm bù cho ngày thứ Hai 29/4/2024'),
    /** The document that sets it, as text. */
    source: text('văn bản căn cứ (workingWeekends.source)'),
  },
  'ngày làm bù',
);

export const holidayYearSchema = group(
  {
    /** The year this file lists; it must match the file name (2024.yaml). */
    year: year('năm (year)'),
    /** Weekdays off: public holidays and days swapped to make a break. Weekends need not be listed. */
    daysOff: listOf(dayOffSchema, 'ngày nghỉ (daysOff)'),
    /** Weekend days worked to make up for a swapped weekday. */
    workingWeekends: listOf(workingWeekendSchema, 'ngày làm bù (workingWeekends)').default([]),
    /** Notes for the people who keep the list (it is not published, so no draft or embargo here). */
    sourceNote: publicationFields.sourceNote,
  },
  'danh sách ngày nghỉ lễ trong năm',
).superRefine((holidays, ctx) => {
  holidays.daysOff.forEach((day, index) => {
    for (const [field, date] of [
      ['from', day.from],
      ['to', day.to],
    ] as const) {
      if (date !== undefined && Number(date.slice(0, 4)) !== holidays.year) {
        ctx.addIssue({
          code: 'custom',
          path: ['daysOff', index, field],
          message: `ngày ${date} không thuộc năm ${holidays.year} của tệp này — ghi vào tệp của năm đó`,
        });
      }
    }
    if (day.to !== undefined && day.to < day.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['daysOff', index, 'to'],
        message: `ngày nghỉ cuối cùng ${day.to} phải sau ngày bắt đầu ${day.from}`,
      });
    }
  });
  holidays.workingWeekends.forEach((day, index) => {
    const weekday = new Date(`${day.date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      ctx.addIssue({
        code: 'custom',
        path: ['workingWeekends', index, 'date'],
        message: `ngày làm bù ${day.date} không phải thứ Bảy hay Chủ nhật — ngày thường đã là ngày làm việc`,
      });
    }
    if (Number(day.date.slice(0, 4)) !== holidays.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['workingWeekends', index, 'date'],
        message: `ngày ${day.date} không thuộc năm ${holidays.year} của tệp này`,
      });
    }
  });
});

export type HolidayYear = z.output<typeof holidayYearSchema>;
