/**
 * A small generated site (`npm run gen`) through the real check and the real build: the generator's
 * output is valid content; lists are paginated and browsable by year, unit and award with proper
 * links; sections stay capped; plain and MDX profiles both render; and a rebuild after editing one
 * profile shows the edit while photos and the search index's prepared pages are reused from the cache. The timings live in `npm run bench`.
 */
import { appendFileSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_ROOT, buildSite, type BuildResult } from '../helpers/build';
import { mainText, readPage } from '../helpers/html';
import { runScript } from '../helpers/scripts';

const contentDir = path.join(TEST_ROOT, 'generated', 'content');
const env = { TDKT_CONTENT_DIR: contentDir, TDKT_DEMO: '1' };
let site: string;
let first: BuildResult;

/** The generated profile files, by id. */
function profileFiles(): Map<string, string> {
  const root = path.join(contentDir, 'exemplars');
  const files = new Map<string, string>();
  for (const year of readdirSync(root).filter((name) => /^\d{4}$/.test(name))) {
    for (const id of readdirSync(path.join(root, year))) files.set(id, path.join(root, year, id, 'index.mdx'));
  }
  return files;
}

beforeAll(async () => {
  rmSync(path.join(TEST_ROOT, 'generated'), { recursive: true, force: true });
  const generated = await runScript('generate-content.ts', [
    '--exemplars',
    '60',
    '--plans',
    '3',
    '--photos',
    '0.2',
    '--out',
    contentDir,
  ]);
  expect(generated.code, generated.output).toBe(0);
  first = await buildSite('generated', { env });
  expect(first.ok, first.output).toBe(true);
  site = first.outDir;
});

describe('generated content', () => {
  it('passes npm run check:content', async () => {
    const checked = await runScript('check-content.ts', [], env);
    expect(checked.output).toMatch(/Nội dung hợp lệ/);
    expect(checked.code).toBe(0);
  });

  it('is labelled "Hồ sơ minh họa" wherever a profile shows, and never reaches a production build', async () => {
    const [id] = profileFiles().keys();
    expect(mainText(readPage(site, `/dien-hinh-tien-tien/${id}/`))).toContain('Hồ sơ minh họa');
    const production = await buildSite('generated-production', { env: { TDKT_CONTENT_DIR: contentDir } });
    expect(production.ok, production.output).toBe(true);
    expect(readdirSync(path.join(production.outDir, 'dien-hinh-tien-tien'))).toEqual(['index.html']);
  });
});

describe('the gallery', () => {
  it('is paginated with page numbers in the address and rel=prev/next, in the head and on the links', () => {
    const second = readPage(site, '/dien-hinh-tien-tien/trang/2/');
    expect(second.querySelector('link[rel="prev"]')?.getAttribute('href')).toBe('/dien-hinh-tien-tien/');
    expect(second.querySelector('link[rel="next"]')?.getAttribute('href')).toBe('/dien-hinh-tien-tien/trang/3/');
    const nav = second.querySelector('nav.pagination')!;
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/dien-hinh-tien-tien/');
    expect(nav.querySelector('[aria-current="page"]')?.text).toContain('2');
    expect(second.querySelectorAll('.exemplar-card')).toHaveLength(24);
    const first = readPage(site, '/dien-hinh-tien-tien/');
    expect(first.querySelector('link[rel="prev"]')).toBeNull();
    expect(first.querySelector('link[rel="next"]')?.getAttribute('href')).toBe('/dien-hinh-tien-tien/trang/2/');
  });

  it('links to each year, unit and award, each on its own paginated pages', () => {
    const filters = readPage(site, '/dien-hinh-tien-tien/').querySelector('nav.filters')!;
    const links = filters.querySelectorAll('a').map((link) => link.getAttribute('href')!);
    expect(links).toContain('/dien-hinh-tien-tien/nam/2024/');
    expect(links.some((href) => /^\/dien-hinh-tien-tien\/don-vi\/[a-z0-9-]+\/$/.test(href))).toBe(true);
    expect(links).toContain('/dien-hinh-tien-tien/danh-hieu/lao-dong-tien-tien/');
    for (const href of links) expect(readPage(site, href).querySelector('h1')?.text, href).toBeTruthy();

    const year = readPage(site, '/dien-hinh-tien-tien/nam/2024/');
    expect(year.querySelector('h1')?.text).toBe('Điển hình tiên tiến năm 2024');
    expect(year.querySelector('nav.filters [aria-current="page"]')?.text).toContain('2024');
    const cards = year.querySelectorAll('.exemplar-card .meta.muted').map((meta) => meta.text);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((text) => text.includes('2024'))).toBe(true);
  });
});

