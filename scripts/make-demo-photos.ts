/**
 * Draws the illustrative profiles' photos: flat illustrations of people, made here so that no real
 * person's likeness is used. Run once with `node scripts/make-demo-photos.ts`; the JPEGs are committed.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

interface Portrait {
  slug: string;
  people: number;
  /** Shoulder-length hair. */
  longHair?: boolean;
  background: [string, string];
  clothes: string;
}

const PORTRAITS: Portrait[] = [
  { slug: 'tran-thi-mai-anh', people: 1, longHair: true, background: ['#f3d9b1', '#e9b872'], clothes: '#1f4e79' },
  { slug: 'le-van-hung', people: 1, background: ['#cfe3d4', '#8fbf9f'], clothes: '#6b2d2d' },
  { slug: 'pham-thu-trang', people: 1, longHair: true, background: ['#d8d4ee', '#a49bd1'], clothes: '#2e5e4e' },
  { slug: 'hoang-minh-duc', people: 1, background: ['#f1d0cf', '#d98b88'], clothes: '#34495e' },
  { slug: 'to-tu-van-gioi-thieu-viec-lam', people: 3, background: ['#d3e6f2', '#8cb8d6'], clothes: '#8a1c17' },
  { slug: 'san-giao-dich-viec-lam', people: 4, background: ['#efe6c8', '#d5c07a'], clothes: '#1d6a38' },
];

function person(x: number, scale: number, clothes: string, longHair = false): string {
  const s = (n: number) => n * scale;
  const hair = s(128);
  return `<g transform="translate(${x} ${900 - s(560)})">
    ${longHair ? `<rect x="${s(-130)}" y="${s(120)}" width="${s(260)}" height="${s(190)}" rx="${s(40)}" fill="#2b2320"/>` : ''}
    <path d="M ${s(-260)} ${s(560)} C ${s(-250)} ${s(300)}, ${s(250)} ${s(300)}, ${s(260)} ${s(560)} Z" fill="${clothes}"/>
    <rect x="${s(-45)}" y="${s(200)}" width="${s(90)}" height="${s(100)}" fill="#c98b62"/>
    <ellipse cx="0" cy="${s(150)}" rx="${s(108)}" ry="${s(122)}" fill="#e0a982"/>
    <path d="M ${-hair} ${s(150)} A ${hair} ${hair} 0 0 1 ${hair} ${s(150)} Q ${s(40)} ${s(70)} ${s(-60)} ${s(95)} Q ${s(-100)} ${s(105)} ${-hair} ${s(150)} Z" fill="#2b2320"/>
  </g>`;
}

function svg({ people, background, clothes, longHair }: Portrait): string {
  const figures =
    people === 1
      ? person(600, 1, clothes, longHair)
      : Array.from({ length: people }, (_, index) => person(((index + 0.5) * 1200) / people, people > 3 ? 0.62 : 0.75, clothes, index % 2 === 1)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900" viewBox="0 0 1200 900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${background[0]}"/><stop offset="1" stop-color="${background[1]}"/></linearGradient></defs>
    <rect width="1200" height="900" fill="url(#g)"/>
    <circle cx="1030" cy="160" r="90" fill="#ffffff" opacity="0.35"/>
    ${figures}
  </svg>`;
}

for (const portrait of PORTRAITS) {
  const dir = path.resolve('demo/exemplars', portrait.slug);
  mkdirSync(dir, { recursive: true });
  await sharp(Buffer.from(svg(portrait))).jpeg({ quality: 78, mozjpeg: true }).toFile(path.join(dir, 'anh.jpg'));
  console.log(path.relative(process.cwd(), path.join(dir, 'anh.jpg')));
}
