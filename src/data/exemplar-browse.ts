/**
 * The ways to browse the exemplars, each on its own paginated pages: by year, unit and award (the
 * gallery's filters), and by phase and movement (where the pages of a phase or a movement send
 * readers for the whole list). Grouped once per build from the public content.
 */
import { AWARD_NAMES, type AwardName } from '../schemas/awards';
import type { ExemplarFacet } from '../lib/routes';
import { slugifyVietnamese } from '../lib/vietnamese-text';
import type { ExemplarEntry, SiteContent } from './content';

export interface ExemplarGroup {
  facet: ExemplarFacet;
  /** The address segment: "2024", a unit's id, "chien-si-thi-dua-co-so". */
  value: string;
  /** What readers see: "2024", "Phòng Tư vấn – Giới thiệu việc làm", "Chiến sĩ thi đua cơ sở". */
  label: string;
  /** In the gallery's order. */
  exemplars: ExemplarEntry[];
}

/** The facets the gallery offers as filters, in the order it shows them. */
export const GALLERY_FILTERS: readonly ExemplarFacet[] = ['year', 'unit', 'award'];

/** The address segment of an award category: its name without accents. */
export function awardValue(name: AwardName): string {
  return slugifyVietnamese(name);
}

function grouped(
  exemplars: readonly ExemplarEntry[],
  keysOf: (exemplar: ExemplarEntry) => readonly string[],
): Map<string, ExemplarEntry[]> {
  const groups = new Map<string, ExemplarEntry[]>();
  for (const exemplar of exemplars) {
    for (const key of new Set(keysOf(exemplar))) {
      const list = groups.get(key);
      if (list) list.push(exemplar);
      else groups.set(key, [exemplar]);
    }
  }
  return groups;
}

type GroupSource = Pick<SiteContent, 'exemplars' | 'units' | 'phases' | 'movements'>;

/** Every non-empty group of every facet, each facet in reading order. */
export function exemplarGroups(content: GroupSource): Record<ExemplarFacet, ExemplarGroup[]> {
  const { exemplars } = content;
  const ordered = (
    facet: ExemplarFacet,
    groups: Map<string, ExemplarEntry[]>,
    order: readonly { value: string; label: string }[],
  ) =>
    order.flatMap(({ value, label }) => {
      const list = groups.get(value);
      return list ? [{ facet, value, label, exemplars: list }] : [];
    });

  const byYear = grouped(exemplars, (exemplar) => [String(exemplar.data.year)]);
  const years = [...byYear.keys()].sort((a, b) => Number(b) - Number(a));
  const byAward = grouped(exemplars, (exemplar) => exemplar.data.awards.map((award) => awardValue(award.name)));
  return {
    year: ordered(
      'year',
      byYear,
      years.map((year) => ({ value: year, label: year })),
    ),
    unit: ordered(
      'unit',
      grouped(exemplars, (exemplar) => [exemplar.data.unit.id]),
      content.units.map((unit) => ({ value: unit.id, label: unit.data.name })),
    ),
    award: ordered(
      'award',
      byAward,
      AWARD_NAMES.map((name) => ({ value: awardValue(name), label: name })),
    ),
    phase: ordered(
      'phase',
      grouped(exemplars, (exemplar) => (exemplar.data.phase ? [exemplar.data.phase.id] : [])),
      content.phases.map((phase) => ({ value: phase.id, label: phase.data.title })),
    ),
    movement: ordered(
      'movement',
      grouped(exemplars, (exemplar) => (exemplar.data.movement ? [exemplar.data.movement.id] : [])),
      content.movements.map((movement) => ({ value: movement.id, label: movement.data.title })),
    ),
  };
}

const cache = new WeakMap<GroupSource, Record<ExemplarFacet, ExemplarGroup[]>>();

/** exemplarGroups(), computed once per loaded content. */
export function exemplarGroupsOf(content: SiteContent): Record<ExemplarFacet, ExemplarGroup[]> {
  let groups = cache.get(content);
  if (!groups) {
    groups = exemplarGroups(content);
    cache.set(content, groups);
  }
  return groups;
}

/** The group of `facet` with address segment `value`, if it has any public exemplar. */
export function exemplarGroup(content: SiteContent, facet: ExemplarFacet, value: string): ExemplarGroup | undefined {
  return exemplarGroupsOf(content)[facet].find((group) => group.value === value);
}
