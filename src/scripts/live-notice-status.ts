/**
 * Brings each build-time notice status up to the reader's own day in Viet Nam, as live-status.ts does
 * for phases. The page carries the window's weekdays off and worked weekend days (`data-days-off`,
 * `data-working-weekends`), so the count of working days left is the build's own rule, not a guess.
 */
import { todayInVietnam } from '../lib/dates';
import { fillPlaceholder } from './page-words';
import { noticeStatus, type WorkingCalendar } from '../lib/working-days';

const today = todayInVietnam();
const list = (value = '') => new Set(value.split(' ').filter(Boolean));

for (const element of document.querySelectorAll<HTMLElement>('.notice-status')) {
  const text = JSON.parse(element.dataset['words']!) as Record<string, string>;
  const [opensOn, closesOn] = [element.dataset['opens']!, element.dataset['closes']!];
  const years = new Set<number>();
  for (let year = Number(opensOn.slice(0, 4)); year <= Number(closesOn.slice(0, 4)); year++) years.add(year);
  const calendar: WorkingCalendar = {
    years,
    daysOff: list(element.dataset['daysOff']),
    workingWeekends: list(element.dataset['workingWeekends']),
  };
  const { state, workingDaysLeft } = noticeStatus({ opensOn, closesOn }, today, calendar);
  const [badge, detail, asOf] = element.querySelectorAll<HTMLElement>('.badge,.detail,.as-of') as unknown as [
    HTMLElement,
    HTMLElement,
    HTMLElement?,
  ];
  element.dataset['state'] = state;
  badge.textContent = text[state]!;
  const detailText =
    state === 'open'
      ? fillPlaceholder(text['openDetail'], workingDaysLeft)
      : state === 'upcoming'
        ? fillPlaceholder(text['upcomingDetail'], opensOn.split('-').reverse().join('/'))
        : '';
  detail.textContent = detailText ? `— ${detailText}` : '';
  detail.hidden = !detailText;
  if (asOf) asOf.textContent = fillPlaceholder(text['asOf'], today.split('-').reverse().join('/'));
}
