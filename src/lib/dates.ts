/**
 * Calendar dates. Content stores dates as ISO strings ("2024-01-12"), never as JavaScript Dates, so a
 * date means the same day everywhere; "today" is always the day in Viet Nam.
 */

/** An ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the string is an ISO date that exists on the calendar (so "2024-02-30" is false). */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parts(date: IsoDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not an ISO date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "12/01/2024": the short form used in lists and tables. */
export function formatDateShort(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${pad(day)}/${pad(month)}/${year}`;
}

/**
 * "ngày 12 tháng 01 năm 2024": the form of document headers. Nghị định 30/2020/NĐ-CP writes a leading
 * zero for days below 10 and for months 1 and 2 only ("ngày 05 tháng 3 năm 2024").
 */
export function formatDateLong(date: IsoDate): string {
  const { year, month, day } = parts(date);
  const monthText = month <= 2 ? pad(month) : String(month);
  return `ngày ${pad(day)} tháng ${monthText} năm ${year}`;
}

/** 1 January of `year`: the date of what is known only by its year (a profile, a decision without a day). */
export function startOfYear(year: number): IsoDate {
  return `${year}-01-01`;
}

/** The year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return parts(date).year;
}

/** The same day and month in both dates ("03/02/1930" and "03/02/2024"). */
export function sameDayOfYear(a: IsoDate, b: IsoDate): boolean {
  return a.slice(5) === b.slice(5);
}

// en-CA formats as YYYY-MM-DD. Made once: a formatter costs far more to create than to use, and a
// large site asks for dates tens of thousands of times per build.
const isoDayInVietnam = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The day of the last minute asked for: a gallery page asks once per card (30,000 times in a build of
// 10,000 profiles, 0.3 s of formatting). Time zones' offsets are whole minutes, so a day begins only
// on a whole minute.
let lastMinute = Number.NaN;
let dayOfLastMinute = '';

/** Today's date in Viet Nam, whatever the machine's time zone. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    dayOfLastMinute = isoDayInVietnam.format(now);
    lastMinute = minute;
  }
  return dayOfLastMinute;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parts(from);
  const b = parts(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
