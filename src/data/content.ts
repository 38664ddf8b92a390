/**
 * The only door to content. Every page, feed and index reads entries through here, so drafts,
 * embargoes and illustrative profiles are filtered by one rule, links are checked once, and lists
 * are sorted the same way everywhere.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDay } from '../lib/clock';
import { includesIllustrative } from '../lib/content-sources';
import type { IsoDate } from '../lib/dates';
import { normaliseDocumentNumber } from '../lib/document-numbers';
import type { CitedDocument } from '../schemas/cited-document';
import { LAUNCHER_LEVELS } from '../schemas/movement';
import { findBrokenLinks } from '../lib/references';
import { formatProblems } from '../lib/validation-report';
import { isDevServer } from '../lib/dev-server';
import { isVisible, type VisibilityRules } from '../lib/visibility';
import { compareVietnamese } from '../lib/vietnamese-text';

export type PlanEntry = CollectionEntry<'plans'>;
export type PhaseEntry = CollectionEntry<'phases'>;
export type MovementEntry = CollectionEntry<'movements'>;
export type ExemplarEntry = CollectionEntry<'exemplars'>;
export type UnitEntry = CollectionEntry<'units'>;

export interface SiteContent {
  today: IsoDate;
  plans: PlanEntry[];
  phases: PhaseEntry[];
  movements: MovementEntry[];
  exemplars: ExemplarEntry[];
  units: UnitEntry[];
}


function visibilityRules(): VisibilityRules {
  return { today: buildDay(), showUnpublished: isDevServer(), includeIllustrative: includesIllustrative() };
}

async function load(): Promise<SiteContent> {
  const [plans, phases, movements, exemplars, units] = await Promise.all([
    getCollection('plans'),
    getCollection('phases'),
    getCollection('movements'),
    getCollection('exemplars'),
    getCollection('units'),
  ]);
  const broken = findBrokenLinks({ plans, phases, movements, exemplars, units });
  if (broken.length > 0) {
    throw new Error(`Liên kết giữa các mục nội dung bị hỏng:\n${formatProblems(broken)}`);
  }
  const rules = visibilityRules();
  const visible = <T extends { data: Parameters<typeof isVisible>[0] }>(entries: T[]) => entries.filter((entry) => isVisible(entry.data, rules));
  return {
    today: rules.today,
    plans: visible(plans).sort(
      (a, b) => b.data.year - a.data.year || (b.data.issuedOn ?? '').localeCompare(a.data.issuedOn ?? '') || compareVietnamese(a.data.title, b.data.title),
    ),
    phases: visible(phases).sort((a, b) => a.data.startDate.localeCompare(b.data.startDate) || compareVietnamese(a.data.title, b.data.title)),
    movements: visible(movements).sort(
      (a, b) =>
        LAUNCHER_LEVELS.indexOf(a.data.launchedBy.level) - LAUNCHER_LEVELS.indexOf(b.data.launchedBy.level) ||
        compareVietnamese(a.data.title, b.data.title),
    ),
    exemplars: visible(exemplars).sort((a, b) => b.data.year - a.data.year || compareVietnamese(a.data.name, b.data.name)),
    units: visible(units).sort((a, b) => a.data.order - b.data.order || compareVietnamese(a.data.name, b.data.name)),
  };
}

let cached: Promise<SiteContent> | undefined;

/** All public content, loaded once per build (reloaded on every request in `astro dev`). */
export function loadContent(): Promise<SiteContent> {
  if (isDevServer()) return load();
  cached ??= load();
  return cached;
}

/** Each list's entries by id, built on the first lookup: pages look entries up thousands of times per build. */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** Finds a public entry by id; links to entries that are not public resolve to undefined. */
export function byId<T extends { id: string }>(entries: readonly T[], id: string | undefined): T | undefined {
  if (id === undefined) return undefined;
  let index = indexes.get(entries);
  if (!index) {
    index = new Map(entries.map((entry) => [entry.id, entry]));
    indexes.set(entries, index);
  }
  return index.get(id) as T | undefined;
}

export function phasesOfPlan(content: SiteContent, planId: string): PhaseEntry[] {
  return content.phases.filter((phase) => phase.data.plan.id === planId);
}

export function movementsOfPlan(content: SiteContent, planId: string): MovementEntry[] {
  return content.movements.filter((movement) => movement.data.plans.some((plan) => plan.id === planId));
}

/** The public plan whose số ký hiệu is `number` ("08/KH-SLĐTBXH"), when the site publishes it. */
export function planByNumber(content: SiteContent, number: string): PlanEntry | undefined {
  const wanted = normaliseDocumentNumber(number);
  return content.plans.find((plan) => plan.data.number !== undefined && normaliseDocumentNumber(plan.data.number) === wanted);
}

/** Public plans that list `plan` among the documents they implement or cite, with how. */
export function plansCiting(content: SiteContent, plan: PlanEntry): { plan: PlanEntry; relation: CitedDocument['relation'] }[] {
  if (plan.data.number === undefined) return [];
  const number = normaliseDocumentNumber(plan.data.number);
  return content.plans.flatMap((other) => {
    const citation = other.data.citedDocuments.find((document) => document.number !== undefined && normaliseDocumentNumber(document.number) === number);
    return other.id !== plan.id && citation ? [{ plan: other, relation: citation.relation }] : [];
  });
}

/** Deadlines of public plans from `from` on, soonest first, with the plan they belong to. */
export function deadlinesFrom(content: SiteContent, from: IsoDate) {
  return content.plans
    .flatMap((plan) => plan.data.deadlines.map((deadline) => ({ deadline, plan })))
    .filter(({ deadline }) => deadline.date >= from)
    .sort((a, b) => a.deadline.date.localeCompare(b.deadline.date));
}
