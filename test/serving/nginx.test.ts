/**
 * The production server configuration (deploy/nginx.conf) in real nginx, serving the demo build:
 * content types, caching, compression, the Vietnamese 404 page, redirects and security headers; and
 * the built pages' side of the Content-Security-Policy (no inline script or style anywhere).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/files';
import { servedOrigin } from '../helpers/served-site';

const dir = inject('demoSite');
const site = { origin: servedOrigin('demo') };

const get = (address: string, headers: Record<string, string> = {}) =>
  fetch(site.origin + address, { headers, redirect: 'manual' });

/** The first built file in `folder` whose name matches. */
function builtFile(folder: string, pattern: RegExp): string {
  const name = readdirSync(path.join(dir, folder)).find((file) => pattern.test(file));
  if (!name) throw new Error(`no ${pattern} in ${folder}`);
  return `/${folder}/${name}`;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The folder of the newest shard of the search index (src/lib/search/shards.ts). */
const shard = () =>
  `pagefind/${(JSON.parse(readFileSync(path.join(dir, 'pagefind/shards.json'), 'utf8')) as { shards: string[] }).shards[0]}`;

describe('content types and caching', () => {
  const cases = () => [
    // address, type, cache-control
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/ke-hoach/', 'text/html; charset=utf-8', 'no-cache'],
    [builtFile('_astro', /^BaseLayout\..+\.css$/), 'text/css; charset=utf-8', IMMUTABLE],
    [builtFile('_astro', /\.js$/), 'application/javascript; charset=utf-8', IMMUTABLE],
    [builtFile('_astro', /\.woff2$/), 'font/woff2', IMMUTABLE],
    [builtFile('_astro', /\.webp$/), 'image/webp', IMMUTABLE],
    // Pagefind: content-hashed chunks for a year, the files that keep their names revalidated.
    [builtFile(shard(), /\.pf_meta$/), 'application/octet-stream', IMMUTABLE],
    [builtFile(`${shard()}/index`, /\.pf_index$/), 'application/octet-stream', IMMUTABLE],
    [builtFile(`${shard()}/fragment`, /\.pf_fragment$/), 'application/octet-stream', IMMUTABLE],
    [builtFile(`${shard()}/filter`, /\.pf_filter$/), 'application/octet-stream', IMMUTABLE],
    ['/pagefind/pagefind.js', 'application/javascript; charset=utf-8', 'no-cache'],
    ['/pagefind/pagefind-worker.js', 'application/javascript; charset=utf-8', 'no-cache'],
    ['/pagefind/shards.json', 'application/json; charset=utf-8', 'no-cache'],
    [`/${shard()}/pagefind-entry.json`, 'application/json; charset=utf-8', 'no-cache'],
    [builtFile(shard(), /^wasm\..+\.pagefind$/), 'application/octet-stream', 'no-cache'],
    ['/lich-thi-dua.ics', 'text/calendar; charset=utf-8', 'no-cache'],
    ['/rss.xml', 'application/rss+xml; charset=utf-8', 'no-cache'],
    ['/sitemap-index.xml', 'text/xml; charset=utf-8', 'no-cache'],
    ['/robots.txt', 'text/plain; charset=utf-8', 'no-cache'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8', 'public, max-age=86400'],
    ['/anh-chia-se/trang.png', 'image/png', 'public, max-age=86400'],
  ];

  it('gives every kind of file its type, and hashed files a year of caching', async () => {
    for (const [address, type, cache] of cases()) {
      const response = await get(address!);
      expect({
        address,
        status: response.status,
        type: response.headers.get('content-type'),
        cache: response.headers.get('cache-control'),
      }).toEqual({ address, status: 200, type, cache });
    }
  });

  it('caches for a year only files whose names carry their content hash', () => {
    // The rule above holds only while the build names these files by content: check the build does.
    // Astro: name.<8+ characters of hash>.ext; Pagefind: <language>_<hex hash>.pf_<kind>.
    const astro = listFiles(dir).filter((file) => file.startsWith('_astro/'));
    const pagefind = listFiles(dir).filter((file) =>
      /^pagefind\/(?:[^/]+\/)?(index|fragment|filter)\/|^pagefind\/(?:[^/]+\/)?pagefind\..+\.pf_meta$/.test(file),
    );
    expect(astro.length).toBeGreaterThan(20);
    expect(pagefind.length).toBeGreaterThan(10);
    expect(astro.filter((file) => !/\.[\w-]{8,}\.\w+$/.test(file))).toEqual([]);
    expect(pagefind.filter((file) => !/_[0-9a-f]{7,}\.pf_\w+$/.test(file))).toEqual([]);
    // Pagefind's entry file names the current chunks: it must be read fresh, as it is.
    const entry = JSON.parse(readFileSync(path.join(dir, shard(), 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    expect(Object.values(entry.languages).map((language) => language.hash)).toEqual([
      expect.stringMatching(/^vi_[0-9a-f]+$/),
    ]);
  });
});

describe('compression', () => {
  it('gzips text (from 512 bytes), and leaves Pagefind’s already compressed files alone', async () => {
    const encoding = async (address: string) => {
      const response = await get(address, { 'accept-encoding': 'gzip' });
      await response.arrayBuffer();
      return [response.headers.get('content-encoding'), response.headers.get('vary')];
    };
    for (const address of [
      '/',
      builtFile('_astro', /^BaseLayout\..+\.css$/),
      '/pagefind/pagefind.js',
      '/lich-thi-dua.ics',
      '/rss.xml',
      '/sitemap-0.xml',
    ]) {
      expect([address, ...(await encoding(address))]).toEqual([address, 'gzip', 'Accept-Encoding']);
    }
    expect(await encoding(builtFile(`${shard()}/fragment`, /\.pf_fragment$/))).toEqual([null, null]);
  });
});

describe('errors and redirects', () => {
  it('answers an unknown address with the Vietnamese 404 page and status 404', async () => {
    const response = await get('/khong-co-trang-nay/');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(html).toContain('Không tìm thấy trang');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('adds the trailing slash to a section address, keeping the visitor’s host', async () => {
    const response = await get('/ke-hoach');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/ke-hoach/');
  });

  it('never serves files whose names start with a dot', async () => {
    expect((await get('/.git/config')).status).toBe(404);
    expect((await get('/_astro/.htpasswd')).status).toBe(404);
  });
});

describe('security headers', () => {
  it('come with pages, files and error pages alike', async () => {
    for (const address of ['/', '/pagefind/pagefind-worker.js', builtFile('_astro', /\.css$/), '/khong-co/']) {
      const headers = (await get(address)).headers;
      expect({
        address,
        nosniff: headers.get('x-content-type-options'),
        frame: headers.get('x-frame-options'),
        referrer: headers.get('referrer-policy'),
        permissions: headers.get('permissions-policy'),
        server: headers.get('server'),
      }).toEqual({
        address,
        nosniff: 'nosniff',
        frame: 'DENY',
        referrer: 'strict-origin-when-cross-origin',
        permissions: expect.stringContaining('camera=()') as string,
        server: 'nginx',
      });
      expect(headers.get('content-security-policy'), address).toBeTruthy();
    }
  });

  it('include a Content-Security-Policy without unsafe-inline, which allows Pagefind’s WebAssembly', async () => {
    const csp = (await get('/tim-kiem/')).headers.get('content-security-policy')!;
    const directives: Record<string, string[]> = {};
    for (const part of csp.split(';')) {
      const [name = '', ...values] = part.trim().split(/\s+/);
      directives[name] = values;
    }
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
});

describe('the built pages', () => {
  it('have no inline script, style or event handler for the Content-Security-Policy to refuse', () => {
    const inline: string[] = [];
    for (const file of listFiles(dir).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(path.join(dir, file), 'utf8');
      for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>|<style\b[^>]*>|\sstyle="|\son[a-z]+="/g))
        inline.push(`${file}: ${match[0]}`);
    }
    expect(inline).toEqual([]);
  });
});
