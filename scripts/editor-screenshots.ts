/**
 * `npm run screenshots:editor` (after a build): the staff guide's pictures of the web editor, taken
 * in Chromium on dist/ behind nginx, with Sveltia's in-browser test repository filled with content/.
 */
import path from 'node:path';
import { launchBrowser } from './lib/browser';
import { serveWithNginx } from './lib/nginx-server';
import { openEditor, repositoryFiles } from '../test/helpers/editor';

const OUT = path.resolve('docs/anh');
const site = await serveWithNginx(path.resolve('dist'));
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const login = await context.newPage();
  await login.goto(`${site.origin}/quan-tri/?thu-nghiem`);
  await login.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).waitFor();
  await login.screenshot({ path: path.join(OUT, 'quan-tri-dang-nhap.png') });
  const page = await openEditor(context, site.origin, repositoryFiles(path.resolve('content'), 'content'));
  await page.getByRole('button', { name: 'Tạo bài viết hoặc tải tệp lên' }).waitFor();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: path.join(OUT, 'quan-tri-danh-sach.png') });
  await page.goto(`${site.origin}/quan-tri/?thu-nghiem#/collections/exemplars/new`);
  const name = page.getByRole('textbox', { name: 'Họ tên hoặc tên tập thể' });
  await name.fill('Nguyễn Văn A');
  await page.getByRole('radio', { name: 'cá nhân' }).check();
  await page.getByRole('textbox', { name: 'Tóm tắt' }).fill('Liên hệ 0912 345 678.');
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(OUT, 'quan-tri-kiem-tra.png') });
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.waitForTimeout(1200);
  await page.screenshot({ path: path.join(OUT, 'quan-tri-tu-choi-luu.png') });
  console.log(`Đã chụp 4 ảnh vào ${OUT}`);
} finally {
  await browser.close();
  await site.stop();
}
