/**
 * The items of /rss.xml: the newest public plans, profiles, public-comment notices and award decisions,
 * newest first.
 *
 * The date of an item is the day it was published on this site (`publishDate`) when the entry states
 * one; for a plan without it, its date of issue (`issuedOn`) when known. Otherwise the item has no
 * date, rather than an invented one: neither 2024 seed states its date of issue, and feed readers
 * then show an item from when they first saw it. Undated items follow the dated ones of their year.
 */
import type { DecisionEntry, ExemplarEntry, PlanEntry, PublishedNotice } from '../data/content';
import { t } from '../i18n/ui';
import { formatDateShort, type IsoDate } from './dates';
import { documentName } from './documents';
import { routes } from './routes';
import { compareVietnamese } from './vietnamese-text';

export interface FeedItem {
  title: string;
  /** Path on the site. */
  link: string;
  /** The day in Viet Nam, when the entry states one. */
  date?: IsoDate | undefined;
  description: string;
  categories: string[];
  /** For ordering undated items. */
  year: number;
}

function planItem(plan: PlanEntry): FeedItem {
  const { data } = plan;
  const issued = [
    data.number && t('plan.numberLine', { number: data.number }),
    data.issuedOn && t('feed.issuedOn', { date: formatDateShort(data.issuedOn) }),
  ].filter(Boolean);
  return {
    title: documentName(data),
    link: routes.plan(plan.id),
    date: data.publishDate ?? data.issuedOn,
    description: `${t('feed.planOf', { plan: documentName(data), issuer: data.issuer.name })}${issued.length > 0 ? ` (${issued.join(', ')})` : ''}.`,
    categories: [data.documentKind],
    year: data.year,
  };
}

function exemplarItem(exemplar: ExemplarEntry): FeedItem {
  const { data } = exemplar;
  return {
    title: data.illustrative ? `${data.name} (${t('exemplar.illustrative')})` : data.name,
    link: routes.exemplar(exemplar.id),
    date: data.publishDate,
    description: data.summary,
    categories: [t('nav.exemplars')],
    year: data.year,
  };
}

/** A notice is dated by its opening day; its description gives the window and how many are proposed. */
function noticeItem({ entry, closesOn }: PublishedNotice): FeedItem {
  const { data } = entry;
  const individuals = data.candidates.filter((candidate) => candidate.kind === 'cá nhân').length;
  return {
    title: data.illustrative ? `${data.title} (${t('cycle.illustrative')})` : data.title,
    link: routes.notice(entry.id),
    date: data.publishDate ?? data.opensOn,
    description: t('notice.feedDescription', {
      start: formatDateShort(data.opensOn),
      end: formatDateShort(closesOn),
      count: t('notice.candidateCount', { individuals, collectives: data.candidates.length - individuals }),
    }),
    categories: [t('search.kind.notice')],
    year: Number(data.opensOn.slice(0, 4)),
  };
}

function decisionItem(decision: DecisionEntry): FeedItem {
  const { data } = decision;
  const title = `${data.documentKind} số ${data.number}: ${data.title}`;
  return {
    title: data.illustrative ? `${title} (${t('cycle.illustrative')})` : title,
    link: routes.decision(decision.id),
    date: data.publishDate ?? data.issuedOn,
    description: t('decision.feedDescription', {
      kind: data.documentKind,
      number: data.number,
      date: formatDateShort(data.issuedOn),
      issuer: data.issuer.name,
      count: data.awardees.length,
    }),
    categories: [t('search.kind.decision')],
    year: data.year,
  };
}

/**
 * How many items the feed carries: readers poll it for what is new, and a site with thousands of
 * profiles would otherwise send them all on every poll.
 */
export const FEED_ITEM_LIMIT = 50;

/**
 * The newest FEED_ITEM_LIMIT items, newest first: by date, an undated item counting as its year (so
 * "2025" sorts before "2024-05-01", and after "2025-03-01"), then by title.
 */
export function feedItems(
  content: {
    plans: readonly PlanEntry[];
    exemplars: readonly ExemplarEntry[];
    notices?: readonly PublishedNotice[];
    decisions?: readonly DecisionEntry[];
  },
  limit = FEED_ITEM_LIMIT,
): FeedItem[] {
  const key = (item: FeedItem) => item.date ?? String(item.year);
  return [
    ...content.plans.map(planItem),
    ...content.exemplars.map(exemplarItem),
    ...(content.notices ?? []).map(noticeItem),
    ...(content.decisions ?? []).map(decisionItem),
  ]
    .sort((a, b) => key(b).localeCompare(key(a)) || compareVietnamese(a.title, b.title))
    .slice(0, limit);
}

/** The instant an item's day begins in Viet Nam, for RSS's pubDate. */
export function startOfDayInVietnam(date: IsoDate): Date {
  return new Date(`${date}T00:00:00+07:00`);
}
