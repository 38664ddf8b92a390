/**
 * The site beyond its pages, read by real parsers: /rss.xml (fast-xml-parser), the sitemap, the
 * calendar (ical.js), and the links between documents. The production build must hold exactly the
 * seeds' entries with the seeds' dates (none is stated for the plans); a fictional content folder,
 * built as of 01/03/2025, proves that drafts and embargoed entries stay out and that a document the
 * site publishes is linked wherever it is cited.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { mainText, readPage } from '../helpers/html';
import { sitemapUrls } from '../helpers/sitemap';
import { isReaderPage } from '../helpers/files';

const production = inject('productionSite');
const demo = inject('demoSite');
const PRODUCTION_BASE = 'https://thidua.dichvuvieclam.example';
const FIXTURE_BASE = 'https://thidua.example.gov.vn';

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name),
});

interface FeedChannel {
  title: string;
  language: string;
  item?: FeedItem[];
}

interface FeedItem {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate?: string;
  description: string;
  category: string[];
}

function readFeed(site: string) {
  const feed = xml.parse(readFileSync(path.join(site, 'rss.xml'), 'utf8')) as { rss: { channel: FeedChannel } };
  return { channel: feed.rss.channel, items: feed.rss.channel.item ?? [] };
}

/** Every HTML page the build wrote, as its public address. */
function builtPages(site: string, base: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return walk(full);
      return name === 'index.html' ? [full] : [];
    });
  return walk(site)
    .filter((file) => isReaderPage(path.relative(site, file)))
    .map((file) =>
      `${base}/${path.relative(site, path.dirname(file)).split(path.sep).join('/')}/`
        .replace(/\/+$/, '/')
        .replace(`${base}//`, `${base}/`),
    );
}

function calendarEvents(site: string) {
  const calendar = new ICAL.Component(
    ICAL.parse(readFileSync(path.join(site, 'lich-thi-dua.ics'), 'utf8')) as unknown[],
  );
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return `${event.startDate.toString()} ${event.summary}`;
  });
}

