/**
 * The rules of a public-comment notice besides its working days: how long its candidates' personal
 * details stay on the site (the site configuration's candidateRetentionMonths after closing), and the
 * problems the check reports when a window cannot be counted.
 */
import type { IsoDate } from './dates';
import { closingDay, daysFrom, MissingHolidayYear, type WorkingCalendar } from './working-days';
import type { ContentProblem } from './validation-report';

/** `date` plus `months`, the day clamped to the month's end (31/01 + 1 month = 29/02 in 2024). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const [newYear, newMonth] = [Math.floor(index / 12), (index % 12) + 1];
  const lastDay = new Date(Date.UTC(newYear, newMonth, 0)).getUTCDate();
  return `${newYear}-${String(newMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** The last day the candidates' details are shown: `months` after the closing day. */
export function candidateDetailsUntil(closesOn: IsoDate, months: number): IsoDate {
  return addMonths(closesOn, months);
}

/** The folder of the holiday lists, as editors see it, for messages. */
export const HOLIDAYS_FOLDER = 'holidays';

/** The closing day of a notice's window, or the problem that keeps it from being counted. */
export function noticeWindow(
  notice: { opensOn: IsoDate; workingDays: number },
  calendar: WorkingCalendar,
): { closesOn: IsoDate } | { problem: Omit<ContentProblem, 'file'> } {
  try {
    return { closesOn: closingDay(notice.opensOn, notice.workingDays, calendar) };
  } catch (error) {
    if (!(error instanceof MissingHolidayYear)) throw error;
    const known = [...calendar.years].sort().join(', ') || 'chưa có năm nào';
    return {
      problem: {
        field: error.year === Number(notice.opensOn.slice(0, 4)) ? 'opensOn' : 'workingDays',
        message: `chưa có danh sách ngày nghỉ lễ năm ${error.year} (tệp ${HOLIDAYS_FOLDER}/${error.year}.yaml trong thư mục nội dung) nên không đếm được ${notice.workingDays} ngày làm việc từ ngày ${notice.opensOn} — thêm tệp đó, mỗi ngày nghỉ ghi văn bản làm căn cứ; trang không tự đoán ngày nghỉ (đã có: ${known})`,
      },
    };
  }
}

/** The holiday list's problem that only the file name shows: 2024.yaml must list year 2024. */
export function holidayFileProblem(id: string, year: number): Omit<ContentProblem, 'file'> | undefined {
  return id === String(year)
    ? undefined
    : { field: 'year', message: `tệp ${id} ghi năm ${year} — đặt tên tệp theo năm: ${year}.yaml` };
}

/** The days of a window that are not ordinary (weekday off, weekend worked), for the reader's script. */
export function unusualDaysIn(
  opensOn: IsoDate,
  closesOn: IsoDate,
  calendar: WorkingCalendar,
): { daysOff: IsoDate[]; workingWeekends: IsoDate[] } {
  const days = daysFrom(opensOn, closesOn);
  return {
    daysOff: days.filter((day) => calendar.daysOff.has(day)),
    workingWeekends: days.filter((day) => calendar.workingWeekends.has(day)),
  };
}