describe('phase pages', () => {
  it('show a few profiles and link to the paginated list of all of them', () => {
    const phase = readPage(site, '/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/');
    const section = phase.querySelector('section[aria-labelledby="dien-hinh"]');
    if (!section) return; // The 60 generated profiles may name no profile for this phase.
    expect(section.querySelectorAll('.exemplar-card').length).toBeLessThanOrEqual(6);
    const all = section.querySelector('.see-all a');
    if (all)
      expect(readPage(site, all.getAttribute('href')!).querySelector('h1')?.text).toContain(
        'Đợt thi đua thứ nhất năm 2024',
      );
  });
});

describe('profile pages', () => {
  it('render plain profiles and profiles with <Note> or <Figure> alike, with no script', () => {
    let plain = 0;
    let withComponent = 0;
    for (const [id, file] of profileFiles()) {
      const source = readFileSync(file, 'utf8');
      const page = readPage(site, `/dien-hinh-tien-tien/${id}/`);
      const story = page.querySelector('section.story')!;
      expect(story.querySelectorAll('p').length, id).toBeGreaterThan(2);
      expect(page.querySelectorAll('script')).toHaveLength(0);
      if (source.includes('<Note')) {
        withComponent += 1;
        expect(story.querySelector('aside.content-note')?.text, id).toBeTruthy();
      } else if (source.includes('<Figure')) {
        withComponent += 1;
        expect(story.querySelector('figure.content-figure img')?.getAttribute('alt'), id).toBeTruthy();
      } else {
        plain += 1;
      }
    }
    expect(plain).toBeGreaterThan(0);
    expect(withComponent).toBeGreaterThan(0);
  });

  it('show the photo in two sizes, with width and height, eagerly on the page and lazily on cards', () => {
    const withPhoto = [...profileFiles()].find(([, file]) =>
      readFileSync(file, 'utf8').includes('photo: ./anh.jpg'),
    )![0];
    const photo = readPage(site, `/dien-hinh-tien-tien/${withPhoto}/`).querySelector('img.photo')!;
    expect(photo.getAttribute('srcset')).toMatch(/\.webp 360w, .*\.webp 720w$/);
    expect([photo.getAttribute('width'), photo.getAttribute('height'), photo.getAttribute('loading')]).toEqual([
      '720',
      '540',
      'eager',
    ]);
    const card = readPage(site, '/dien-hinh-tien-tien/').querySelector('.exemplar-card img');
    expect(card?.getAttribute('loading')).toBe('lazy');
  });
});

describe('a rebuild after one profile is edited', () => {
  it('shows the edit, encodes no photo again and prepares only the changed pages for search', async () => {
    const [id, file] = [...profileFiles()].at(-1)!;
    appendFileSync(file, '\nCâu được thêm khi sửa hồ sơ.\n');
    const rebuilt = await buildSite('generated', { env });
    expect(rebuilt.ok, rebuilt.output).toBe(true);
    expect(mainText(readPage(rebuilt.outDir, `/dien-hinh-tien-tien/${id}/`))).toContain('Câu được thêm khi sửa hồ sơ.');
    // Photos are not encoded again, and the search index prepares only the pages the edit changed.
    expect(rebuilt.output.match(/\(reused cache entry\)/g)?.length ?? 0).toBeGreaterThan(0);
    expect(rebuilt.output).not.toMatch(/\(before: \d+kB, after/);
    const [, indexed, preparedAgain] =
      /(\d+) trang được lập chỉ mục tìm kiếm \(đọc lại (\d+) trang HTML mới hoặc đã đổi/.exec(rebuilt.output)!;
    expect(Number(preparedAgain)).toBeGreaterThan(0);
    expect(Number(preparedAgain)).toBeLessThan(Number(indexed) / 4);
  });
});
