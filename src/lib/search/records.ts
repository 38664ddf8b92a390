/**
 * What the search index knows about each entry besides its text: the kind, title and date shown in
 * results, the date results sort by, and the filter values (năm, đơn vị, danh hiệu). The entry
 * pages write these into their HTML for Pagefind; the search page lists the same filter values.
 */
import { t } from '../../i18n/ui';
import { formatDateShort, startOfYear, yearOf, type IsoDate } from '../dates';
import { SEARCH_FILTERS, SORTS_AFTER_DAY, type SearchFilterName } from './config';
import type { Decision } from '../../schemas/decision';
import type { Exemplar } from '../../schemas/exemplar';
import type { Notice } from '../../schemas/notice';
import type { Movement } from '../../schemas/movement';
import type { Phase } from '../../schemas/phase';
import type { Plan } from '../../schemas/plan';
import { compareVietnamese } from '../vietnamese-text';

/** The kinds of entry readers can filter by ("loại nội dung"), in the order the filter lists them. */
export const SEARCH_KINDS = {
  plan: t('search.kind.plan'),
  phase: t('search.kind.phase'),
  movement: t('search.kind.movement'),
  exemplar: t('search.kind.exemplar'),
  notice: t('search.kind.notice'),
  decision: t('search.kind.decision'),
} as const;

export interface SearchRecord {
  /** Shown above the result's title: "Kế hoạch", "Điển hình tiên tiến"… */
  kind: string;
  title: string;
  /** The date as readers see it in the result; absent when the entry has none. */
  dateText?: string;
  /** ISO date the results sort by; entries known only by year sort as 1 January. */
  sortDate: IsoDate;
  /** Sorts just after the other entries of its day (SORTS_AFTER_DAY): half of the profiles. */
  sortsAfterDay?: true;
  filters: Partial<Record<SearchFilterName, string[]>>;
}

/** The value results sort by, as the page gives it to Pagefind. */
export function sortValueOf(record: Pick<SearchRecord, 'sortDate' | 'sortsAfterDay'>): string {
  return record.sortsAfterDay ? `${record.sortDate}${SORTS_AFTER_DAY}` : record.sortDate;
}

/** Half of the ids, the same half every time (FNV-1a). */
function inLaterHalf(id: string): boolean {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  return (hash & 1) === 1;
}

const distinct = (values: readonly string[]) => [...new Set(values)];

export function planSearchRecord(plan: Plan): SearchRecord {
  return {
    kind: SEARCH_KINDS.plan,
    title: plan.title,
    dateText: plan.issuedOn ? formatDateShort(plan.issuedOn) : t('search.year', { year: plan.year }),
    sortDate: plan.issuedOn ?? startOfYear(plan.year),
    filters: { [SEARCH_FILTERS.kind]: [SEARCH_KINDS.plan], [SEARCH_FILTERS.year]: [String(plan.year)] },
  };
}

export function phaseSearchRecord(phase: Phase): SearchRecord {
  const years: string[] = [];
  for (let year = yearOf(phase.startDate); year <= yearOf(phase.endDate); year++) years.push(String(year));
  return {
    kind: SEARCH_KINDS.phase,
    title: phase.title,
    dateText: t('phase.from', { start: formatDateShort(phase.startDate), end: formatDateShort(phase.endDate) }),
    sortDate: phase.startDate,
    filters: { [SEARCH_FILTERS.kind]: [SEARCH_KINDS.phase], [SEARCH_FILTERS.year]: years },
  };
}

/** A movement has no date of its own: it is dated by the public plans that carry it. */
export function movementSearchRecord(movement: Movement, plans: readonly Pick<Plan, 'year'>[]): SearchRecord {
  const years = distinct(plans.map((plan) => String(plan.year))).sort();
  const latest = years.at(-1);
  return {
    kind: SEARCH_KINDS.movement,
    title: movement.title,
    ...(latest ? { dateText: t('search.carriedIn', { years: years.join(', ') }) } : {}),
    sortDate: latest ? startOfYear(Number(latest)) : '0000-01-01',
    filters: { [SEARCH_FILTERS.kind]: [SEARCH_KINDS.movement], [SEARCH_FILTERS.year]: years },
  };
}

