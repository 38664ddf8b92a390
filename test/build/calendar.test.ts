/**
 * /lich-thi-dua.ics of the production build, read by a real iCalendar parser (ical.js, the one
 * Thunderbird uses): exactly the public phases, their occasions and the plans' deadlines, on the seeds'
 * dates, with Vietnamese text intact and lines as RFC 5545 wants them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/html';

const site = inject('productionSite');
const demo = inject('demoSite');
const HOST = 'thidua.dichvuvieclam.example';

function readCalendar(dir: string) {
  const text = readFileSync(path.join(dir, 'lich-thi-dua.ics'), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      categories: vevent.getFirstPropertyValue('categories'),
      url: vevent.getFirstPropertyValue('url'),
      language: vevent.getFirstProperty('summary')?.getParameter('language'),
    };
  });
  return { text, calendar, events };
}

const { text, calendar, events } = readCalendar(site);

describe('the calendar file', () => {
  it('is a published VCALENDAR 2.0 with a Vietnamese name', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Lịch thi đua – Trung tâm Dịch vụ việc làm');
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
    // Vietnamese text is long in octets: folding must have happened, and only between characters.
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(10);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('holds every phase as an all-day event spanning its dates (DTEND the day after)', () => {
    const phases = events.filter((event) => event.categories === 'Đợt thi đua');
    expect(phases.map(({ summary, start, end, allDay }) => ({ summary, start, end, allDay }))).toEqual([
      { summary: 'Đợt thi đua thứ nhất năm 2024', start: '2024-01-01', end: '2024-07-01', allDay: true },
      { summary: 'Đợt thi đua thứ hai năm 2024', start: '2024-07-01', end: '2025-01-01', allDay: true },
    ]);
    expect(phases[0]!.description).toContain(
      'Từ 01/01/2024 đến 30/06/2024.\nTheo Kế hoạch thực hiện các phong trào thi đua năm 2024 của Sở Lao động - Thương binh và Xã hội.',
    );
    expect(phases[0]!.url).toBe(`https://${HOST}/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/`);
    expect(phases[0]!.language).toBe('vi');
  });

  it('holds every occasion the phases celebrate, on its day', () => {
    const occasions = events
      .filter((event) => event.categories === 'Ngày kỷ niệm')
      .map(({ summary, start, end }) => `${start}/${end} ${summary}`);
    expect(occasions).toEqual([
      '2024-02-03/2024-02-04 Kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam',
      '2024-03-16/2024-03-17 Kỷ niệm 140 năm khởi nghĩa Yên Thế',
      '2024-04-30/2024-05-01 Kỷ niệm 49 năm Ngày giải phóng miền Nam, thống nhất đất nước',
      '2024-05-07/2024-05-08 Kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ',
      '2024-05-19/2024-05-20 Kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh',
      '2024-07-27/2024-07-28 Ngày Thương binh - Liệt sỹ',
      '2024-08-19/2024-08-20 Kỷ niệm 79 năm Ngày Cách mạng tháng Tám thành công',
      '2024-08-28/2024-08-29 Ngày thành lập Ngành Lao động- TB&XH',
      '2024-09-02/2024-09-03 Kỷ niệm 79 năm Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam',
      '2024-10-10/2024-10-11 Kỷ niệm 129 năm Ngày thành lập tỉnh Bắc Giang',
    ]);
  });

  it('holds the plans’ deadline of 10/02/2024, with who does it and where it goes', () => {
    const deadlines = events.filter((event) => event.categories === 'Thời hạn');
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({
      summary: 'Hạn: Đăng ký các danh hiệu thi đua, hình thức khen thưởng năm 2024 của phòng, bộ phận chuyên môn',
      start: '2024-02-10',
      end: '2024-02-11',
      url: `https://${HOST}/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/#thoi-han`,
    });
    expect(deadlines[0]!.description).toBe(
      'Đơn vị thực hiện: Các phòng, bộ phận chuyên môn thuộc đơn vị.\nGửi về: Phòng Hành chính – Tổng hợp.\nTheo Kế hoạch triển khai công tác thi đua, khen thưởng năm 2024 của Trung tâm Dịch vụ việc làm.',
    );
  });

  it('has nothing else, and unique UIDs that another build repeats', () => {
    expect(events).toHaveLength(13);
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((uid) => uid.endsWith(`@${HOST}`))).toBe(true);
    expect(uids).toContain(`dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024@${HOST}`);
    // The demo build is another build of the same phases and plans, made at another moment, plus the
    // closing days of its two illustrative public-comment notices.
    const demoUids = readCalendar(demo).events.map((event) => event.uid);
    expect(demoUids.filter((uid) => !uid.startsWith('lay-y-kien/'))).toEqual(uids);
    expect(demoUids.filter((uid) => uid.startsWith('lay-y-kien/'))).toHaveLength(2);
  });

  it('is linked from the phase pages and the plan pages with dates', () => {
    for (const route of [
      '/dot-thi-dua/',
      '/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/',
      '/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/',
      '/ke-hoach/thuc-hien-cac-phong-trao-thi-dua-nam-2024/',
    ]) {
      expect(readPage(site, route).querySelector('main a[href="/lich-thi-dua.ics"]')?.text, route).toContain(
        'Thêm vào lịch',
      );
    }
  });
});
