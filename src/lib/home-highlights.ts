/**
 * What the home page puts first on a given day: the running phases (or the next, or the last one) and
 * the next deadlines (or, when none is left, the latest ones). The build and the visitor's browser use
 * these same functions, so a page built months ago still leads with today's phase.
 */
import type { IsoDate } from './dates';
import type { PhaseState } from './phase-status';

interface Dated {
  startDate: IsoDate;
  endDate: IsoDate;
}

/** How many deadlines the home page lists. */
export const UPCOMING_DEADLINES = 5;
export const RECENT_DEADLINES = 3;
/** Ended phases kept on the page besides the unfinished ones, so a visitor's earlier clock still finds its phase. */
export const ENDED_PHASE_CANDIDATES = 3;

export type FeaturedKind = 'running' | 'next' | 'last';

/**
 * The phases to feature, from `phases` in start order and the state of each on the day: every running
 * phase; else the next one to start; else the one that ended last. `kind` is undefined when there is
 * no phase at all.
 */
export function featuredPhases<T>(
  phases: readonly T[],
  state: (phase: T) => PhaseState,
): { kind?: FeaturedKind; phases: T[] } {
  const running = phases.filter((phase) => state(phase) === 'running');
  if (running.length > 0) return { kind: 'running', phases: running };
  const next = phases.find((phase) => state(phase) === 'upcoming');
  if (next) return { kind: 'next', phases: [next] };
  const last = phases.filter((phase) => state(phase) === 'ended').pop();
  return last ? { kind: 'last', phases: [last] } : { phases: [] };
}

/**
 * The phases the home page must carry for the browser to choose from later: all that have not ended
 * on the build day, and the few that ended last.
 */
export function featureCandidates<T>(phases: readonly T[], buildDay: IsoDate, dates: (phase: T) => Dated): T[] {
  const ended = phases.filter((phase) => dates(phase).endDate < buildDay);
  const kept = new Set(ended.slice(-ENDED_PHASE_CANDIDATES));
  return phases.filter((phase) => kept.has(phase) || dates(phase).endDate >= buildDay);
}

/**
 * The deadlines to list on `today`, from `deadlines` sorted by date: the next ones, soonest first, or
 * when none is left, the latest ones, newest first (`upcoming` false).
 */
export function deadlineWindow<T>(
  deadlines: readonly T[],
  today: IsoDate,
  dateOf: (deadline: T) => IsoDate,
): { upcoming: boolean; deadlines: T[] } {
  const ahead = deadlines.filter((deadline) => dateOf(deadline) >= today);
  if (ahead.length > 0) return { upcoming: true, deadlines: ahead.slice(0, UPCOMING_DEADLINES) };
  return { upcoming: false, deadlines: deadlines.slice(-RECENT_DEADLINES).reverse() };
}

/** The deadlines the home page must carry: every one still ahead on the build day and the latest past ones. */
export function deadlineCandidates<T>(
  deadlines: readonly T[],
  buildDay: IsoDate,
  dateOf: (deadline: T) => IsoDate,
): T[] {
  const past = deadlines.filter((deadline) => dateOf(deadline) < buildDay);
  return [...past.slice(-RECENT_DEADLINES), ...deadlines.filter((deadline) => dateOf(deadline) >= buildDay)];
}
