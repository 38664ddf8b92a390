/**
 * Screenshots of the main pages at phone and desktop widths, for looking at before a change lands:
 * `npm run screenshots [-- dist-demo]` writes PNGs to .cache/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/browser';
import { serveWithNginx } from './lib/nginx-server';

const ROUTES = [
  '/',
  '/ke-hoach/thuc-hien-cac-phong-trao-thi-dua-nam-2024/',
  '/dot-thi-dua/',
  '/phong-trao/',
  '/dien-hinh-tien-tien/',
  '/gioi-thieu/',
];
const WIDTHS = [360, 1280];

const root = path.resolve(process.argv[2] ?? 'dist');
const outDir = path.resolve('.cache/screenshots');
mkdirSync(outDir, { recursive: true });
const site = await serveWithNginx(root);
const browser = await launchBrowser();
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const route of ROUTES) {
      await page.goto(site.origin + route, { waitUntil: 'networkidle' });
      const file = path.join(outDir, `${width}${route.replace(/\//g, '_') || '_'}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(path.relative(process.cwd(), file));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await site.stop();
}
