/** Where a phase stands on a given day. */
import { daysBetween, type IsoDate } from './dates';

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

export function phaseStatus(phase: { startDate: IsoDate; endDate: IsoDate }, today: IsoDate): PhaseStatus {
  const length = daysBetween(phase.startDate, phase.endDate) + 1;
  if (today < phase.startDate) {
    return { state: 'upcoming', daysUntilStart: daysBetween(today, phase.startDate), daysLeft: length, progress: 0 };
  }
  if (today > phase.endDate) {
    return { state: 'ended', daysUntilStart: 0, daysLeft: 0, progress: 1 };
  }
  const elapsed = daysBetween(phase.startDate, today);
  return { state: 'running', daysUntilStart: 0, daysLeft: length - elapsed, progress: elapsed / length };
}
