/**
 * Working days in Viet Nam: not a Saturday or Sunday, not a public holiday or a day swapped off, and
 * every weekend day that is worked to make up for a swap. Holidays come from the per-year lists staff
 * keep (content/holidays/); a year without a list is never guessed: counting into it throws
 * MissingHolidayYear. Also runs in the reader's browser (src/scripts/live-notice-status.ts), so it
 * stays small and works on ISO dates alone.
 */
import type { IsoDate } from './dates';

export interface WorkingCalendar {
  /** The years whose holidays are known. */
  years: ReadonlySet<number>;
  /** Weekdays that are not worked. */
  daysOff: ReadonlySet<IsoDate>;
  /** Weekend days that are worked. */
  workingWeekends: ReadonlySet<IsoDate>;
}

/** The shape of one year's list, as in content/holidays/<năm>.yaml. */
export interface HolidayList {
  year: number;
  daysOff: readonly { from: IsoDate; to?: IsoDate | undefined }[];
  workingWeekends: readonly { date: IsoDate }[];
}

export class MissingHolidayYear extends Error {
  readonly year: number;

  constructor(year: number) {
    super(`No holiday list for ${year}`);
    this.year = year;
  }
}

const DAY = 86_400_000;
const toTime = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10);

/** The day after `date`. */
export function nextDay(date: IsoDate): IsoDate {
  return fromTime(toTime(date) + DAY);
}

/** Every day from `from` to `to`, both included. */
export function daysFrom(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let time = toTime(from); time <= toTime(to); time += DAY) days.push(fromTime(time));
  return days;
}

/** One calendar from the lists of several years. */
export function workingCalendar(lists: readonly HolidayList[]): WorkingCalendar {
  return {
    years: new Set(lists.map((list) => list.year)),
    daysOff: new Set(lists.flatMap((list) => list.daysOff.flatMap((day) => daysFrom(day.from, day.to ?? day.from)))),
    workingWeekends: new Set(lists.flatMap((list) => list.workingWeekends.map((day) => day.date))),
  };
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  const year = Number(date.slice(0, 4));
  if (!calendar.years.has(year)) throw new MissingHolidayYear(year);
  const weekday = new Date(toTime(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return calendar.workingWeekends.has(date);
  return !calendar.daysOff.has(date);
}

/**
 * The last day of a window of `workingDays` working days counted from `opensOn` ("10 ngày làm việc,
 * kể từ ngày …"): the opening day counts when it is a working day.
 */
export function closingDay(opensOn: IsoDate, workingDays: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 1)
    throw new RangeError(`A window needs at least one working day, not ${workingDays}`);
  let day = opensOn;
  let counted = isWorkingDay(day, calendar) ? 1 : 0;
  while (counted < workingDays) {
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) counted++;
  }
  return day;
}

/** Working days from `from` to `to`, both included (0 when `to` is earlier). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number {
  let count = 0;
  for (let time = toTime(from); time <= toTime(to); time += DAY) if (isWorkingDay(fromTime(time), calendar)) count++;
  return count;
}

export type NoticeState = 'upcoming' | 'open' | 'closed';

export interface NoticeStatus {
  state: NoticeState;
  /** Working days left including today (open only): 1 on the closing day. */
  workingDaysLeft: number;
}

/** Where a public-comment window stands on `today` (the reader's day in Viet Nam). */
export function noticeStatus(
  window: { opensOn: IsoDate; closesOn: IsoDate },
  today: IsoDate,
  calendar: WorkingCalendar,
): NoticeStatus {
  if (today < window.opensOn) return { state: 'upcoming', workingDaysLeft: 0 };
  if (today > window.closesOn) return { state: 'closed', workingDaysLeft: 0 };
  return { state: 'open', workingDaysLeft: workingDaysBetween(today, window.closesOn, calendar) };
}
