import { describe, expect, it } from 'vitest';
import { deadlineCandidates, deadlineWindow, featureCandidates, featuredPhases } from '../../src/lib/home-highlights';
import { phaseStatus } from '../../src/lib/phase-status';

const phases = [
  { id: 'a', startDate: '2023-07-01', endDate: '2023-12-31' },
  { id: 'b', startDate: '2024-01-01', endDate: '2024-06-30' },
  { id: 'c', startDate: '2024-07-01', endDate: '2024-12-31' },
];
const on = (today: string) => featuredPhases(phases, (phase) => phaseStatus(phase, today).state);
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('featured phases', () => {
  it('are the running ones, else the next, else the last ended', () => {
    expect(on('2024-03-15')).toMatchObject({ kind: 'running', phases: [phases[1]] });
    expect(on('2023-01-01')).toMatchObject({ kind: 'next', phases: [phases[0]] });
    expect(on('2025-01-01')).toMatchObject({ kind: 'last', phases: [phases[2]] });
    expect(featuredPhases([], () => 'ended')).toEqual({ phases: [] });
  });

  it('are chosen on the page among every unfinished phase and the last ended ones', () => {
    expect(ids(featureCandidates(phases, '2024-03-15', (phase) => phase))).toEqual(['a', 'b', 'c']);
    const many = Array.from({ length: 6 }, (_, index) => ({
      id: `p${index}`,
      startDate: `201${index}-01-01`,
      endDate: `201${index}-12-31`,
    }));
    expect(ids(featureCandidates(many, '2024-01-01', (phase) => phase))).toEqual(['p3', 'p4', 'p5']);
  });
});

describe('home page deadlines', () => {
  const deadlines = [
    '2024-01-10',
    '2024-02-10',
    '2024-03-01',
    '2024-04-01',
    '2024-05-01',
    '2024-06-01',
    '2024-07-01',
  ].map((date) => ({ date }));
  const dateOf = (deadline: { date: string }) => deadline.date;

  it('are the next five, soonest first, counting today', () => {
    expect(deadlineWindow(deadlines, '2024-02-10', dateOf)).toEqual({
      upcoming: true,
      deadlines: deadlines.slice(1, 6),
    });
  });

  it('are the last three, newest first, once none is ahead', () => {
    expect(deadlineWindow(deadlines, '2024-08-01', dateOf)).toEqual({
      upcoming: false,
      deadlines: [deadlines[6], deadlines[5], deadlines[4]],
    });
  });

  it('on the page include every one still ahead and the last three past', () => {
    expect(deadlineCandidates(deadlines, '2024-06-01', dateOf).map(dateOf)).toEqual([
      '2024-03-01',
      '2024-04-01',
      '2024-05-01',
      '2024-06-01',
      '2024-07-01',
    ]);
  });
});
