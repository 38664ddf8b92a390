/**
 * How pages look when shared: every page has a Vietnamese title and description, a canonical address,
 * Open Graph and Twitter tags; plans have their own 1200×630 image and profiles their unit's, drawn at build time.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/html';
import { isReaderPage } from '../helpers/files';

const production = inject('productionSite');
const demo = inject('demoSite');
const BASE = 'https://thidua.dichvuvieclam.example';

function pagesOf(site: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return walk(full);
      return name.endsWith('.html') ? [path.relative(site, full)] : [];
    });
  return walk(site).filter(isReaderPage);
}

function shareTags(site: string, file: string) {
  const page = readPage(site, file);
  const meta = (key: string) =>
    page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  return {
    title: page.querySelector('title')?.text,
    description: meta('description'),
    canonical: page.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    ogTitle: meta('og:title'),
    ogDescription: meta('og:description'),
    ogUrl: meta('og:url'),
    ogType: meta('og:type'),
    ogLocale: meta('og:locale'),
    ogImage: meta('og:image'),
    ogImageAlt: meta('og:image:alt'),
    twitterCard: meta('twitter:card'),
    twitterImage: meta('twitter:image'),
    twitterTitle: meta('twitter:title'),
  };
}

/** The built file behind an absolute image address. */
const imageFile = (site: string, url: string) => path.join(site, new URL(url).pathname);

describe.each([
  { name: 'production', site: production },
  { name: 'demo', site: demo },
])('every page of the $name build', ({ site }) => {
  it('has a title, description, canonical address, Open Graph and Twitter tags, and an image that exists', async () => {
    const problems: string[] = [];
    for (const file of pagesOf(site)) {
      const tags = shareTags(site, file);
      // The 404 page answers at any missing address: it names no address of its own and asks not to be indexed.
      const notFound = file === '404.html';
      for (const [key, value] of Object.entries(tags))
        if (!value && !(notFound && ['canonical', 'ogUrl'].includes(key))) problems.push(`${file}: no ${key}`);
      if (tags.ogUrl !== tags.canonical) problems.push(`${file}: og:url ${tags.ogUrl} ≠ canonical ${tags.canonical}`);
      if (notFound) {
        if (
          tags.canonical ||
          readPage(site, file).querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex'
        )
          problems.push(`${file}: indexable`);
      } else if (!tags.canonical?.startsWith(`${BASE}/`)) problems.push(`${file}: canonical ${tags.canonical}`);
      if (tags.twitterCard !== 'summary_large_image' || tags.twitterImage !== tags.ogImage)
        problems.push(`${file}: twitter card`);
      const english = file.startsWith(`en${path.sep}`);
      if (tags.ogLocale !== (english ? 'en_GB' : 'vi_VN')) problems.push(`${file}: og:locale ${tags.ogLocale}`);
      // Vietnamese text has letters outside ASCII; NFC as everywhere on the site.
      if (!english && !/\P{ASCII}/u.test(`${tags.title}${tags.description}`))
        problems.push(`${file}: title and description not Vietnamese`);
      const metadata = await sharp(imageFile(site, tags.ogImage!)).metadata();
      if (metadata.width !== 1200 || metadata.height !== 630 || metadata.format !== 'png')
        problems.push(`${file}: image ${metadata.width}×${metadata.height} ${metadata.format}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('share images', () => {
  it('plans have their own, naming the document and its issuer', () => {
    const tags = shareTags(production, 'ke-hoach/thuc-hien-cac-phong-trao-thi-dua-nam-2024/index.html');
    expect(tags).toMatchObject({
      ogType: 'article',
      ogTitle: 'Kế hoạch thực hiện các phong trào thi đua năm 2024',
      ogImage: `${BASE}/anh-chia-se/ke-hoach/thuc-hien-cac-phong-trao-thi-dua-nam-2024.png`,
      ogImageAlt: 'Kế hoạch thực hiện các phong trào thi đua năm 2024 – Sở Lao động - Thương binh và Xã hội',
    });
    expect(shareTags(production, 'index.html')).toMatchObject({
      ogType: 'website',
      ogImage: `${BASE}/anh-chia-se/trang.png`,
    });
  });

  it('profiles share their unit’s card, one image per unit, labelled for the fictional set', async () => {
    const tags = shareTags(demo, 'dien-hinh-tien-tien/tran-thi-mai-anh/index.html');
    expect(tags.ogImage).toBe(`${BASE}/anh-chia-se/dien-hinh-tien-tien/minh-hoa/phong-tu-van-gioi-thieu-viec-lam.png`);
    expect(tags.ogImageAlt).toBe('Điển hình tiên tiến – Phòng Tư vấn – Giới thiệu việc làm (Hồ sơ minh họa)');
    expect(shareTags(demo, 'dien-hinh-tien-tien/to-tu-van-luu-dong/index.html').ogImage).toBe(tags.ogImage);
    // Four units have the six demo profiles: four images, however many profiles there are.
    expect(readdirSync(path.join(demo, 'anh-chia-se', 'dien-hinh-tien-tien', 'minh-hoa')).sort()).toEqual([
      'phong-bao-hiem-that-nghiep.png',
      'phong-hanh-chinh-tong-hop.png',
      'phong-tu-van-gioi-thieu-viec-lam.png',
      'san-giao-dich-viec-lam.png',
    ]);
    // The card names the unit, not a person: it differs from unit to unit.
    const pixels = (unit: string) =>
      sharp(path.join(demo, 'anh-chia-se', 'dien-hinh-tien-tien', 'minh-hoa', `${unit}.png`))
        .raw()
        .toBuffer();
    expect((await pixels('phong-tu-van-gioi-thieu-viec-lam')).equals(await pixels('san-giao-dich-viec-lam'))).toBe(
      false,
    );
  });

  it('are not made for entries that are not public', () => {
    expect(readdirSync(path.join(production, 'anh-chia-se'))).not.toContain('dien-hinh-tien-tien');
  });
});
