/**
 * Drafts and embargoed entries never reach the public site: not as pages, not in lists, feeds, the
 * sitemap, image files or the search index. A production build of content with a draft plan, a draft
 * phase, an embargoed movement and an embargoed profile is searched file by file (compressed search
 * index included) for anything of theirs; a public control profile proves the search finds what is
 * there. `npm run dev` does show them, marked.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ROOT, buildSite } from '../helpers/build';
import { addProfile, copyContent } from '../helpers/content';
import { listFiles, readAsText } from '../helpers/files';

const NAME = 'unpublished';
const contentDir = copyContent(NAME);
const PUBLIC_PLAN = 'thuc-hien-cac-phong-trao-thi-dua-nam-2024';

/** Words that exist only in the unpublished entries, and their addresses and file names. */
const SECRETS = ['Banhapkiemtra', 'Dotnhapkiemtra', 'Phongtraohenngay', 'Hosohenngay', 'ke-hoach-nhap', 'dot-nhap', 'phong-trao-hen-ngay', 'ho-so-hen-ngay', 'anh-hen-ngay'];
const CONTROL = 'Hosocongkhaikiemtra';

writeFileSync(
  path.join(contentDir, 'plans/ke-hoach-nhap.mdx'),
  `---
title: Banhapkiemtra kế hoạch còn đang soạn
documentKind: Kế hoạch
issuer:
  name: Trung tâm Dịch vụ việc làm
signer:
  position: Giám đốc
  name: Người Ký Thử
year: 2024
draft: true
---

Toàn văn Banhapkiemtra.
`,
);
writeFileSync(
  path.join(contentDir, 'phases/dot-nhap.yaml'),
  `title: Dotnhapkiemtra đợt thi đua chưa công bố\nplan: ${PUBLIC_PLAN}\nstartDate: 2024-03-01\nendDate: 2024-03-31\ndraft: true\n`,
);
writeFileSync(
  path.join(contentDir, 'movements/phong-trao-hen-ngay.yaml'),
  `title: Phongtraohenngay phong trào hẹn ngày công bố\nlaunchedBy:\n  level: Trung tâm\nplans:\n  - ${PUBLIC_PLAN}\npublishDate: 2999-01-01\n`,
);
const embargoed = addProfile(contentDir, 'ho-so-hen-ngay', (text) =>
  text
    .replace('name: Nguyễn Thị Thử Nghiệm', 'name: Hosohenngay Nguyễn Thị Hẹn')
    .replace(/\.\/anh\.jpg/g, './anh-hen-ngay.jpg')
    .replace('summary: ', 'publishDate: 2999-01-01\nmovement: phong-trao-hen-ngay\nsummary: Hosohenngay. '),
);
// Its own photo: Astro names an image after the first file with its content, so two profiles sharing
// one picture would share one file name.
cpSync(path.resolve('demo/exemplars/le-van-hung/anh.jpg'), path.join(path.dirname(embargoed), 'anh-hen-ngay.jpg'));
rmSync(path.join(path.dirname(embargoed), 'anh.jpg'));
const control = addProfile(contentDir, 'ho-so-cong-khai', (text) =>
  text.replace('name: Nguyễn Thị Thử Nghiệm', `name: ${CONTROL} Nguyễn Thị Công Khai`).replace(/\.\/anh\.jpg/g, './anh-cong-khai.jpg'),
);
renameSync(path.join(path.dirname(control), 'anh.jpg'), path.join(path.dirname(control), 'anh-cong-khai.jpg'));

describe('a production build', () => {
  let site = '';
  let files: { name: string; text: string }[] = [];

  beforeAll(async () => {
    const result = await buildSite(NAME, { env: { TDKT_CONTENT_DIR: contentDir } });
    if (!result.ok) throw new Error(result.output);
    site = result.outDir;
    // Until the site builds its own search index (Pagefind, inside astro build), index it here the
    // way it will be, so the search part of this test is never vacuous.
    if (!existsSync(path.join(site, 'pagefind'))) await runPagefind(site);
    files = listFiles(site).map((name) => ({ name, text: readAsText(path.join(site, name)) }));
  });

  it('finds the public control entry in pages, images and the search index (the search can fail)', () => {
    const holding = files.filter((file) => file.text.includes(CONTROL)).map((file) => file.name);
    expect(holding.some((name) => name.endsWith('.html'))).toBe(true);
    expect(holding.some((name) => name.startsWith(`pagefind${path.sep}fragment`))).toBe(true);
    expect(files.some((file) => file.name.includes('anh-cong-khai'))).toBe(true);
  });

  it('shows on a real profile that it is published with the person\'s consent', () => {
    const page = files.find((file) => file.name === path.join('dien-hinh-tien-tien', 'ho-so-cong-khai', 'index.html'))!;
    expect(page.text).toContain('được công bố với sự đồng ý của người được nêu gương');
  });

  it('has no trace of a draft or embargoed entry in any file or file name', () => {
    const leaks = files.flatMap(({ name, text }) =>
      SECRETS.filter((secret) => name.includes(secret) || text.includes(secret)).map((secret) => `${name}: ${secret}`),
    );
    expect(leaks).toEqual([]);
  });

  it('builds no page at their addresses', () => {
    for (const route of ['ke-hoach/ke-hoach-nhap', 'dot-thi-dua/dot-nhap', 'phong-trao/phong-trao-hen-ngay', 'dien-hinh-tien-tien/ho-so-hen-ngay']) {
      expect(existsSync(path.join(site, route))).toBe(false);
    }
  });
});

describe('npm run dev', () => {
  let server: ChildProcess | undefined;
  let base = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // --ignore-lock: a test server must neither clash with an editor's own `npm run dev` nor be sent
    // to the background (Astro does that when it thinks an agent runs it).
    const astro = path.resolve('node_modules/astro/bin/astro.mjs');
    // The variables Vitest and Vite set in a test worker change how Astro's dev server behaves (it
    // answers 404, or runs in "test" mode); an editor's shell has none of them.
    const testOnly = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
    const editorEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !testOnly.has(key)));
    server = spawn(process.execPath, [astro, 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      env: { ...editorEnv, ASTRO_TELEMETRY_DISABLED: '1', TDKT_CONTENT_DIR: contentDir, TDKT_CACHE_DIR: path.join(TEST_ROOT, NAME, 'dev-cache') },
    });
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(`${base}/`, () => output);
  });

  afterAll(() => {
    server?.kill();
  });

  it('lists a draft plan with a "Bản nháp" label and marks its page', async () => {
    const list = await (await fetch(`${base}/ke-hoach/`)).text();
    expect(list).toMatch(/class="draft-badge[^"]*"[^>]*>Bản nháp<\/p>/);
    expect(list).toContain('Banhapkiemtra');
    const page = await (await fetch(`${base}/ke-hoach/ke-hoach-nhap/`)).text();
    expect(page).toContain('Mục này chưa được công bố');
  });

  it('labels an embargoed profile with the day it will be published', async () => {
    const list = await (await fetch(`${base}/dien-hinh-tien-tien/`)).text();
    expect(list).toContain('Hosohenngay');
    expect(list).toContain('Chưa công bố, từ 01/01/2999');
  });
});

function runPagefind(site: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('node_modules/pagefind/lib/runner/bin.cjs'), '--site', site], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pagefind exited with ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(10_000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro dev did not answer at ${url}:\n${output()}`);
}
