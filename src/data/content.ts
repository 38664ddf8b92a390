/**
 * The only door to content. Every page, feed and index reads entries through here, so drafts,
 * embargoes and illustrative profiles are filtered by one rule, links are checked once, and lists
 * are sorted the same way everywhere.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
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
  return {
    today: rules.today,
    plans: visible(plans).sort(
      (a, b) =>
        b.data.year - a.data.year ||
        (b.data.issuedOn ?? '').localeCompare(a.data.issuedOn ?? '') ||
        compareVietnamese(a.data.title, b.data.title),
    ),
    phases: visible(phases).sort(
      (a, b) => a.data.startDate.localeCompare(b.data.startDate) || compareVietnamese(a.data.title, b.data.title),
    ),
    movements: visible(movements).sort(
      (a, b) =>
        LAUNCHER_LEVELS.indexOf(a.data.launchedBy.level) - LAUNCHER_LEVELS.indexOf(b.data.launchedBy.level) ||
        compareVietnamese(a.data.title, b.data.title),
    ),
    exemplars: visible(exemplars).sort(
      (a, b) => b.data.year - a.data.year || compareVietnamese(a.data.name, b.data.name),
    ),
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
  return {
    today: rules.today,
    calendar,
    notices: published.sort(
      (a, b) =>
        Number(isClosed(a)) - Number(isClosed(b)) ||
        (isClosed(a) ? b.closesOn.localeCompare(a.closesOn) : a.closesOn.localeCompare(b.closesOn)) ||
        compareVietnamese(a.entry.data.title, b.entry.data.title),
    ),
    decisions: visible(decisions).sort(
      (a, b) => b.data.issuedOn.localeCompare(a.data.issuedOn) || compareVietnamese(a.data.number, b.data.number),
    ),
    registrations: visible(registrations)
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
  };
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
  cycleCache ??= loadCycle();
  return cycleCache;
}

/** Public notices, open ones first. */
export async function getPublishedNotices(): Promise<PublishedNotice[]> {
  return (await loadYearCycle()).notices;
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
