/**
 * The small part of iCalendar (RFC 5545) this site writes: a published calendar of all-day events.
 * Serialised here rather than with a generator library because the two checked (`ics`, `ical.js`)
 * fold long lines by characters or let continuation lines reach 76 octets, and Vietnamese text is
 * mostly multi-byte: see the README.
 */
import type { IsoDate } from './dates';

/** One all-day event, from `start` to `end` inclusive. */
export interface CalendarEvent {
  /** Stable across builds, so calendar apps update an event instead of adding it twice. */
  uid: string;
  summary: string;
  description?: string | undefined;
  start: IsoDate;
  /** The last day (inclusive); the file states the day after, as RFC 5545 wants for DTEND. */
  end: IsoDate;
  url?: string | undefined;
  categories?: string[];
}

export interface Calendar {
  /** PRODID: who made the file. */
  productId: string;
  name: string;
  description?: string | undefined;
  /** Language of the text (RFC 5646), such as "vi". */
  language: string;
  /** DTSTAMP of every event: when the file was made. */
  stamp: Date;
  events: CalendarEvent[];
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** A TEXT value with backslashes, semicolons, commas and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line so that no line exceeds 75 octets of UTF-8, continuation lines starting with
 * one space (which counts), never splitting a character.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** "20240701": a DATE value. */
function dateValue(date: IsoDate): string {
  return date.replaceAll('-', '');
}

/** The day after `date`, for the exclusive DTEND of an all-day event. */
export function dayAfter(date: IsoDate): IsoDate {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** "20241124T070500Z": a UTC DATE-TIME value. */
function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(event: CalendarEvent, calendar: Calendar): string[] {
  const language = `;LANGUAGE=${calendar.language}`;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(calendar.stamp)}`,
    `DTSTART;VALUE=DATE:${dateValue(event.start)}`,
    `DTEND;VALUE=DATE:${dateValue(dayAfter(event.end))}`,
    `SUMMARY${language}:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION${language}:${escapeText(event.description)}`] : []),
    ...(event.categories?.length ? [`CATEGORIES${language}:${event.categories.map(escapeText).join(',')}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    // An all-day notice, not a meeting: it does not make the reader look busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The calendar as an iCalendar file: CRLF line ends, folded lines, one VEVENT per event. */
export function serializeCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME;LANGUAGE=${calendar.language}:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    ...calendar.events.flatMap((event) => eventLines(event, calendar)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
