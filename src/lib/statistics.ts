/**
 * The year in numbers, from the published decisions and registrations: awards by title or form, by
 * unit, individual against collective, and registrations against titles awarded for each unit. Each
 * chart is one list of rows, from which the SVG, its table and its CSV are all drawn, so the three
 * cannot disagree.
 */
import { COLLECTIVE_TITLES, INDIVIDUAL_TITLES, type AwardName } from '../schemas/awards';
import type { Decision } from '../schemas/decision';
import type { Registration } from '../schemas/registration';
import { compareVietnamese } from './vietnamese-text';

export interface ChartRow {
  label: string;
  /** One number per series of the chart. */
  values: number[];
}

export interface Chart {
  /** Address segment of its CSV: "theo-danh-hieu". */
  id: string;
  title: string;
  /** The names of the series ("Số lượng", or "Đăng ký" and "Được khen thưởng"). */
  series: string[];
  rows: ChartRow[];
  /** What the numbers count, when a reader needs telling. */
  note?: string;
}

export interface StatisticsInput {
  decisions: readonly Pick<Decision, 'year' | 'awardees'>[];
  registrations: readonly {
    year: number;
    unitId: string;
    data: Pick<Registration, 'collectiveTitle' | 'individuals'>;
  }[];
  /** Unit names by id, for awardees and registrations that name one of the agency's units. */
  unitNames: ReadonlyMap<string, string>;
}

export interface ChartWords {
  byAward: string;
  byUnit: string;
  byKind: string;
  registeredVsAwarded: string;
  count: string;
  registered: string;
  awarded: string;
  individual: string;
  collective: string;
  registeredNote: string;
}

const TITLES: readonly AwardName[] = [...INDIVIDUAL_TITLES, ...COLLECTIVE_TITLES];

function countBy<T>(items: readonly T[], key: (item: T) => string): ChartRow[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .map(([label, value]) => ({ label, values: [value] }))
    .sort((a, b) => b.values[0]! - a.values[0]! || compareVietnamese(a.label, b.label));
}

/** The charts of `year`, or of every year when `year` is undefined. */
export function yearCharts(input: StatisticsInput, year: number | undefined, words: ChartWords): Chart[] {
  const decisions = input.decisions.filter((decision) => year === undefined || decision.year === year);
  const registrations = input.registrations.filter((registration) => year === undefined || registration.year === year);
  const awardees = decisions.flatMap((decision) => decision.awardees);
  const unitOf = (awardee: (typeof awardees)[number]) =>
    awardee.agencyUnit ? (input.unitNames.get(awardee.agencyUnit.id) ?? awardee.unit) : awardee.unit;

  // Registrations are for titles (danh hiệu), so only titles awarded are set against them.
  const unitIds = [
    ...new Set([
      ...registrations.map((registration) => registration.unitId),
      ...awardees.flatMap((awardee) => (awardee.agencyUnit ? [awardee.agencyUnit.id] : [])),
    ]),
  ];
  const registeredVsAwarded = unitIds
    .map((unitId) => {
      const registered = registrations
        .filter((registration) => registration.unitId === unitId)
        .reduce(
          (sum, { data }) =>
            sum + (data.collectiveTitle ? 1 : 0) + data.individuals.reduce((people, entry) => people + entry.count, 0),
          0,
        );
      const awarded = awardees.filter(
        (awardee) => awardee.agencyUnit?.id === unitId && TITLES.includes(awardee.award.name),
      ).length;
      return { label: input.unitNames.get(unitId) ?? unitId, values: [registered, awarded] };
    })
    .sort((a, b) => compareVietnamese(a.label, b.label));

  return [
    {
      id: 'theo-danh-hieu',
      title: words.byAward,
      series: [words.count],
      rows: countBy(awardees, (awardee) => awardee.award.name),
    },
    { id: 'theo-don-vi', title: words.byUnit, series: [words.count], rows: countBy(awardees, unitOf) },
    {
      id: 'ca-nhan-tap-the',
      title: words.byKind,
      series: [words.count],
      rows: [
        { label: words.individual, values: [awardees.filter((awardee) => awardee.kind === 'cá nhân').length] },
        { label: words.collective, values: [awardees.filter((awardee) => awardee.kind === 'tập thể').length] },
      ],
    },
    {
      id: 'dang-ky-va-khen-thuong',
      title: words.registeredVsAwarded,
      series: [words.registered, words.awarded],
      rows: registeredVsAwarded,
      note: words.registeredNote,
    },
  ];
}

/** A chart as CSV: a header row, then one row per label; CRLF line ends and a BOM so spreadsheet programs read UTF-8. */
export function chartCsv(chart: Chart, labelHeading: string): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [[labelHeading, ...chart.series], ...chart.rows.map((row) => [row.label, ...row.values])].map((line) =>
    line.map(cell).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
