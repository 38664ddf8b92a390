/**
 * The home page's live parts: which phases are featured, under which heading, and which deadlines are
 * listed, on the reader's own day. It reads each phase's state from its status, corrected first by
 * live-status.ts (imported, so it has run before this).
 */
import './live-status';
import { todayInVietnam } from '../lib/dates';
import { deadlineWindow, featuredPhases } from '../lib/home-highlights';
import type { PhaseState } from '../lib/phase-status';

const panel = document.querySelector<HTMLElement>('[data-featured-phases]')!;
const candidates = [...panel.querySelectorAll<HTMLElement>('[data-candidate]')];
if (candidates.length > 0) {
  const featured = featuredPhases(
    candidates,
    (candidate) => candidate.querySelector<HTMLElement>('.phase-status')!.dataset['state'] as PhaseState,
  );
  for (const candidate of candidates) candidate.hidden = !featured.phases.includes(candidate);
  const headings = JSON.parse(panel.dataset['words']!) as Record<string, string>;
  panel.querySelector('h2')!.textContent = headings[featured.kind!] ?? '';
  panel.querySelector<HTMLElement>('.no-running')!.hidden = featured.kind === 'running';
}

const list = document.querySelector<HTMLElement>('[data-deadlines]')!;
const dateOf = (item: HTMLElement) => item.dataset['date']!;
const items = [...list.querySelectorAll<HTMLElement>('li')].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
if (items.length > 0) {
  const shown = deadlineWindow(items, todayInVietnam(), dateOf);
  for (const item of items) item.hidden = !shown.deadlines.includes(item);
  list.append(...shown.deadlines);
  document.querySelector<HTMLElement>('.no-upcoming')!.hidden = shown.upcoming;
}
