/**
 * `npm run gen -- --exemplars 10000 --plans 20 --out .cache/generated/10000`: a whole content folder
 * for benchmarks and load tests: a copy of content/ (site.yaml, the real plans, phases, movements and
 * units) plus fictional profiles, plans, phases and units (scripts/lib/synthetic-content.ts), each
 * marked `illustrative: true`. Build it with
 *
 *   TDKT_CONTENT_DIR=<out> TDKT_DEMO=1 npm run build
 *
 * (TDKT_DEMO=1 because a production build leaves out everything illustrative). The folder is made a
 * git repository with one commit, as a real content folder is, so "Cập nhật lần cuối" costs what it
 * would (--no-git to skip). It must be outside content/; it is emptied first only if it is a folder
 * this script made.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { generateContent, photoPool } from './lib/synthetic-content';
import { portraitSvg } from './lib/portraits';

/** The file that marks a folder as generated (and so safe to empty). */
const MARKER = 'NOI-DUNG-HU-CAU.md';

const { values } = parseArgs({
  options: {
    exemplars: { type: 'string', default: '1000' },
    plans: { type: 'string', default: '10' },
    out: { type: 'string' },
    photos: { type: 'string', default: '0.2' },
    components: { type: 'string', default: '0.2' },
    seed: { type: 'string', default: '2024' },
    'no-git': { type: 'boolean', default: false },
  },
});

const root = path.resolve(import.meta.dirname, '..');
const exemplars = Number(values.exemplars);
const plans = Number(values.plans);
const out = path.resolve(values.out ?? path.join(root, '.cache/generated', String(exemplars)));
const realContent = path.join(root, 'content');

if (!Number.isInteger(exemplars) || exemplars < 0 || !Number.isInteger(plans) || plans < 0) {
  console.error(
    '--exemplars và --plans cần số nguyên không âm, ví dụ: npm run gen -- --exemplars 1000 --plans 10 --out .cache/generated/1000',
  );
  process.exit(2);
}
if (out === realContent || out.startsWith(realContent + path.sep) || realContent.startsWith(out + path.sep)) {
  console.error(`--out ${out}: nội dung hư cấu không được ghi vào (hoặc thay cho) thư mục content/ thật.`);
  process.exit(2);
}
if (existsSync(out) && readdirSync(out).length > 0) {
  if (!existsSync(path.join(out, MARKER))) {
    console.error(
      `--out ${out}: thư mục đã có tệp và không phải do npm run gen tạo; chọn thư mục khác (hoặc thư mục trống).`,
    );
    process.exit(2);
  }
  rmSync(out, { recursive: true, force: true });
}

const started = performance.now();
mkdirSync(out, { recursive: true });
cpSync(realContent, out, { recursive: true });
writeFileSync(
  path.join(out, MARKER),
  `# Nội dung hư cấu\n\nThư mục này do \`npm run gen\` tạo để đo hiệu năng: mọi hồ sơ, kế hoạch, đợt thi đua và đơn vị có \`illustrative: true\` là hư cấu (người, số quyết định, câu chuyện đều không có thật). Không chép vào content/.\n`,
);

const generated = generateContent({
  exemplars,
  plans,
  photoShare: Number(values.photos),
  componentShare: Number(values.components),
  seed: Number(values.seed),
});
const dirs = new Set(generated.files.map((file) => path.dirname(path.join(out, file.path))));
for (const dir of dirs) mkdirSync(dir, { recursive: true });
for (const file of generated.files) writeFileSync(path.join(out, file.path), file.contents);

// A pool of drawings, rasterised once. Each profile's photo is one of them with its own JPEG comment,
// so that every photo is a different file, as real photos are (Astro names and processes images by
// their content: identical files would be processed once). Drawing each one would take minutes.
const pool = await Promise.all(
  photoPool().map((portrait) =>
    sharp(Buffer.from(portraitSvg(portrait)))
      .jpeg({ quality: 78 })
      .toBuffer(),
  ),
);
for (const photo of generated.photos)
  writeFileSync(path.join(out, photo.path), withComment(pool[photo.variant % pool.length]!, photo.path));

/** The JPEG with a comment segment (COM) right after its start marker. */
function withComment(jpeg: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, 'utf8');
  const segment = Buffer.alloc(4 + text.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(2 + text.length, 2);
  text.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

if (!values['no-git']) {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: out,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'npm run gen',
        GIT_AUTHOR_EMAIL: 'gen@example.invalid',
        GIT_COMMITTER_NAME: 'npm run gen',
        GIT_COMMITTER_EMAIL: 'gen@example.invalid',
        GIT_AUTHOR_DATE: '2025-01-20T09:00:00+07:00',
        GIT_COMMITTER_DATE: '2025-01-20T09:00:00+07:00',
      },
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'Nội dung hư cấu do npm run gen tạo');
}

const { stats } = generated;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Đã tạo ${stats.exemplars} hồ sơ hư cấu (${stats.individuals} cá nhân, ${stats.withPhoto} có ảnh, ${stats.withComponent} dùng <Note>/<Figure>), ${stats.plans} kế hoạch, ${stats.phases} đợt thi đua, ${stats.units} đơn vị trong ${path.relative(process.cwd(), out) || out} (${seconds} giây).`,
);
console.log(`Dựng trang: TDKT_CONTENT_DIR=${out} TDKT_DEMO=1 npm run build`);
