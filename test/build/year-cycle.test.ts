/**
 * The year after its plans, in built pages: public-comment notices (status, window, candidates until
 * the retention period ends), award decisions and their files, the links decision ↔ profile ↔ notice
 * both ways, registrations, the statistics (each chart's numbers equal its table's and its CSV's),
 * the feed and the calendar. The demo set is built again as it stood on 05/12/2024, while its first
 * notice was open; the global demo build (today) shows the same notices after their retention period.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { mainText, readPage } from '../helpers/html';
import { sitemapRoutes } from '../helpers/sitemap';

const NOTICE = '/lay-y-kien/lay-y-kien-de-nghi-bang-khen-nam-2024/';
const EARLIER_NOTICE = '/lay-y-kien/lay-y-kien-de-nghi-chien-si-thi-dua-tinh/';
const DECISION = '/khen-thuong/quyet-dinh-1520-qd-ubnd-2024/';
const PROFILE = '/dien-hinh-tien-tien/le-van-hung/';
const CHAIN_LINKS = (site: string, route: string, chain: string) =>
  readPage(site, route)
    .querySelectorAll(`main a[data-chain="${chain}"]`)
    .map((link) => link.getAttribute('href'));

let pinned: string;
beforeAll(async () => {
  // 05/12/2024: the first notice (29/11 – 12/12/2024) is open, the second (30/08 – 16/09/2024) closed.
  const build = await buildSite('year-cycle-2024-12-05', { env: { TDKT_DEMO: '1', TDKT_TODAY: '2024-12-05' } });
  if (!build.ok) throw new Error(build.output);
  pinned = build.outDir;
}, 300_000);

describe('a public-comment notice', () => {
  it('is open on 05/12/2024 with 6 working days left, closing on Thursday 12/12/2024', () => {
    const text = mainText(readPage(pinned, NOTICE));
    expect(text).toContain('Đang lấy ý kiến — còn 6 ngày làm việc');
    expect(text).toContain('10 ngày làm việc, kể từ ngày 29/11/2024 đến hết ngày 12/12/2024');
    const status = readPage(pinned, NOTICE).querySelector('.notice-status')!;
    expect(status.getAttribute('data-closes')).toBe('2024-12-12');
  });

  it('lists its candidates, with why they are published and until when', () => {
    const text = mainText(readPage(pinned, NOTICE));
    expect(text).toContain('Lê Văn Hùng, Phó Trưởng phòng Bảo hiểm thất nghiệp');
    expect(text).toContain('Bằng khen của Chủ tịch UBND tỉnh');
    expect(text).toContain('không dựa trên sự đồng ý của người được đề nghị');
    expect(text).toContain('đến hết ngày 12/12/2025');
    expect(text).toContain('Ý kiến gửi bằng văn bản có chữ ký');
  });

  it('is listed as closed after its window, its names still shown within the retention period', () => {
    const list = mainText(readPage(pinned, '/lay-y-kien/'));
    expect(list.indexOf('Đang và sắp lấy ý kiến')).toBeLessThan(list.indexOf('Lấy ý kiến về đề nghị tặng Bằng khen'));
    expect(list.indexOf('Đã hết hạn (lưu trữ)')).toBeLessThan(
      list.indexOf('Lấy ý kiến về đề nghị xét tặng danh hiệu Chiến sĩ thi đua tỉnh'),
    );
    const text = mainText(readPage(pinned, EARLIER_NOTICE));
    expect(text).toContain('Đã hết hạn lấy ý kiến');
    expect(text).toContain('đến hết ngày 16/09/2024'); // opened Friday 30/08, before Quốc khánh
    expect(text).toContain('Hoàng Minh Đức');
  });

  it('is on the home page while it is open, with its standing, and no closed notice is', () => {
    const home = readPage(pinned, '/');
    const section = home.querySelector('section[aria-labelledby="lay-y-kien"]')!;
    expect(section.querySelector('h2')!.text).toBe('Đang và sắp lấy ý kiến');
    expect(section.querySelectorAll('h3 a').map((link) => link.getAttribute('href'))).toEqual([NOTICE]);
    expect(mainText(home)).toContain('Đang lấy ý kiến — còn 6 ngày làm việc');
    expect(section.querySelector(`a[href="/lay-y-kien/"]`)).not.toBeNull();
    // Once every notice has closed (the demo set built today), the home page has no such section.
    expect(readPage(inject('demoSite'), '/').querySelector('section[aria-labelledby="lay-y-kien"]')).toBeNull();
  });

  it('keeps only its counts and its decision once the retention period has passed', () => {
    const page = readPage(inject('demoSite'), NOTICE);
    const text = mainText(page);
    expect(page.querySelector('[data-retired]')).not.toBeNull();
    expect(text).toContain('(1 cá nhân, 1 tập thể)');
    expect(text).not.toContain('Lê Văn Hùng');
    expect(text).not.toContain('Tổ Tư vấn lưu động');
    expect(CHAIN_LINKS(inject('demoSite'), NOTICE, 'decision')).toEqual([DECISION]);
  });
});

describe('the chain decision ↔ profile ↔ notice', () => {
  it('runs from the notice to its decision, and from the decision back to the notice', () => {
    expect(CHAIN_LINKS(pinned, NOTICE, 'decision')).toEqual([DECISION]);
    expect(CHAIN_LINKS(pinned, DECISION, 'notice')).toEqual([NOTICE]);
  });

  it('runs from each awardee to their profile, and from the profile to its decision', () => {
    expect(CHAIN_LINKS(pinned, DECISION, 'exemplar')).toEqual([PROFILE, '/dien-hinh-tien-tien/to-tu-van-luu-dong/']);
    expect(CHAIN_LINKS(pinned, PROFILE, 'decision')).toEqual([DECISION]);
    expect(CHAIN_LINKS(pinned, '/dien-hinh-tien-tien/tran-thi-mai-anh/', 'decision')).toEqual([
      '/khen-thuong/quyet-dinh-25-qd-ttdvvl-2024/',
    ]);
  });
});

describe('an award decision', () => {
  it('shows the facts Nghị định 42/2022 asks for and its file, with type and size, served beside the page', () => {
    const text = mainText(readPage(pinned, DECISION));
    for (const fact of [
      'Loại văn bản Quyết định',
      'Số ký hiệu 1520/QĐ-UBND',
      'Ngày ban hành 27/12/2024',
      'Ngày có hiệu lực 27/12/2024',
      'Cơ quan ban hành Ủy ban nhân dân tỉnh',
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).toMatch(/Quyết định \(bản minh họa\) \(PDF, 1 KB\)/);
    const href = readPage(pinned, DECISION).querySelector('a[download]')!.getAttribute('href')!;
    expect(href).toBe(`${DECISION}quyet-dinh.pdf`);
    expect(readFileSync(path.join(pinned, href)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is listed on /van-ban/ with the plans, with its file', () => {
    const text = mainText(readPage(pinned, '/van-ban/'));
    expect(text).toContain('Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2024');
    expect(text).toContain('Triển khai công tác thi đua, khen thưởng năm 2024');
  });
});

describe('registrations', () => {
  it('show each unit, the totals, and which arrived after the plan’s deadline (10/02/2024)', () => {
    const text = mainText(readPage(pinned, '/dang-ky-thi-dua/2024/'));
    expect(text).toContain('Hạn nộp đăng ký: 10/02/2024');
    expect(text).toContain('16/02/2024 (Sau hạn)');
    expect(text).toContain('06/02/2024 (Đúng hạn)');
    expect(text).toMatch(/Tổng cộng 3 4 35 3\/4 đúng hạn/);
  });
});

describe('the year in numbers', () => {
  for (const period of ['2024', 'tat-ca']) {
    it(`has, on /thong-ke/${period === 'tat-ca' ? '' : `${period}/`}, the same numbers in each chart, its table and its CSV`, () => {
      const page = readPage(pinned, period === 'tat-ca' ? '/thong-ke/' : `/thong-ke/${period}/`);
      const charts = page.querySelectorAll('svg[data-chart]');
      expect(charts).toHaveLength(4);
      for (const svg of charts) {
        const id = svg.getAttribute('data-chart')!;
        const bars = svg
          .querySelectorAll('rect[data-value]')
          .map((bar) => `${bar.getAttribute('data-label')}|${bar.getAttribute('data-value')}`);
        const table = page.querySelector(`table[data-chart="${id}"]`)!;
        const cells = table
          .querySelectorAll('tbody tr')
          .flatMap((row) =>
            row
              .querySelectorAll('td')
              .map((cell) => `${row.querySelector('th')!.text.trim()}|${cell.getAttribute('data-value')}`),
          );
        const csv = readFileSync(path.join(pinned, 'thong-ke', period, `${id}.csv`), 'utf8').replace(/^\uFEFF/, '');
        const rows = csv
          .trimEnd()
          .split('\r\n')
          .slice(1)
          .flatMap((line) => {
            const [label, ...values] = line
              .match(/("([^"]|"")*"|[^,]+)/g)!
              .map((cell) => cell.replace(/^"|"$/g, '').replace(/""/g, '"'));
            return values.map((value) => `${label}|${value}`);
          });
        expect(bars.length, id).toBeGreaterThan(0);
        expect(cells, id).toEqual(bars);
        expect(rows, id).toEqual(bars);
      }
    });
  }

  it('counts awards by title or form from the decisions', () => {
    const csv = readFileSync(path.join(pinned, 'thong-ke/2024/theo-danh-hieu.csv'), 'utf8');
    expect(csv).toContain('Bằng khen,2\r\n');
    expect(csv).toContain('Chiến sĩ thi đua cơ sở,1\r\n');
    expect(readFileSync(path.join(pinned, 'thong-ke/2024/ca-nhan-tap-the.csv'), 'utf8')).toBe(
      '\uFEFFLoại,Số lượng\r\nCá nhân,4\r\nTập thể,3\r\n',
    );
  });

  it('ships no script on its pages', () => {
    expect(readFileSync(path.join(pinned, 'thong-ke/2024/index.html'), 'utf8')).not.toContain('<script');
  });
});

describe('feeds, calendar and sitemap', () => {
  it('put each notice in the feed, and its closing day in the calendar', () => {
    const feed = readFileSync(path.join(pinned, 'rss.xml'), 'utf8');
    expect(feed).toContain(`${NOTICE}</link>`);
    expect(feed).toContain(`${DECISION}</link>`);
    const calendar = new ICAL.Component(
      ICAL.parse(readFileSync(path.join(pinned, 'lich-thi-dua.ics'), 'utf8')) as unknown[],
    );
    const closing = calendar
      .getAllSubcomponents('vevent')
      .map((event) => new ICAL.Event(event))
      .find((event) => event.summary.startsWith('Hết hạn lấy ý kiến: Lấy ý kiến về đề nghị tặng Bằng khen'))!;
    expect(closing.startDate.toString()).toBe('2024-12-12');
  });

  it('list the new pages in the sitemap', () => {
    const routes = sitemapRoutes(pinned);
    for (const route of [NOTICE, DECISION, '/dang-ky-thi-dua/2024/', '/thong-ke/2024/', '/van-ban/'])
      expect(routes).toContain(route);
  });
});

describe('the production site', () => {
  const site = inject('productionSite');

  it('has honest empty states, and no invented notice, decision or registration', () => {
    expect(mainText(readPage(site, '/lay-y-kien/'))).toContain('Hiện chưa có thông báo lấy ý kiến nào.');
    expect(mainText(readPage(site, '/khen-thuong/'))).toContain('Hiện chưa có quyết định khen thưởng nào được đăng.');
    expect(mainText(readPage(site, '/dang-ky-thi-dua/'))).toContain('Chưa có đăng ký thi đua nào được đăng.');
    expect(mainText(readPage(site, '/thong-ke/'))).toContain('Chưa có số liệu');
    expect(readdirSync(path.join(site, 'lay-y-kien'))).toEqual(['index.html']);
    expect(readdirSync(path.join(site, 'khen-thuong'))).toEqual(['index.html']);
    expect(existsSync(path.join(site, 'thong-ke/tat-ca'))).toBe(false);
  });

  it('lists its two plans on /van-ban/', () => {
    expect(readPage(site, '/van-ban/').querySelectorAll('table.documents tbody tr')).toHaveLength(2);
  });
});
