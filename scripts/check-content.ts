/**
 * `npm run check:content`: checks every content file as the build would, prints each problem as
 * `tệp:dòng — trường — lý do — cách sửa`, and exits with 1 when there is any.
 */
import { checkContent } from './lib/content-check';
import { PLACEHOLDER } from '../src/lib/placeholders';
import { displayPath, formatProblems } from '../src/lib/validation-report';

const { problems, notices, files } = checkContent();
// From the start of the process, so loading the schemas counts too.
const seconds = (performance.now() / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 2 });

if (notices.length > 0) {
  const drafts = [...new Set(notices.map((notice) => displayPath(notice.file)))];
  console.log(`Bản nháp còn chỗ "${PLACEHOLDER}" (chưa đăng được, nhưng không phải lỗi): ${drafts.join(', ')}`);
}
if (problems.length === 0) {
  console.log(`Nội dung hợp lệ: đã kiểm tra ${files} tệp trong ${seconds} giây.`);
} else {
  const fileCount = new Set(problems.map((problem) => problem.file)).size;
  console.error(formatProblems(problems));
  console.error(`\nCó ${problems.length} lỗi trong ${fileCount} tệp (đã kiểm tra ${files} tệp trong ${seconds} giây).`);
  console.error(
    'Sửa từng lỗi theo gợi ý rồi chạy lại: npm run check:content. Giải thích các lỗi: docs/huong-dan-dang-bai.md',
  );
  process.exitCode = 1;
}
