/** The inputs of /thong-ke/ from published content: decisions, registrations with their plan's year, unit names. */
import { byId, type SiteContent, type YearCycleContent } from './content';
import { t } from '../i18n/ui';
import type { ChartWords, StatisticsInput } from '../lib/statistics';

export function statisticsInput(content: SiteContent, cycle: YearCycleContent): StatisticsInput {
  return {
    decisions: cycle.decisions.map((decision) => decision.data),
    registrations: cycle.registrations.map((registration) => ({
      year: byId(content.plans, registration.data.plan.id)!.data.year,
      unitId: registration.data.unit.id,
      data: registration.data,
    })),
    unitNames: new Map(content.units.map((unit) => [unit.id, unit.data.name])),
  };
}

/** The years with any decision or registration, newest first. */
export function statisticsYears(input: StatisticsInput): number[] {
  return [
    ...new Set([
      ...input.decisions.map((decision) => decision.year),
      ...input.registrations.map((registration) => registration.year),
    ]),
  ].sort((a, b) => b - a);
}

/** Whether the site's statistics include fictional entries (a demo build), to label the pages. */
export function statisticsAreIllustrative(cycle: YearCycleContent): boolean {
  return [...cycle.decisions, ...cycle.registrations].some((entry) => entry.data.illustrative);
}

export const CHART_WORDS: ChartWords = {
  byAward: t('stats.byAward'),
  byUnit: t('stats.byUnit'),
  byKind: t('stats.byKind'),
  registeredVsAwarded: t('stats.registeredVsAwarded'),
  count: t('stats.count'),
  registered: t('stats.registered'),
  awarded: t('stats.awarded'),
  individual: t('stats.individual'),
  collective: t('stats.collective'),
  registeredNote: t('stats.registeredNote'),
};

/** The first column's heading in each chart's table and CSV. */
export const CHART_LABEL_HEADINGS: Record<string, string> = {
  'theo-danh-hieu': t('exemplar.awards'),
  'theo-don-vi': t('registration.unit'),
  'ca-nhan-tap-the': t('exemplar.kind'),
  'dang-ky-va-khen-thuong': t('registration.unit'),
};
