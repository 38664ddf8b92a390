/**
 * `npm run new -- <loại> "<tiêu đề hoặc họ tên>"`: writes a new draft entry in the right folder, with
 * an unaccented file name, today's date and a hint for every field, and says what to fill in.
 * It never overwrites: an existing entry with the same address stops it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDay } from '../src/lib/clock';
import { contentRoot, siteConfigPath, sourcesOf, COLLECTION_EXTENSIONS } from '../src/lib/content-sources';
import { entryIdFromPath } from '../src/lib/entry-id';
import { readEntryFile } from '../src/lib/entry-file';
import { findPlaceholders, PLACEHOLDER } from '../src/lib/placeholders';
import { routes } from '../src/lib/routes';
import { loadSiteConfig } from '../src/lib/site-config';
import { displayPath } from '../src/lib/validation-report';
import { listEntryFiles } from './lib/content-check';
import { ENTRY_KINDS, isEntryKind, newEntry, type TemplateContext } from './lib/entry-templates';
import type { FolderCollection } from '../src/lib/content-sources';

const USAGE = `Cách dùng: npm run new -- <loại> "<tiêu đề hoặc họ tên>"
Các loại:
${Object.entries(ENTRY_KINDS)
  .map(([kind, { noun, argument }]) => `  ${kind.padEnd(12)} ${noun} (ghi ${argument})`)
  .join('\n')}
Ví dụ: npm run new -- ke-hoach "Triển khai công tác thi đua, khen thưởng năm 2025"`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

interface ExistingEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** The entries of a collection as they are now; unreadable files are skipped (the check reports them). */
function existing(collection: FolderCollection): ExistingEntry[] {
  return sourcesOf(collection, { ...process.env, TDKT_DEMO: '' }).flatMap((source) =>
    listEntryFiles(source.dir, COLLECTION_EXTENSIONS[collection]).flatMap((file) => {
      try {
        return [
          {
            id: entryIdFromPath(path.relative(source.dir, file)),
            file,
            data: readEntryFile(file, readFileSync(file, 'utf8')).data,
          },
        ];
      } catch {
        return [];
      }
    }),
  );
}

const number = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function templateContext(): TemplateContext {
  let agency = { name: 'Trung tâm Dịch vụ việc làm', parent: 'Sở Lao động - Thương binh và Xã hội' };
  try {
    agency = loadSiteConfig(siteConfigPath()).agency;
  } catch {
    // A broken site.yaml is reported by the check; the template keeps the generic names.
  }
  const plans = existing('plans').sort(
    (a, b) =>
      number(b.data['year'], 0) - number(a.data['year'], 0) ||
      text(b.data['issuedOn']).localeCompare(text(a.data['issuedOn'])) ||
      a.id.localeCompare(b.id),
  );
  const units = existing('units').sort(
    (a, b) => number(a.data['order'], 100) - number(b.data['order'], 100) || a.id.localeCompare(b.id),
  );
  return { today: buildDay(), plans: plans.map((plan) => plan.id), units: units.map((unit) => unit.id), agency };
}

const ADDRESS: Record<FolderCollection, (id: string) => string | undefined> = {
  plans: routes.plan,
  phases: routes.phase,
  movements: routes.movement,
  exemplars: routes.exemplar,
  units: () => undefined,
  notices: routes.notice,
  decisions: routes.decision,
  registrations: () => routes.registrations,
  holidays: () => undefined,
};

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
if (!kind) fail('Thiếu loại mục cần tạo.');
if (!isEntryKind(kind)) fail(`Không có loại "${kind}".`);
const { collection, noun, argument } = ENTRY_KINDS[kind];
if (!title) fail(`Thiếu ${argument} của ${noun}, đặt trong dấu nháy kép.`);

const entry = newEntry(kind, title, templateContext());
if (!entry.id) fail(`Không tạo được tên tệp từ "${title}": cần có ít nhất một chữ cái hoặc chữ số.`);
const target = path.join(contentRoot(), entry.file);
const clash = existing(collection).find((other) => other.id === entry.id);
if (
  existsSync(target) ||
  (existsSync(path.dirname(target)) && (kind === 'dien-hinh' || kind === 'khen-thuong')) ||
  clash
) {
  const where = clash ? displayPath(clash.file) : displayPath(existsSync(target) ? target : path.dirname(target));
  console.error(`Đã có ${noun} cùng tên: ${where}\nKhông ghi đè. Hãy mở tệp đó để sửa, hoặc đặt một tên khác.`);
  process.exit(1);
}

mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, entry.contents, { flag: 'wx' });

const todo = findPlaceholders(entry.contents);
const address = ADDRESS[collection](entry.id);
console.log(`Đã tạo ${noun} mới (bản nháp): ${displayPath(target)}`);
if (address) console.log(`Địa chỉ trang khi được đăng: ${address}`);
if (kind === 'dien-hinh') console.log(`Ảnh của hồ sơ đặt cùng thư mục: ${displayPath(path.dirname(target))}/`);
if (kind === 'khen-thuong')
  console.log(`Tệp quyết định có chữ ký (PDF) đặt cùng thư mục: ${displayPath(path.dirname(target))}/quyet-dinh.pdf`);
console.log(`\nCần điền ${todo.length} chỗ "${PLACEHOLDER}" (gợi ý ở dòng # phía trên mỗi trường):`);
for (const { line, field, hint } of todo) console.log(`  dòng ${line}${field ? ` (${field})` : ''}: ${hint}`);
console.log(`
Tiếp theo:
  1. Mở tệp, điền các chỗ trên.
  2. npm run dev rồi mở http://localhost:4321${address ?? '/'} để xem trước (có nhãn "Bản nháp").
  3. npm run check:content để kiểm tra; sửa từng lỗi theo gợi ý.
  4. Khi đã đúng và được duyệt, xóa dòng "draft: true", chạy lại npm run check:content, rồi commit:
     git add "${displayPath(kind === 'dien-hinh' || kind === 'khen-thuong' ? path.dirname(target) : target)}" && git commit -m "Thêm ${noun}: ${title.replaceAll('"', '')}"`);
