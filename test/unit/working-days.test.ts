import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEntryFile } from '../../src/lib/entry-file';
import { todayInVietnam } from '../../src/lib/dates';
import {
  closingDay,
  isWorkingDay,
  MissingHolidayYear,
  noticeStatus,
  workingCalendar,
  workingDaysBetween,
} from '../../src/lib/working-days';
import { holidayYearSchema } from '../../src/schemas/holidays';

// The real 2024 list, through the real schema: the worked calendars below are the days it states.
const file = 'content/holidays/2024.yaml';
const holidays2024 = holidayYearSchema.parse(readEntryFile(file, readFileSync(file, 'utf8')).data);
const calendar = workingCalendar([holidays2024]);

describe('the 2024 holiday list', () => {
  it('names a source document for every day', () => {
    for (const day of [...holidays2024.daysOff, ...holidays2024.workingWeekends])
      expect(day.source.length).toBeGreaterThan(10);
  });

  it('makes Tết (08–14/02), the 30/4 swap and Quốc khánh days off, and Saturday 04/05 a working day', () => {
    for (const day of [
      '2024-01-01',
      '2024-02-08',
      '2024-02-12',
      '2024-02-14',
      '2024-04-18',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-09-02',
      '2024-09-03',
    ]) {
      expect(isWorkingDay(day, calendar), day).toBe(false);
    }
    expect(isWorkingDay('2024-05-04', calendar)).toBe(true); // Saturday, worked (làm bù)
    expect(isWorkingDay('2024-05-05', calendar)).toBe(false); // Sunday
    expect(isWorkingDay('2024-02-15', calendar)).toBe(true); // back after Tết
  });
});

describe('closing day of a public-comment window', () => {
  it('opened on Friday 26/04/2024, before the 30/4–1/5 break, 10 working days close on Monday 13/05/2024', () => {
    // 26/4 (1) · 27–28 weekend · 29/4 swapped off · 30/4, 1/5 holidays · 2/5 (2) · 3/5 (3) · Sat 4/5 worked (4)
    // · 6–10/5 (5–9) · 13/5 (10)
    expect(closingDay('2024-04-26', 10, calendar)).toBe('2024-05-13');
  });

  it('opened on Friday 30/08/2024, before Quốc khánh, 10 working days close on Monday 16/09/2024', () => {
    // 30/8 (1) · 31/8–1/9 weekend · 2–3/9 holidays · 4–6/9 (2–4) · 9–13/9 (5–9) · 16/9 (10)
    expect(closingDay('2024-08-30', 10, calendar)).toBe('2024-09-16');
  });

  it('opened on Monday 05/02/2024, across the Tết break, 10 working days close on Friday 23/02/2024', () => {
    // 5–7/2 (1–3) · 8–14/2 Tết · 15–16/2 (4–5) · 19–23/2 (6–10)
    expect(closingDay('2024-02-05', 10, calendar)).toBe('2024-02-23');
  });

  it('does not count an opening day that is not a working day', () => {
    expect(closingDay('2024-02-10', 1, calendar)).toBe('2024-02-15');
  });

  it('refuses a window of 0 days', () => {
    expect(() => closingDay('2024-03-01', 0, calendar)).toThrow(RangeError);
  });

  it('refuses to count into a year without a holiday list rather than guess', () => {
    expect(() => closingDay('2024-12-20', 10, calendar)).toThrow(MissingHolidayYear);
    try {
      closingDay('2024-12-20', 10, calendar);
    } catch (error) {
      expect((error as MissingHolidayYear).year).toBe(2025);
    }
  });
});

describe('status of a notice at three clock dates (the reader’s day in Viet Nam)', () => {
  const window = { opensOn: '2024-04-26', closesOn: closingDay('2024-04-26', 10, calendar) };
  const at = (instant: string) => noticeStatus(window, todayInVietnam(new Date(instant)), calendar);

  it('is upcoming the evening before it opens', () => {
    // 16:59 UTC on 25/04 is 23:59 on 25/04 in Viet Nam.
    expect(at('2024-04-25T16:59:00Z')).toEqual({ state: 'upcoming', workingDaysLeft: 0 });
  });

  it('is open during the break, counting the working days left', () => {
    // 29/04 in Viet Nam (swapped day off): 2, 3, 4 (Sat), 6–10, 13 May = 9 working days.
    expect(at('2024-04-29T03:00:00Z')).toEqual({ state: 'open', workingDaysLeft: 9 });
    expect(workingDaysBetween('2024-04-29', '2024-05-13', calendar)).toBe(9);
  });

  it('is open with 1 day left on the closing day, and closed from midnight in Viet Nam', () => {
    expect(at('2024-05-13T16:59:00Z')).toEqual({ state: 'open', workingDaysLeft: 1 });
    // 17:00 UTC on 13/05 is already 14/05 in Viet Nam.
    expect(at('2024-05-13T17:00:00Z')).toEqual({ state: 'closed', workingDaysLeft: 0 });
  });
});

describe('the holiday list schema', () => {
  it('refuses a worked "weekend" that is a weekday, and a day of another year', () => {
    const result = holidayYearSchema.safeParse({
      year: 2024,
      daysOff: [{ from: '2025-01-01', name: 'Tết Dương lịch', source: 'Bộ luật Lao động 2019' }],
      workingWeekends: [{ date: '2024-05-06', reason: 'x', source: 'y' }],
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message).join('\n');
    expect(messages).toContain('không thuộc năm 2024');
    expect(messages).toContain('không phải thứ Bảy hay Chủ nhật');
  });
});
