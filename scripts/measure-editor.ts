/**
 * `npm run measure:editor` (after a build): what the web editor costs a clerk. Serves dist/ with
 * nginx (gzip as in production), opens /quan-tri/ in Chromium with an empty cache, and prints the
 * bytes downloaded until the first form is usable (transferred, i.e. gzipped, and uncompressed) and
 * the time from opening the page to an editable "new profile" form, without and with Chromium's 4×
 * CPU throttle (a phone-class CPU). The test repository stands in for the git host (no network wait).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './lib/browser';
import { serveWithNginx } from './lib/nginx-server';
import { repositoryFiles, writeRepository } from '../test/helpers/editor';

interface Run {
  throttle: number;
  transferred: number;
  uncompressed: number;
  requests: number;
  signInScreenMs: number;
  formUsableMs: number;
}

const site = await serveWithNginx(path.resolve('dist'));
const browser = await launchBrowser();
const files = repositoryFiles(path.resolve('content'), 'content');

async function measure(throttle: number): Promise<Run> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const seed = await context.newPage();
  await seed.goto(`${site.origin}/404.html`);
  await writeRepository(seed, files);
  await seed.close();
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  let transferred = 0;
  let requests = 0;
  const sizes = new Map<string, number>();
  cdp.on('Network.dataReceived', (event) =>
    sizes.set(event.requestId, (sizes.get(event.requestId) ?? 0) + event.dataLength),
  );
  cdp.on('Network.loadingFinished', (event) => {
    transferred += event.encodedDataLength;
    requests++;
  });
  const start = Date.now();
  await page.goto(`${site.origin}/quan-tri/?thu-nghiem`);
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).waitFor({ timeout: 120_000 });
  const signInScreenMs = Date.now() - start;
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).click();
  await page.getByRole('button', { name: 'Tạo bài viết hoặc tải tệp lên' }).waitFor({ timeout: 120_000 });
  await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/exemplars/new`);
  const name = page.getByRole('textbox', { name: 'Họ tên hoặc tên tập thể' });
  await name.fill('Nguyễn Văn A', { timeout: 120_000 });
  const formUsableMs = Date.now() - start;
  const uncompressed = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  await context.close();
  return { throttle, transferred, uncompressed, requests, signInScreenMs, formUsableMs };
}

try {
  const runs = [await measure(1), await measure(4)];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  for (const run of runs) {
    console.log(
      `CPU ×${run.throttle}: ${run.requests} yêu cầu, ${kb(run.transferred)} tải về (nén), ${kb(run.uncompressed)} khi giải nén; ` +
        `trang đăng nhập sau ${(run.signInScreenMs / 1000).toFixed(1)} s, biểu mẫu dùng được sau ${(run.formUsableMs / 1000).toFixed(1)} s`,
    );
  }
  console.log(JSON.stringify(runs));
} finally {
  await browser.close();
  await site.stop();
}
