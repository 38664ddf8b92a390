import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { dayAfter, escapeText, foldLine, serializeCalendar } from '../../src/lib/icalendar';

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets of UTF-8, continuation lines included, without splitting a character', () => {
    const line = `SUMMARY:${'Kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam; '.repeat(6)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(5);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    // An over-long part would show that the limit counted characters, not octets.
    expect(Math.max(...folded.map((part) => Buffer.byteLength(part, 'utf8')))).toBeGreaterThan(70);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('writes the day after the last day as DTEND, across months and years', () => {
    expect(dayAfter('2024-06-30')).toBe('2024-07-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2024-12-31')).toBe('2025-01-01');
  });

  it('round-trips through a real parser', () => {
    const text = serializeCalendar({
      productId: '-//test//VI',
      name: 'Lịch, thử; nghiệm',
      language: 'vi',
      stamp: new Date('2024-01-02T03:04:05Z'),
      events: [
        {
          uid: 'a@b',
          summary: 'Hạn: nộp hồ sơ, báo cáo; tổng hợp',
          description: 'Dòng một\nDòng hai',
          start: '2024-02-10',
          end: '2024-02-10',
        },
      ],
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Hạn: nộp hồ sơ, báo cáo; tổng hợp');
    expect(event.description).toBe('Dòng một\nDòng hai');
    expect(event.startDate.toString()).toBe('2024-02-10');
    expect(event.endDate.toString()).toBe('2024-02-11');
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-01-02T03:04:05Z');
  });
});
