/**
 * The only door to content. Every page, feed and index reads entries through here, so drafts,
 * embargoes and illustrative profiles are filtered by one rule, links are checked once, and lists
 * are sorted the same way everywhere.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry, type DataCollectionKey } from 'astro:content';
import { readEntryFile } from '../lib/entry-file';
import { candidateDetailsUntil } from '../lib/notices';
import { siteConfig } from '../lib/site-config';
import { closingDay, workingCalendar, type WorkingCalendar } from '../lib/working-days';
import { yearCycleProblems } from '../lib/year-cycle-checks';
import type { ContentProblem } from '../lib/validation-report';
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
import { lastUpdatedOn } from '../lib/last-updated';
import {
  INPUT,
  inputKey as inputKeyOf,
  inputRecorder,
  recordInput,
  unrecorded,
  type InputKey,
} from '../lib/page-inputs';
import { forLookup, trackedEntry, trackedList, trackedProperties } from './tracked-content';

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
  const visible = <T extends { data: Parameters<typeof isVisible>[0] }>(entries: T[]) =>
    entries.filter((entry) => isVisible(entry.data, rules));
  const content: SiteContent = {
    today: rules.today,
    plans: trackedList(
      'plans',
      visible(plans).sort(
        (a, b) =>
          b.data.year - a.data.year ||
          (b.data.issuedOn ?? '').localeCompare(a.data.issuedOn ?? '') ||
          compareVietnamese(a.data.title, b.data.title),
      ),
    ),
    phases: trackedList(
      'phases',
      visible(phases).sort(
        (a, b) => a.data.startDate.localeCompare(b.data.startDate) || compareVietnamese(a.data.title, b.data.title),
      ),
    ),
    movements: trackedList(
      'movements',
      visible(movements).sort(
        (a, b) =>
          LAUNCHER_LEVELS.indexOf(a.data.launchedBy.level) - LAUNCHER_LEVELS.indexOf(b.data.launchedBy.level) ||
          compareVietnamese(a.data.title, b.data.title),
      ),
    ),
    exemplars: trackedList(
      'exemplars',
      visible(exemplars).sort((a, b) => b.data.year - a.data.year || compareVietnamese(a.data.name, b.data.name)),
    ),
    units: trackedList(
      'units',
      visible(units).sort((a, b) => a.data.order - b.data.order || compareVietnamese(a.data.name, b.data.name)),
    ),
  };
  return trackedProperties(content, { today: inputKeyOf(INPUT.today) });
}

let cached: Promise<SiteContent> | undefined;

/**
 * All public content, loaded once per build (reloaded on every request in `astro dev`). Loading and
 * sorting are shared by every page, so they are not recorded as the inputs of the page that happened
 * to ask first: pages record what they read of the result.
 */
export function loadContent(): Promise<SiteContent> {
  if (isDevServer()) return load();
  cached ??= unrecorded(load);
  return cached;
}

