/**
 * Where a phase stands on a given day. Also runs in the reader's browser (src/scripts/live-status.ts),
 * so it stays small: an ISO date parses as midnight UTC, and whole days are counted from there.
 */
import type { IsoDate } from './dates';

export type PhaseState = 'upcoming' | 'running' | 'ended';

export interface PhaseStatus {
  state: PhaseState;
  /** Days until the phase starts (upcoming only). */
  daysUntilStart: number;
  /** Days left including today (running only): 1 on the last day. */
  daysLeft: number;
  /** Share of the phase elapsed, 0 to 1. */
  progress: number;
}

const dayNumber = (date: IsoDate) => Math.round(Date.parse(date) / 86_400_000);

export function phaseStatus(phase: { startDate: IsoDate; endDate: IsoDate }, today: IsoDate): PhaseStatus {
  const [start, end, now] = [dayNumber(phase.startDate), dayNumber(phase.endDate), dayNumber(today)];
  const length = end - start + 1;
  if (now < start) return { state: 'upcoming', daysUntilStart: start - now, daysLeft: length, progress: 0 };
  if (now > end) return { state: 'ended', daysUntilStart: 0, daysLeft: 0, progress: 1 };
  return { state: 'running', daysUntilStart: 0, daysLeft: end - now + 1, progress: (now - start) / length };
}
