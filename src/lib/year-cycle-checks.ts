/**
 * The rules of the year's cycle that span files, run by `check:content` and by the build alike: each
 * holiday list is named after its year, every notice's window can be counted with the holiday lists
 * (no year is guessed), and every attachment of a plan or a decision exists and is not too large.
 */
import type { CollectionName } from '../schemas/context';
import { attachmentProblems, attachmentsOf } from './attachments';
import { holidayFileProblem, noticeWindow } from './notices';
import type { LinkableEntry } from './references';
import type { ContentProblem } from './validation-report';
import { workingCalendar, type HolidayList } from './working-days';

type Entries = Partial<Record<CollectionName, readonly LinkableEntry[]>>;

const hasFields = (data: object, ...fields: string[]) => fields.every((field) => field in data);

export function yearCycleProblems(entries: Entries): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileOf = (entry: LinkableEntry, collection: CollectionName) => entry.filePath ?? `${collection}/${entry.id}`;

  const lists = (entries.holidays ?? []).filter((entry) => hasFields(entry.data, 'year', 'daysOff'));
  for (const entry of lists) {
    const problem = holidayFileProblem(entry.id, (entry.data as HolidayList).year);
    if (problem) problems.push({ file: fileOf(entry, 'holidays'), ...problem });
  }
  const calendar = workingCalendar(lists.map((entry) => entry.data as HolidayList));
  for (const entry of entries.notices ?? []) {
    if (!hasFields(entry.data, 'opensOn', 'workingDays')) continue; // its schema errors are reported already
    const window = noticeWindow(entry.data as { opensOn: string; workingDays: number }, calendar);
    if ('problem' in window) problems.push({ file: fileOf(entry, 'notices'), ...window.problem });
  }
  for (const collection of ['plans', 'decisions'] as const) {
    for (const entry of entries[collection] ?? []) {
      // A draft may wait for its signed file; it is checked once `draft: true` is removed.
      if (!entry.filePath || (entry.data as { draft?: unknown }).draft === true) continue;
      for (const { file, field } of attachmentsOf(entry.data as Record<string, unknown>))
        problems.push(...attachmentProblems(entry.filePath, file, field));
    }
  }
  return problems;
}
