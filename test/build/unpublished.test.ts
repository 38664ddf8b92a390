/**
 * Drafts and embargoed entries never reach the public site: not as pages, not in lists, feeds, the
 * sitemap, image files or the search index. A production build of content with a draft plan, a draft
 * phase, an embargoed movement and an embargoed profile is searched file by file (compressed search
 * index included) for anything of theirs; a public control profile proves the search finds what is
 * there. `npm run dev` does show them, marked.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_ROOT } from '../helpers/build';
import { listFiles, readAsText } from '../helpers/files';
import { CONTROL, SECRETS } from '../helpers/unpublished-content';

// Built once for the run by test/global-setup.ts, from test/helpers/unpublished-content.ts.
const site = inject('unpublishedSite');
const contentDir = inject('unpublishedContent');

describe('a production build', () => {
  let files: { name: string; text: string }[] = [];

  beforeAll(() => {
    files = listFiles(site).map((name) => ({ name, text: readAsText(path.join(site, name)) }));
  });

  it('finds the public control entry in pages, images and the search index (the search can fail)', () => {
    const holding = files.filter((file) => file.text.includes(CONTROL)).map((file) => file.name);
    expect(holding.some((name) => name.endsWith('.html'))).toBe(true);
    // The index is in shards (pagefind/<shard>/fragment/…): the entry's text is in one of its fragments.
    expect(
      holding.some((name) => name.split(path.sep)[0] === 'pagefind' && name.split(path.sep).includes('fragment')),
    ).toBe(true);
    expect(files.some((file) => file.name.includes('anh-cong-khai'))).toBe(true);
  });

  it("shows on a real profile that it is published with the person's consent", () => {
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
    for (const route of [
      'ke-hoach/ke-hoach-nhap',
      'dot-thi-dua/dot-nhap',
      'phong-trao/phong-trao-hen-ngay',
      'dien-hinh-tien-tien/ho-so-hen-ngay',
    ]) {
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
    const editorEnv = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !testOnly.has(key)),
    );
    server = spawn(process.execPath, [astro, 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      env: {
        ...editorEnv,
        ASTRO_TELEMETRY_DISABLED: '1',
        TDKT_CONTENT_DIR: contentDir,
        TDKT_CACHE_DIR: path.join(TEST_ROOT, 'unpublished', 'dev-cache'),
      },
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
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