describe('production', () => {
  it('feeds exactly the two plans, undated because neither states a date', () => {
    const { channel, items } = readFeed(production);
    expect(channel.language).toBe('vi');
    expect(channel.title).toBe('Thi đua – Khen thưởng – Trung tâm Dịch vụ việc làm');
    expect(items.map(({ title, link, pubDate, category }) => ({ title, link, pubDate, category }))).toEqual([
      {
        title: 'Kế hoạch thực hiện các phong trào thi đua năm 2024',
        link: `${PRODUCTION_BASE}/ke-hoach/thuc-hien-cac-phong-trao-thi-dua-nam-2024/`,
        pubDate: undefined,
        category: ['Kế hoạch'],
      },
      {
        title: 'Kế hoạch triển khai công tác thi đua, khen thưởng năm 2024',
        link: `${PRODUCTION_BASE}/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/`,
        pubDate: undefined,
        category: ['Kế hoạch'],
      },
    ]);
    expect(items[0]!.description).toBe(
      'Kế hoạch thực hiện các phong trào thi đua năm 2024 của Sở Lao động - Thương binh và Xã hội.',
    );
  });

  it('maps every built page and nothing else: no 404, no files', () => {
    const urls = sitemapUrls(production);
    const pages = builtPages(production, PRODUCTION_BASE);
    expect(urls.length).toBe(new Set(urls).size);
    expect([...urls].sort()).toEqual([...pages].sort());
    expect(urls).toContain(`${PRODUCTION_BASE}/ke-hoach/thuc-hien-cac-phong-trao-thi-dua-nam-2024/`);
    expect(urls.filter((url) => /404|\.(xml|ics|png|txt)$/.test(url))).toEqual([]);
    expect(readFileSync(path.join(production, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${PRODUCTION_BASE}/sitemap-index.xml`,
    );
  });

  it('links no document number, since the site publishes no numbered document', () => {
    const page = readPage(production, '/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/');
    expect(page.querySelectorAll('a[data-document-number], a.document-link')).toEqual([]);
    expect(mainText(page)).toContain(
      'Thực hiện Kế hoạch số 08/KH-SLĐTBXH ngày 12/01/2024 của Sở Lao động - Thương binh và Xã hội',
    );
  });
});

describe('demo', () => {
  it('feeds the illustrative profiles labelled as such', () => {
    const profiles = readFeed(demo).items.filter((item) => item.category.includes('Điển hình tiên tiến'));
    expect(profiles).toHaveLength(6);
    expect(profiles.every((item) => item.title.endsWith('(Hồ sơ minh họa)'))).toBe(true);
  });
});

describe('a content folder with drafts and embargoes, built as of 01/03/2025', () => {
  let site: string;

  beforeAll(async () => {
    const result = await buildSite('publication', {
      env: { TDKT_CONTENT_DIR: 'test/fixtures/content/publication', TDKT_TODAY: '2025-03-01' },
    });
    if (!result.ok) throw new Error(result.output);
    site = result.outDir;
  });

  it('builds no page for a draft or an embargoed entry', () => {
    for (const route of [
      'ke-hoach/ke-hoach-nhap',
      'ke-hoach/ke-hoach-cho-cong-bo',
      'dot-thi-dua/dot-nhap',
      'dien-hinh-tien-tien/to-nhap',
    ]) {
      expect(existsSync(path.join(site, route)), route).toBe(false);
    }
  });

  it('feeds the public plans and profile, newest first, each dated by publishDate or its date of issue', () => {
    const { items } = readFeed(site);
    expect(items.map(({ title, pubDate }) => [title, pubDate])).toEqual([
      // publishDate 15/02/2025, midnight in Viet Nam
      ['Tổ Mẫu', 'Fri, 14 Feb 2025 17:00:00 GMT'],
      ['Kế hoạch thực hiện công tác thi đua năm 2025', 'Fri, 31 Jan 2025 17:00:00 GMT'],
      // no publishDate: its date of issue, 10/01/2025
      ['Kế hoạch công tác thi đua năm 2025 của cấp trên', 'Thu, 09 Jan 2025 17:00:00 GMT'],
      // no date stated at all: no date invented
      ['Kế hoạch công tác thi đua không ghi ngày', undefined],
    ]);
    expect(items[2]!.description).toBe(
      'Kế hoạch công tác thi đua năm 2025 của cấp trên của Trung tâm Dịch vụ việc làm (Số: 15/KH-THUNGHIEM, ban hành ngày 10/01/2025).',
    );
  });

  it('maps only the public pages', () => {
    const urls = sitemapUrls(site);
    expect([...urls].sort()).toEqual([...builtPages(site, FIXTURE_BASE)].sort());
    expect(urls.filter((url) => /nhap|cho-cong-bo/.test(url))).toEqual([]);
    expect(urls).toContain(`${FIXTURE_BASE}/ke-hoach/ke-hoach-khong-ngay/`);
  });

  it('puts only the public phase and plans in the calendar', () => {
    expect(calendarEvents(site)).toEqual([
      '2025-01-01 Đợt thi đua thử nghiệm',
      '2025-03-15 Hạn: Nộp báo cáo thử nghiệm',
      '2025-05-19 Ngày thử nghiệm',
    ]);
  });

  it('links a number in the text to the plan the site publishes, and no other', () => {
    const page = readPage(site, '/ke-hoach/ke-hoach-thuc-hien/');
    const text = page.querySelector('.document-text')!;
    expect(text.querySelectorAll('a.document-link').map((link) => [link.text, link.getAttribute('href')])).toEqual([
      ['15/KH-THUNGHIEM', '/ke-hoach/ke-hoach-cap-tren/'],
    ]);
    // The draft's, the embargoed plan's and an outside document's numbers stay plain text, as do code and links.
    expect(text.querySelectorAll('a[data-document-number]')).toEqual([]);
    expect(text.structuredText).toContain(
      'Kế hoạch số 20/KH-NHAP; Kế hoạch số 21/KH-CHO; Chỉ thị số 34-CT/TW ngày 07/4/2014',
    );
    expect(text.querySelector('code')!.text).toBe('15/KH-THUNGHIEM');
    expect(text.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      '/ke-hoach/ke-hoach-cap-tren/',
      '/ke-hoach/',
    ]);
    // A profile's story links the same way.
    const story = readPage(site, '/dien-hinh-tien-tien/to-mau/').querySelector('.story')!;
    expect(story.querySelector('a.document-link')?.getAttribute('href')).toBe('/ke-hoach/ke-hoach-cap-tren/');
  });

  it('links a cited document the site publishes, and lists the citing plan on its page', () => {
    const cited = readPage(site, '/ke-hoach/ke-hoach-thuc-hien/').querySelectorAll('ul.cited li');
    expect(cited.map((item) => [item.text.trim(), item.querySelector('a')?.getAttribute('href')])).toEqual([
      [
        'Kế hoạch số 15/KH-THUNGHIEM ngày 10/01/2025 của Trung tâm Dịch vụ việc làm về công tác thi đua năm 2025',
        '/ke-hoach/ke-hoach-cap-tren/',
      ],
      ['Chỉ thị số 34-CT/TW ngày 07/04/2014 của Bộ Chính trị', undefined],
    ]);
    const citedPage = readPage(site, '/ke-hoach/ke-hoach-cap-tren/');
    expect(citedPage.querySelector('#van-ban-dan-chieu + ul')!.structuredText.replace(/\s+/g, ' ')).toBe(
      'Kế hoạch thực hiện công tác thi đua năm 2025 (Trung tâm Dịch vụ việc làm): ban hành để thực hiện kế hoạch này',
    );
    expect(citedPage.querySelector('nav.toc a[href="#van-ban-dan-chieu"]')).toBeTruthy();
  });
});
