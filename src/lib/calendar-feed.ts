/**
 * The site's calendar (/lich-thi-dua.ics): every public phase as an all-day event spanning its dates,
 * every occasion it celebrates, every dated deadline of the public plans, and the closing day of every
 * public-comment notice. UIDs are built from entry
 * ids and dates, so they stay the same from build to build.
 */
import type { PhaseEntry, PlanEntry, PublishedNotice } from '../data/content';
import { t } from '../i18n/ui';
import { formatDateShort } from './dates';
import { documentName } from './documents';
import type { Calendar, CalendarEvent } from './icalendar';
import { occasionTitle } from './occasions';
import { routes } from './routes';
import { foldVietnamese, slugifyVietnamese } from './vietnamese-text';

export interface CalendarSource {
  plans: readonly PlanEntry[];
  phases: readonly PhaseEntry[];
  /** Public-comment notices: an event on each closing day. */
  notices?: readonly PublishedNotice[];
}

export interface CalendarOptions {
  /** The site's public address: events link to their pages and UIDs end with its host name. */
  baseUrl: string;
  agencyName: string;
  /** When the file is made. */
  stamp: Date;
}

/** "Theo Kế hoạch … của Sở …." */
function sourceOf(plan: PlanEntry | undefined): string | undefined {
  return plan && t('calendar.source', { plan: documentName(plan.data), issuer: plan.data.issuer.name });
}

/** The calendar of `content`, events in date order. */
export function siteCalendar(content: CalendarSource, options: CalendarOptions): Calendar {
  const host = new URL(options.baseUrl).hostname;
  const uid = (...parts: string[]) => `${parts.join('/')}@${host}`;
  const url = (path: string) => new URL(path, options.baseUrl).href;
  const planById = new Map(content.plans.map((plan) => [plan.id, plan]));

  const phaseEvents = content.phases.flatMap((phase): CalendarEvent[] => {
    const { data } = phase;
    const plan = planById.get(data.plan.id);
    const occasions = [...data.occasions].sort((a, b) => a.date.localeCompare(b.date));
    const description = [
      t('phase.from', { start: formatDateShort(data.startDate), end: formatDateShort(data.endDate) }) + '.',
      sourceOf(plan),
      occasions.length > 0 &&
        t('calendar.celebrates', {
          occasions: occasions
            .map((occasion) => `${occasionTitle(occasion)} (${formatDateShort(occasion.date)})`)
            .join('; '),
        }),
    ];
    return [
      {
        uid: uid('dot-thi-dua', phase.id),
        summary: data.title,
        description: description.filter(Boolean).join('\n'),
        start: data.startDate,
        end: data.endDate,
        url: url(routes.phase(phase.id)),
        categories: [t('calendar.phaseCategory')],
      },
      ...occasions.map((occasion) => ({
        uid: uid('dot-thi-dua', phase.id, 'ky-niem', occasion.date, slugifyVietnamese(occasion.name)),
        summary: occasionTitle(occasion),
        description: t('calendar.occasionOf', { phase: data.title }),
        start: occasion.date,
        end: occasion.date,
        url: url(routes.phase(phase.id)),
        categories: [t('calendar.occasionCategory')],
      })),
    ];
  });

  const deadlineEvents = content.plans.flatMap((plan) =>
    plan.data.deadlines.map((deadline) => ({
      uid: uid('ke-hoach', plan.id, 'thoi-han', deadline.date, slugifyVietnamese(deadline.task).slice(0, 60)),
      summary: t('calendar.deadlineSummary', { task: deadline.task }),
      description: [
        t('calendar.deadlineWho', { who: deadline.responsible }),
        deadline.submitTo && t('calendar.deadlineSubmitTo', { recipient: deadline.submitTo }),
        sourceOf(plan),
      ]
        .filter(Boolean)
        .join('\n'),
      start: deadline.date,
      end: deadline.date,
      url: url(`${routes.plan(plan.id)}#thoi-han`),
      categories: [t('calendar.deadlineCategory')],
    })),
  );

  const noticeEvents = (content.notices ?? []).map(({ entry, closesOn }) => ({
    uid: uid('lay-y-kien', entry.id, 'het-han', closesOn),
    summary: t('notice.calendarSummary', { title: entry.data.title }),
    description: t('notice.calendarDescription', {
      days: entry.data.workingDays,
      start: formatDateShort(entry.data.opensOn),
    }),
    start: closesOn,
    end: closesOn,
    url: url(routes.notice(entry.id)),
    categories: [t('notice.calendarCategory')],
  }));

  return {
    productId: `-//${host}//${foldVietnamese(t('calendar.name', { agency: options.agencyName }))}//VI`,
    name: t('calendar.name', { agency: options.agencyName }),
    description: t('calendar.description', { agency: options.agencyName }),
    language: 'vi',
    stamp: options.stamp,
    events: [...phaseEvents, ...deadlineEvents, ...noticeEvents].sort(
      (a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid),
    ),
  };
}
