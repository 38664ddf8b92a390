/**
 * Brings each build-time phase status (badge, days left, progress bar, "as of" line) up to the reader's
 * own day in Viet Nam. The build wrote every word into the page (`data-words`); this only recounts
 * days, so without JavaScript the page still reads correctly as of the build day.
 */
import { todayInVietnam } from '../lib/dates';
import { fillPlaceholder } from './page-words';
import { phaseStatus } from '../lib/phase-status';

const today = todayInVietnam();

for (const element of document.querySelectorAll<HTMLElement>('.phase-status')) {
  const text = JSON.parse(element.dataset['words']!) as Record<string, string>;
  const { state, daysLeft, daysUntilStart, progress } = phaseStatus(
    { startDate: element.dataset['start']!, endDate: element.dataset['end']! },
    today,
  );
  const [badge, detail, asOf] = element.querySelectorAll<HTMLElement>('.badge,.detail,.as-of') as unknown as [
    HTMLElement,
    HTMLElement,
    HTMLElement?,
  ];
  const bar = element.querySelector('progress');
  element.dataset['state'] = state;
  badge.textContent = text[state]!;
  detail.textContent =
    state === 'ended'
      ? ''
      : state === 'running'
        ? fillPlaceholder(text['daysLeft'], daysLeft)
        : fillPlaceholder(text['startsIn'], daysUntilStart);
  detail.hidden = state === 'ended';
  if (bar) {
    bar.hidden = state !== 'running';
    bar.textContent = `${(bar.value = Math.round(progress * 100))}%`;
  }
  // "24/11/2026": formatDateShort's output, without its validation code (today is always a valid date).
  if (asOf) asOf.textContent = fillPlaceholder(text['asOf'], today.split('-').reverse().join('/'));
}
