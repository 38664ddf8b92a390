/**
 * Incremental builds make exactly the site a build of every page makes. A generated site is edited the
 * ways staff and developers change it; after each edit it is built on its last good build (pages whose
 * inputs did not change are taken from it) and then from nothing, and the two folders are compared byte
 * for byte (only the calendar's DTSTAMP, the moment of the build, may differ). A stale page fails here.
 *
 * The two builds also read the content differently: the incremental one reads every changed file in the
 * content sync's worker (src/lib/entry-reader-pool.ts), the other one in Astro's thread, so each
 * comparison also shows that the worker reads and renders what Astro's thread would.
 *
 * Everything happens in a copy of the project (src/ is edited by the last step), with node_modules linked.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArguments } from '../../scripts/lib/build-command';
import { buildEnvironment, TEST_ROOT, TSX } from '../helpers/build';
import { CONTENT_ONLY_PATTERN, INCREMENTAL_PATTERN } from '../../src/integrations/rendered-pages';
import { READING_WORKER_VARIABLE } from '../../src/lib/build-variables';
import { READ_IN_WORKER_PATTERN } from '../../src/lib/entry-reader-pool';
import { SHARDS_INDEXED_PATTERN } from '../../src/integrations/pagefind';
import { siteDifferences } from '../helpers/compare-sites';

const root = path.join(TEST_ROOT, 'incremental');
const project = path.join(root, 'project');
const content = path.join(project, 'generated');
const site = path.join(root, 'site');
const cold = path.join(root, 'cold');

interface Run {
  ok: boolean;
  output: string;
  rendered: number;
  reused: number;
  /** Files the content sync read in its worker. */
  readInWorker: number;
  /** Whether the pages were rendered with the bundle the last astro build kept, without astro build. */
  contentOnly: boolean;
  /** Search shards indexed again, as the build's index line says (searchIndexLine). */
  shardsIndexed: number;
}

/** Node with `nodeArguments`, in the project. */
function run(nodeArguments: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArguments, {
      cwd: project,
      env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const counts = INCREMENTAL_PATTERN.exec(output);
      resolve({
        ok: code === 0,
        output,
        rendered: Number(counts?.[1] ?? NaN),
        reused: Number(counts?.[2] ?? NaN),
        readInWorker: [...output.matchAll(READ_IN_WORKER_PATTERN)].reduce((sum, match) => sum + Number(match[1]), 0),
        contentOnly: CONTENT_ONLY_PATTERN.test(output),
        shardsIndexed: Number(SHARDS_INDEXED_PATTERN.exec(output)?.[1] ?? NaN),
      });
    });
  });
}

let today = '';

/** The generated site built on its last good build, then from nothing; returns the incremental run. */
async function buildBothWays(): Promise<Run> {
  const env = { TDKT_CONTENT_DIR: content, TDKT_DEMO: '1', TDKT_TODAY: today };
  const incremental = await run(buildArguments(project, '--outDir', site), {
    ...env,
    TDKT_CACHE_DIR: path.join(root, 'cache'),
    [READING_WORKER_VARIABLE]: 'first',
  });
  expect(incremental.ok, incremental.output).toBe(true);
  rmSync(cold, { recursive: true, force: true });
  const fromNothing = await run(buildArguments(project, '--outDir', cold), {
    ...env,
    TDKT_CACHE_DIR: path.join(root, 'cache-cold'),
    [READING_WORKER_VARIABLE]: 'off',
  });
  expect(fromNothing.ok, fromNothing.output).toBe(true);
  expect(fromNothing.reused, 'the comparison build renders every page').toBe(0);
  expect(fromNothing.contentOnly, 'the comparison build runs astro build').toBe(false);
  expect(fromNothing.readInWorker, "the comparison build reads every file in Astro's thread").toBe(0);
  expect(
    siteDifferences(site, cold),
    `incremental build: ${incremental.rendered} rendered, ${incremental.reused} reused`,
  ).toEqual([]);
  return incremental;
}

const file = (...parts: string[]) => path.join(content, ...parts);
function edit(target: string, from: string | RegExp, to: string): void {
  const text = readFileSync(target, 'utf8');
  const changed = text.replace(from, to);
  expect(changed, `${target} has ${String(from)}`).not.toBe(text);
  writeFileSync(target, changed);
}