export function exemplarSearchRecord(id: string, exemplar: Exemplar, unitName: string | undefined): SearchRecord {
  return {
    kind: SEARCH_KINDS.exemplar,
    title: exemplar.illustrative ? `${exemplar.name} (${t('exemplar.illustrative')})` : exemplar.name,
    dateText: t('search.year', { year: exemplar.year }),
    sortDate: startOfYear(exemplar.year),
    ...(inLaterHalf(id) ? { sortsAfterDay: true as const } : {}),
    filters: {
      [SEARCH_FILTERS.kind]: [SEARCH_KINDS.exemplar],
      [SEARCH_FILTERS.year]: [String(exemplar.year)],
      [SEARCH_FILTERS.unit]: unitName ? [unitName] : [],
      [SEARCH_FILTERS.award]: distinct(exemplar.awards.map((award) => award.name)),
    },
  };
}

/** A public-comment notice: dated by its opening day, filtered by the awards proposed. */
export function noticeSearchRecord(
  notice: Pick<Notice, 'title' | 'opensOn' | 'candidates' | 'illustrative'>,
  closesOn: IsoDate,
): SearchRecord {
  return {
    kind: SEARCH_KINDS.notice,
    title: notice.illustrative ? `${notice.title} (${t('cycle.illustrative')})` : notice.title,
    dateText: t('phase.from', { start: formatDateShort(notice.opensOn), end: formatDateShort(closesOn) }),
    sortDate: notice.opensOn,
    filters: {
      [SEARCH_FILTERS.kind]: [SEARCH_KINDS.notice],
      [SEARCH_FILTERS.year]: [String(yearOf(notice.opensOn))],
      [SEARCH_FILTERS.award]: distinct(notice.candidates.map((candidate) => candidate.award.name)),
    },
  };
}

/** An award decision: dated by its day of issue, filtered by the awards it confers. */
export function decisionSearchRecord(decision: Decision): SearchRecord {
  const title = `${decision.documentKind} ${decision.number} ${decision.title.charAt(0).toLocaleLowerCase('vi')}${decision.title.slice(1)}`;
  return {
    kind: SEARCH_KINDS.decision,
    title: decision.illustrative ? `${title} (${t('cycle.illustrative')})` : title,
    dateText: formatDateShort(decision.issuedOn),
    sortDate: decision.issuedOn,
    filters: {
      [SEARCH_FILTERS.kind]: [SEARCH_KINDS.decision],
      [SEARCH_FILTERS.year]: distinct([String(decision.year), String(yearOf(decision.issuedOn))]),
      [SEARCH_FILTERS.award]: distinct(decision.awardees.map((awardee) => awardee.award.name)),
    },
  };
}

/**
 * A page about the agency or the site (Giới thiệu): searchable, in no filter, last when sorted by
 * date (Pagefind leaves out of sorted results any page without the sort key).
 */
export function sitePageSearchRecord(title: string): SearchRecord {
  return { kind: t('search.kind.sitePage'), title, sortDate: '0000-01-01', filters: {} };
}

export interface FilterOption {
  value: string;
  /** How many entries have it. */
  count: number;
}

function countValues(records: readonly SearchRecord[], name: SearchFilterName): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records)
    for (const value of record.filters[name] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * The choices of each filter on the search page, with how many entries have them: every kind in a
 * fixed order (even one with no entries yet), years newest first, units and awards alphabetically.
 */
export function searchFilterOptions(records: readonly SearchRecord[]): Record<SearchFilterName, FilterOption[]> {
  const options = (name: SearchFilterName, order: (a: string, b: string) => number) =>
    [...countValues(records, name)].map(([value, count]) => ({ value, count })).sort((a, b) => order(a.value, b.value));
  const kinds = countValues(records, SEARCH_FILTERS.kind);
  return {
    [SEARCH_FILTERS.kind]: Object.values(SEARCH_KINDS).map((value) => ({ value, count: kinds.get(value) ?? 0 })),
    [SEARCH_FILTERS.year]: options(SEARCH_FILTERS.year, (a, b) => b.localeCompare(a)),
    [SEARCH_FILTERS.unit]: options(SEARCH_FILTERS.unit, compareVietnamese),
    [SEARCH_FILTERS.award]: options(SEARCH_FILTERS.award, compareVietnamese),
  };
}
