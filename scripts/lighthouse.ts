/**
 * `npm run lighthouse [-- --runs 3]`: Lighthouse's mobile profile (emulated phone, simulated slow 4G
 * and 4× slower CPU) on four pages of a fresh demo build served by real nginx with deploy/nginx.conf,
 * so compression, caching and the security headers count. Prints the four category scores and the
 * bytes transferred (the median run of each page). Not part of `npm test`: scores are figures to
 * read and record in the README, not assertions.
 *
 * Lighthouse drives Debian's Chromium through chrome-launcher, with the flags of scripts/lib/browser.ts.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildArguments } from './lib/build-command';
import { CHROMIUM_FLAGS } from './lib/browser';
import { serveWithNginx } from './lib/nginx-server';
import { chromiumPath } from './lib/system-tools';

const PAGES = [
  ['Trang chủ', '/'],
  ['Kế hoạch', '/ke-hoach/trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024/'],
  ['Điển hình (minh họa)', '/dien-hinh-tien-tien/tran-thi-mai-anh/'],
  // With a query, so the figures include loading Pagefind and running a search.
  ['Tìm kiếm', '/tim-kiem/?q=khen+th%C6%B0%E1%BB%9Fng'],
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const OUT_DIR = path.resolve('.cache/lighthouse/dist');

function buildDemoSite(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, buildArguments(process.cwd(), '--outDir', OUT_DIR), {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        TDKT_DEMO: '1',
        TDKT_CACHE_DIR: path.resolve('.cache/lighthouse/cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`build failed (${code})`))));
  });
}

interface Figures {
  scores: Record<(typeof CATEGORIES)[number], number>;
  bytes: number;
  requests: number;
  lcpMs: number;
  cls: number;
}

/**
 * One Lighthouse run in a Chromium of its own, as Lighthouse's command line does: no cache or state
 * carried over. On a busy machine Chromium now and then fails to record the page's trace
 * (NO_NAVSTART); such a run is repeated, up to three times.
 */
async function audit(url: string): Promise<Figures> {
  for (let attempt = 1; ; attempt++) {
    const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
    try {
      return figuresOf(
        url,
        await lighthouse(url, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: [...CATEGORIES],
        }),
      );
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`  (lần đo ${attempt} lỗi, đo lại: ${(error as Error).message})`);
    } finally {
      chrome.kill();
    }
  }
}

function figuresOf(url: string, result: Awaited<ReturnType<typeof lighthouse>>): Figures {
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const requests = (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0;
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as Figures['scores'],
    bytes: lhr.audits['total-byte-weight']?.numericValue ?? 0,
    requests,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
  };
}

const median = (runs: Figures[]): Figures =>
  [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)]!;

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' } } });
  const runs = Math.max(1, Number(values.runs));
  console.log('Dựng trang minh họa (TDKT_DEMO=1)…');
  await buildDemoSite();
  const site = await serveWithNginx(OUT_DIR);
  try {
    const rows: string[][] = [];
    for (const [name, address] of PAGES) {
      const results: Figures[] = [];
      for (let run = 0; run < runs; run++) results.push(await audit(site.origin + address));
      const figures = median(results);
      rows.push([
        name,
        address,
        ...CATEGORIES.map((id) => String(figures.scores[id])),
        `${(figures.bytes / 1024).toFixed(1)} KB`,
        String(figures.requests),
        `${(figures.lcpMs / 1000).toFixed(1)} s`,
        figures.cls.toFixed(2),
      ]);
      console.log(
        `${name}: ${CATEGORIES.map((id) => `${id} ${figures.scores[id]}`).join(', ')}; ${(figures.bytes / 1024).toFixed(1)} KB in ${figures.requests} requests`,
      );
    }
    console.log(`\nLighthouse (mobile), ${runs === 1 ? 'one run' : `median of ${runs} runs`} per page:\n`);
    console.log(
      '| page | address | performance | accessibility | best practices | SEO | transferred | requests | LCP | CLS |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    await site.stop();
  }
}

await main();