const profile = (id: string) => file('exemplars', id.slice(-4), id, 'index.mdx');
/** Generated profiles whose folder holds only their text, and whose text uses no component. */
function plainProfiles(): string[] {
  return readdirSync(file('exemplars'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isDirectory() && /-\d{4}$/.test(entry.name))
    .map((entry) => entry.name)
    .filter(
      (id) => readdirSync(path.dirname(profile(id))).length === 1 && !readFileSync(profile(id), 'utf8').includes('<'),
    )
    .sort();
}
const storyProfile = 'huynh-duc-tuan-2019';
const movedProfile = 'luong-xuan-tuan-2015';
const draftProfile = 'ta-ngoc-thao-2015';
const deletedProfile = 'huynh-manh-hai-2015';
const secondPhase = file('phases', 'dot-thi-dua-thu-hai-nam-2024.yaml');

describe('incremental builds against builds of every page', () => {
  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(project, { recursive: true });
    for (const name of [
      'src',
      'public',
      'scripts',
      'content',
      'demo',
      'astro.config.mjs',
      'tsconfig.json',
      'package.json',
      'package-lock.json',
    ])
      cpSync(path.resolve(name), path.join(project, name), { recursive: true });
    symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
    const generated = await run([
      TSX,
      'scripts/generate-content.ts',
      '--exemplars',
      '40',
      '--plans',
      '2',
      '--out',
      content,
    ]);
    expect(generated.ok, generated.output).toBe(true);
    for (const id of [storyProfile, movedProfile, draftProfile, deletedProfile])
      expect(existsSync(profile(id)), `${id} generated (seed 2024)`).toBe(true);
    edit(profile(draftProfile), /^illustrative: true$/m, 'illustrative: true\ndraft: true');
    // The day before the second phase of 2024 starts: the last step moves the build day onto it.
    const start = /^startDate: (\S+)$/m.exec(readFileSync(secondPhase, 'utf8'))![1]!;
    const day = new Date(`${start}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    today = day.toISOString().slice(0, 10);
    rmSync(site, { recursive: true, force: true });
    const first = await buildBothWays();
    expect(first.reused).toBe(0);
    // Every file was new to it: the 40 profiles among them, read by the worker.
    expect(first.readInWorker).toBeGreaterThan(40);
  }, 600_000);

  it("a profile's story: only its page is rendered again", { timeout: 300_000 }, async () => {
    edit(profile(storyProfile), /anh Tuấn/, 'anh Huỳnh Đức Tuấn');
    const build = await buildBothWays();
    expect(build.readInWorker, 'the edited profile, read by the worker').toBe(1);
    expect(build.rendered).toBeLessThanOrEqual(2);
    expect(build.reused).toBeGreaterThan(100);
  });

  it(
    "a plain profile's story (no photo, no component): rendered without astro build",
    { timeout: 300_000 },
    async () => {
      const plain = plainProfiles().find(
        (id) => ![storyProfile, movedProfile, draftProfile, deletedProfile].includes(id),
      );
      expect(plain, 'a generated profile without photo or component').toBeDefined();
      edit(profile(plain!), /\n*$/, '\n\nAnh chị em trong đơn vị ghi nhận thêm một đóng góp của năm.\n');
      const build = await buildBothWays();
      expect(build.contentOnly, build.output).toBe(true);
      expect(build.rendered).toBe(1);
      // Once more: the store the bundle was made with still has the first text, so both edits are synced again.
      edit(profile(plain!), /\n*$/, '\n\nVà một câu nữa.\n');
      expect((await buildBothWays()).contentOnly).toBe(true);
    },
  );

  it("a profile's unit: lists and counts follow", { timeout: 300_000 }, async () => {
    edit(profile(movedProfile), /^unit: .*$/m, 'unit: phong-xuat-khau-lao-dong');
    await buildBothWays();
  });

  it("a plan's title, shown on other pages", { timeout: 300_000 }, async () => {
    edit(
      file('plans', 'thuc-hien-cac-phong-trao-thi-dua-nam-2024.mdx'),
      /^title: (.*)$/m,
      'title: Kế hoạch tổ chức các phong trào thi đua năm 2024',
    );
    await buildBothWays();
  });

  it('a new profile, and a deleted one', { timeout: 300_000 }, async () => {
    const copy = path.join(path.dirname(path.dirname(profile(storyProfile))), 'tran-thi-moi-2019');
    cpSync(path.dirname(profile(storyProfile)), copy, { recursive: true });
    edit(path.join(copy, 'index.mdx'), /^name: .*$/m, 'name: Trần Thị Mới');
    rmSync(path.dirname(profile(deletedProfile)), { recursive: true });
    const build = await buildBothWays();
    expect(build.contentOnly, 'entries added and deleted: astro build').toBe(false);
  });

  it('a draft that becomes public', { timeout: 300_000 }, async () => {
    edit(profile(draftProfile), /^draft: true\n/m, '');
    await buildBothWays();
  });

  it('a phase whose status changes with the build day', { timeout: 300_000 }, async () => {
    // A profile without a publishing day, and the galleries that list such profiles, do not depend on
    // the day: their pages are kept, linked from the last site (the same file).
    const withoutDay = [
      `dien-hinh-tien-tien/${storyProfile}/index.html`,
      'dien-hinh-tien-tien/index.html',
      'dien-hinh-tien-tien/trang/2/index.html',
    ];
    const fileOf = (page: string) => statSync(path.join(site, page)).ino;
    const before = withoutDay.map(fileOf);
    today = /^startDate: (\S+)$/m.exec(readFileSync(secondPhase, 'utf8'))![1]!;
    const build = await buildBothWays();
    expect(build.rendered).toBeGreaterThan(0);
    expect(withoutDay.map(fileOf), 'pages that do not depend on the day kept').toEqual(before);
    // The phase's status changed only where Pagefind does not read (prepare-page.ts, withoutIgnoredParts).
    expect(build.shardsIndexed, build.output).toBe(0);
  });

  it("a component's code: every page is rendered again", { timeout: 300_000 }, async () => {
    edit(
      path.join(project, 'src/i18n/ui.ts'),
      "'exemplar.position': 'Chức vụ',",
      "'exemplar.position': 'Chức vụ, vị trí',",
    );
    const build = await buildBothWays();
    expect(build.reused).toBe(0);
    expect(build.contentOnly, 'other code: astro build').toBe(false);
  });
});
