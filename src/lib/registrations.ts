/**
 * The registration table of one plan: a row per unit (its collective title, how many register for
 * each individual title, the names it gave, the day it arrived and whether by the deadline) and totals.
 */
import { INDIVIDUAL_TITLES } from '../schemas/awards';
import type { Registration } from '../schemas/registration';
import type { IsoDate } from './dates';

export type IndividualTitle = (typeof INDIVIDUAL_TITLES)[number];

export interface RegistrationRow {
  unitId: string;
  unitName: string;
  collectiveTitle: string | undefined;
  /** People registered for each title of `titles`. */
  counts: Record<string, number>;
  names: string[];
  submittedOn: IsoDate;
  /** Undefined when the plan states no registration deadline. */
  onTime: boolean | undefined;
}

export interface RegistrationTable {
  /** The individual titles anyone registered for, in the law's order. */
  titles: IndividualTitle[];
  rows: RegistrationRow[];
  totals: Record<string, number>;
  /** Units registering for a collective title. */
  collectiveCount: number;
  onTimeCount: number;
}

export function registrationTable(
  registrations: readonly {
    unitId: string;
    unitName: string;
    data: Pick<Registration, 'collectiveTitle' | 'individuals' | 'submittedOn'>;
  }[],
  deadline: IsoDate | undefined,
): RegistrationTable {
  const titles = INDIVIDUAL_TITLES.filter((title) =>
    registrations.some((registration) => registration.data.individuals.some((entry) => entry.title === title)),
  );
  const rows = registrations.map(({ unitId, unitName, data }): RegistrationRow => {
    const counts = Object.fromEntries(
      titles.map((title) => [
        title,
        data.individuals.filter((entry) => entry.title === title).reduce((sum, entry) => sum + entry.count, 0),
      ]),
    );
    return {
      unitId,
      unitName,
      collectiveTitle: data.collectiveTitle,
      counts,
      names: data.individuals.flatMap((entry) => entry.names),
      submittedOn: data.submittedOn,
      onTime: deadline === undefined ? undefined : data.submittedOn <= deadline,
    };
  });
  return {
    titles,
    rows,
    totals: Object.fromEntries(
      titles.map((title) => [title, rows.reduce((sum, row) => sum + (row.counts[title] ?? 0), 0)]),
    ),
    collectiveCount: rows.filter((row) => row.collectiveTitle).length,
    onTimeCount: rows.filter((row) => row.onTime).length,
  };
}
