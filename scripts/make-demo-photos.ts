/**
 * Draws the illustrative profiles' photos: flat illustrations of people, made here so that no real
 * person's likeness is used. Run once with `node scripts/make-demo-photos.ts`; the JPEGs are committed.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { portraitSvg, type Portrait } from './lib/portraits';

interface DemoPortrait extends Portrait {
  slug: string;
}

const PORTRAITS: DemoPortrait[] = [
  { slug: 'tran-thi-mai-anh', people: 1, longHair: true, background: ['#f3d9b1', '#e9b872'], clothes: '#1f4e79' },
  { slug: 'le-van-hung', people: 1, background: ['#cfe3d4', '#8fbf9f'], clothes: '#6b2d2d' },
  { slug: 'pham-thu-trang', people: 1, longHair: true, background: ['#d8d4ee', '#a49bd1'], clothes: '#2e5e4e' },
  { slug: 'hoang-minh-duc', people: 1, background: ['#f1d0cf', '#d98b88'], clothes: '#34495e' },
  { slug: 'to-tu-van-luu-dong', people: 3, background: ['#d3e6f2', '#8cb8d6'], clothes: '#8a1c17' },
  { slug: 'san-giao-dich-viec-lam', people: 4, background: ['#efe6c8', '#d5c07a'], clothes: '#1d6a38' },
];

for (const portrait of PORTRAITS) {
  const dir = path.resolve('demo/exemplars', portrait.slug);
  mkdirSync(dir, { recursive: true });
  await sharp(Buffer.from(portraitSvg(portrait)))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(path.join(dir, 'anh.jpg'));
  console.log(path.relative(process.cwd(), path.join(dir, 'anh.jpg')));
}