/** Each list's entries by id, built on the first lookup: pages look entries up thousands of times per build. */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** Finds a public entry by id; links to entries that are not public resolve to undefined. */
export function byId<T extends { id: string }>(entries: readonly T[], id: string | undefined): T | undefined {
  if (id === undefined) return undefined;
  // A lookup depends on whether that one id is public, not on the whole list.
  const lookup = forLookup(entries, id);
  if (lookup.input) recordInput(lookup.input);
  let index = indexes.get(lookup.entries);
  if (!index) {
    index = new Map(lookup.entries.map((entry) => [entry.id, entry]));
    indexes.set(lookup.entries, index);
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
  return content.plans.find(
    (plan) => plan.data.number !== undefined && normaliseDocumentNumber(plan.data.number) === wanted,
  );
}

/** Public plans that list `plan` among the documents they implement or cite, with how. */
export function plansCiting(
  content: SiteContent,
  plan: PlanEntry,
): { plan: PlanEntry; relation: CitedDocument['relation'] }[] {
  if (plan.data.number === undefined) return [];
  const number = normaliseDocumentNumber(plan.data.number);
  return content.plans.flatMap((other) => {
    const citation = other.data.citedDocuments.find(
      (document) => document.number !== undefined && normaliseDocumentNumber(document.number) === number,
    );
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

// ---------------------------------------------------------------------------------------------------
// The year's cycle after the plans: registrations, public-comment notices, award decisions. Loaded by
// its own function (loadYearCycle) so that pages which do not show it never pay for it.

export type NoticeEntry = CollectionEntry<'notices'>;
export type DecisionEntry = CollectionEntry<'decisions'>;
export type RegistrationEntry = CollectionEntry<'registrations'>;

/** A public notice with what its file does not say: the closing day, and whether names are still shown. */
export interface PublishedNotice {
  entry: NoticeEntry;
  closesOn: IsoDate;
  /** The last day the candidates' personal details are on the site (see candidateRetentionMonths). */
  detailsUntil: IsoDate;
  /** False once the retention period has passed: the page keeps counts and the decision link only. */
  showsCandidates: boolean;
}

export interface YearCycleContent {
  today: IsoDate;
  /** The holiday lists staff keep, as one calendar. */
  calendar: WorkingCalendar;
  /** Open and upcoming first (soonest closing first), then closed ones, newest first. */
  notices: PublishedNotice[];
  /** Newest first. */
  decisions: DecisionEntry[];
  /** By plan year (newest first), then unit order. */
  registrations: RegistrationEntry[];
}

async function loadCycle(): Promise<YearCycleContent> {
  const [content, notices, decisions, registrations, holidays] = await Promise.all([
    loadContent(),
    getCollection('notices'),
    getCollection('decisions'),
    getCollection('registrations'),
    getCollection('holidays'),
  ]);
  const all = {
    plans: await getCollection('plans'),
    units: await getCollection('units'),
    exemplars: await getCollection('exemplars'),
  };
  const problems = [
    ...findBrokenLinks({ ...all, notices, decisions, registrations }),
    ...yearCycleProblems({ plans: all.plans, notices, decisions, holidays }),
  ];
  if (problems.length > 0) throw new Error(`Nội dung chưa hợp lệ:\n${formatProblems(withLines(problems))}`);

  const rules = visibilityRules();
  const visible = <T extends { data: Parameters<typeof isVisible>[0] }>(entries: T[]) =>
    entries.filter((entry) => isVisible(entry.data, rules));
  const calendar = workingCalendar(holidays.map((entry) => entry.data));
  const published = visible(notices).map((entry): PublishedNotice => {
    const closesOn = closingDay(entry.data.opensOn, entry.data.workingDays, calendar);
    const detailsUntil = candidateDetailsUntil(closesOn, siteConfig.candidateRetentionMonths);
    return { entry, closesOn, detailsUntil, showsCandidates: rules.today <= detailsUntil };
  });
  const isClosed = (notice: PublishedNotice) => notice.closesOn < rules.today;
  const cycle: YearCycleContent = {
    today: rules.today,
    calendar,
    notices: published
      .map((notice) => ({ ...notice, entry: trackedEntry(notice.entry) }))
      .sort(
        (a, b) =>
          Number(isClosed(a)) - Number(isClosed(b)) ||
          (isClosed(a) ? b.closesOn.localeCompare(a.closesOn) : a.closesOn.localeCompare(b.closesOn)) ||
          compareVietnamese(a.entry.data.title, b.entry.data.title),
      ),
    decisions: trackedList(
      'decisions',
      visible(decisions).sort(
        (a, b) => b.data.issuedOn.localeCompare(a.data.issuedOn) || compareVietnamese(a.data.number, b.data.number),
      ),
    ),
    registrations: trackedList(
      'registrations',
      visible(registrations)
        .filter(
          (registration) =>
            byId(content.plans, registration.data.plan.id) && byId(content.units, registration.data.unit.id),
        )
        .sort((a, b) => {
          const [planA, planB] = [byId(content.plans, a.data.plan.id)!, byId(content.plans, b.data.plan.id)!];
          const [unitA, unitB] = [byId(content.units, a.data.unit.id)!, byId(content.units, b.data.unit.id)!];
          return (
            planB.data.year - planA.data.year ||
            unitA.data.order - unitB.data.order ||
            compareVietnamese(unitA.data.name, unitB.data.name)
          );
        }),
    ),
  };
  return trackedProperties(cycle, {
    today: inputKeyOf(INPUT.today),
    calendar: inputKeyOf(INPUT.calendar),
    notices: inputKeyOf(INPUT.notices),
  });
}

/** Problems of the build, on the lines of their files, as check:content reports them. */
function withLines(problems: ContentProblem[]): ContentProblem[] {
  return problems.map((problem) => {
    try {
      const entry = readEntryFile(problem.file, readFileSync(problem.file, 'utf8'));
      return { ...problem, line: entry.lineOf(problem.field.split('.')) };
    } catch {
      return problem;
    }
  });
}

let cycleCache: Promise<YearCycleContent> | undefined;

/** Notices, decisions and registrations, loaded once per build (on every request in `astro dev`). */
export function loadYearCycle(): Promise<YearCycleContent> {
  if (isDevServer()) return loadCycle();
  cycleCache ??= unrecorded(loadCycle);
  return cycleCache;
}

/** Public notices, open ones first. */
export async function getPublishedNotices(): Promise<PublishedNotice[]> {
  return (await loadYearCycle()).notices;
}

/** The notices whose window has not closed on the build day (open or upcoming), soonest closing first. */
export function currentNotices(cycle: YearCycleContent): PublishedNotice[] {
  return cycle.notices.filter((notice) => notice.closesOn >= cycle.today);
}

/** Public decisions that award the exemplar `exemplarId`. */
export function decisionsOfExemplar(cycle: YearCycleContent, exemplarId: string): DecisionEntry[] {
  return cycle.decisions.filter((decision) =>
    decision.data.awardees.some((awardee) => awardee.exemplar?.id === exemplarId),
  );
}

/** Public notices that led to the decision `decisionId`. */
export function noticesOfDecision(cycle: YearCycleContent, decisionId: string): PublishedNotice[] {
  return cycle.notices.filter((notice) => notice.entry.data.decision?.id === decisionId);
}

/** The plan's registration deadline: the dated deadline whose task is registering ("Đăng ký …"). */
export function registrationDeadline(plan: PlanEntry): IsoDate | undefined {
  return plan.data.deadlines.find((deadline) => /^đăng ký/i.test(deadline.task.trim()))?.date;
}

// ---------------------------------------------------------------------------------------------------
// The current value of each input a page recorded (see src/lib/page-inputs.ts), for the next build to
// tell which pages read something that has changed since.

const COLLECTIONS = [
  'plans',
  'phases',
  'movements',
  'exemplars',
  'units',
  'notices',
  'decisions',
  'registrations',
  'holidays',
] as const satisfies readonly DataCollectionKey[];

const digestOf = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * An input's value as text. An imported image is a proxy that marks its original as used by a page
 * whenever one of its properties is read, and Astro then keeps the original file in the site: its
 * `clone` is read instead, which does not mark it.
 */
const textOf = (value: unknown): string =>
  JSON.stringify(value, (_key, field: unknown) => {
    if (typeof field !== 'object' || field === null || Array.isArray(field)) return field;
    const clone = (field as { clone?: unknown }).clone;
    return typeof clone === 'object' && clone !== null ? clone : field;
  }) ?? 'undefined';

type AnyEntry = { id: string; data: object; digest?: string; rendered?: { html: string } };

/**
 * Every entry of the collections `keys` name, public or not, by collection and id: an input names
 * entries whatever their state. Only those collections: Astro warns about every empty one it is asked for.
 */
async function entriesNamedIn(keys: readonly InputKey[]): Promise<Map<string, Map<string, AnyEntry>>> {
  const named = new Set<string>();
  for (const key of keys) {
    const [kind, collection] = key.split('\t');
    if (kind === INPUT.field || kind === INPUT.entry) named.add(collection!);
    if (kind === INPUT.calendar) named.add('holidays');
  }
  const collections = COLLECTIONS.filter((collection) => named.has(collection));
  const lists = await Promise.all(collections.map((collection) => getCollection(collection)));
  return new Map(
    collections.map((collection, index) => [
      collection,
      new Map(lists[index]!.map((entry) => [entry.id, entry as AnyEntry])),
    ]),
  );
}

async function currentValues(keys: readonly InputKey[]): Promise<string[]> {
  const [content, cycle, entries] = await unrecorded(() =>
    Promise.all([loadContent(), loadYearCycle(), entriesNamedIn(keys)]),
  );
  const lists: Record<string, readonly { id: string }[]> = {
    plans: content.plans,
    phases: content.phases,
    movements: content.movements,
    exemplars: content.exemplars,
    units: content.units,
    decisions: cycle.decisions,
    registrations: cycle.registrations,
  };
  const ids = (collection: string) => forLookup(lists[collection] ?? [], '').entries.map((entry) => entry.id);
  const publicIds = new Map<string, Set<string>>();
  const isPublic = (collection: string, id: string) => {
    let set = publicIds.get(collection);
    if (!set) publicIds.set(collection, (set = new Set(ids(collection))));
    return set.has(id);
  };
  return keys.map((key) => {
    const [kind = '', first = '', second = '', third = ''] = key.split('\t');
    switch (kind) {
      case INPUT.field: {
        const entry = entries.get(first)?.get(second);
        return entry ? textOf((entry.data as Record<string, unknown>)[third]) : '-';
      }
      case INPUT.entry: {
        // Over the whole of the data: while this value is unchanged, the entry's fields keep theirs (fieldOwner).
        const entry = entries.get(first)?.get(second);
        return entry ? digestOf(`${entry.digest ?? ''}\0${textOf(entry.data)}\0${entry.rendered?.html ?? ''}`) : '-';
      }
      case INPUT.list:
        return digestOf(ids(first).join('\n'));
      case INPUT.exists:
        return isPublic(first, second) ? '1' : '0';
      case INPUT.today:
        return content.today;
      case INPUT.notices:
        return digestOf(
          JSON.stringify(
            cycle.notices.map((notice) => [
              notice.entry.id,
              notice.closesOn,
              notice.detailsUntil,
              notice.showsCandidates,
            ]),
          ),
        );
      case INPUT.calendar:
        return digestOf(textOf([...(entries.get('holidays')?.values() ?? [])].map((entry) => [entry.id, entry.data])));
      case INPUT.updated:
        return lastUpdatedOn(first) ?? '-';
      case INPUT.file:
        try {
          return digestOf(readFileSync(first, 'latin1'));
        } catch {
          return '-';
        }
      default:
        // An input this code does not know: never equal, so the page is rendered again.
        return `unknown ${Math.random()}`;
    }
  });
}

const recorder = inputRecorder();
if (recorder) recorder.valuesOf = currentValues;
