/**
 * `npm run check:site [-- <folder>]`: checks a built site (dist/ unless told) before it is published:
 * internal links and anchors, valid HTML, alt text, titles and descriptions (scripts/lib/site-checks.ts).
 * Exits with status 1 and one line per problem when anything is wrong.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../src/lib/site-config';
import { checkBuiltSite } from './lib/site-checks';

const dir = path.resolve(process.argv[2] ?? 'dist');
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`Không thấy bản dựng trong ${dir}: hãy chạy npm run build trước.`);
  process.exit(1);
}
const started = performance.now();
const problems = await checkBuiltSite(dir, siteConfig.baseUrl);
for (const problem of problems) console.error(`${problem.page} — ${problem.check} — ${problem.message}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(`\n${problems.length} lỗi trong ${path.relative(process.cwd(), dir) || dir} (${seconds} s).`);
  process.exit(1);
}
console.log(
  `Bản dựng ${path.relative(process.cwd(), dir) || dir} không có lỗi liên kết, HTML, alt, tiêu đề hay mô tả (${seconds} s).`,
);
