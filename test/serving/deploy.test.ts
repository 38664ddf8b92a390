/**
 * Atomic deployment (`npm run deploy`, scripts/lib/deployment.ts) behind real nginx whose root is
 * the `current` symlink: a switch while visitors keep asking for pages and their stylesheets, a
 * rollback, pruning of old releases and the refusals. Two releases: the production build (A) and a
 * copy of it as a rebuild with changed styles would be (B: its stylesheet under a new hash).
 */
import { spawnSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listReleases, publish, rollback, targetPaths } from '../../scripts/lib/deployment';
import { serveWithNginx, type RunningSite } from '../../scripts/lib/nginx-server';
import { TSX } from '../helpers/build';
import { listFiles } from '../helpers/files';

const DEPLOY = path.resolve('scripts/deploy.ts');
const PAGES = ['/', '/ke-hoach/', '/dot-thi-dua/dot-thi-dua-thu-nhat-nam-2024/', '/gioi-thieu/'];

let work: string;
let releaseA: string;
let releaseB: string;
let styleA: string;
let styleB: string;

/** Runs `npm run deploy`'s script with `args`; resolves with its exit code and output. */
function deploy(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, DEPLOY, ...args]);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'tdkt-deploy-'));
  releaseA = path.join(work, 'build-a');
  releaseB = path.join(work, 'build-b');
  cpSync(inject('productionSite'), releaseA, { recursive: true });
  cpSync(releaseA, releaseB, { recursive: true });
  styleA = listFiles(releaseA).find((file) => /^_astro\/BaseLayout\..+\.css$/.test(file))!;
  styleB = styleA.replace(/\.[\w-]+\.css$/, '.Zz9Yy8Xx.css');
  renameSync(path.join(releaseB, styleA), path.join(releaseB, styleB));
  for (const file of listFiles(releaseB).filter((name) => name.endsWith('.html'))) {
    const full = path.join(releaseB, file);
    writeFileSync(full, readFileSync(full, 'utf8').replaceAll(`/${styleA}`, `/${styleB}`));
  }
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/**
 * Asks for pages and then for every stylesheet each page names, one request after another, as a
 * browser does, until `done()`; returns which release each page came from and every failure.
 */
async function visitWhile(site: RunningSite, done: () => boolean) {
  const seen: string[] = [];
  const failures: string[] = [];
  let after = 0;
  for (let round = 0; after < 40 && round < 20_000; round++) {
    if (done()) after++;
    const address = PAGES[round % PAGES.length]!;
    const page = await fetch(site.origin + address);
    const html = await page.text();
    if (page.status !== 200) failures.push(`${address}: ${page.status}`);
    seen.push(html.includes(styleB) ? 'B' : html.includes(styleA) ? 'A' : '?');
    for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
      const style = await fetch(site.origin + href);
      await style.arrayBuffer();
      if (style.status !== 200) failures.push(`${href} (from ${address}): ${style.status}`);
    }
  }
  return { seen, failures };
}

/** ["A", "A", "B", "B"] → "A→B": the releases seen, in order, without repeats. */
const sequence = (seen: string[]) => seen.filter((release, index) => release !== seen[index - 1]).join('→');

describe('a deployment behind nginx', () => {
  let target: string;
  let site: RunningSite;

  beforeAll(async () => {
    target = path.join(work, 'srv');
    const first = await deploy(['--from', releaseA, target]);
    expect(first, first.output).toMatchObject({ code: 0 });
    site = await serveWithNginx(path.join(target, 'current'));
  });

  afterAll(async () => {
    await site?.stop();
  });

  it('publishes the build as a release, with current pointing at it', async () => {
    const [release] = listReleases(targetPaths(target));
    expect(readlinkSync(path.join(target, 'current'))).toBe(`releases/${release}`);
    expect(listFiles(path.join(target, 'releases', release!))).toEqual(listFiles(releaseA));
    expect(await (await fetch(site.origin + '/')).text()).toContain(styleA);
  });

  it('switches to a new release while visitors keep reading: every page and stylesheet arrives, old then new, never mixed', async () => {
    let finished = false;
    const switching = deploy(['--from', releaseB, target]).then((result) => {
      finished = true;
      return result;
    });
    const { seen, failures } = await visitWhile(site, () => finished);
    const result = await switching;
    expect(result, result.output).toMatchObject({ code: 0 });
    expect(failures).toEqual([]);
    expect(sequence(seen)).toBe('A→B');
    // The new release keeps the old stylesheet for pages opened before the switch.
    const live = path.join(target, 'current');
    expect(existsSync(path.join(live, styleA)) && existsSync(path.join(live, styleB))).toBe(true);
    expect(result.output).toContain('npm run deploy -- --rollback');
  });

  it('rolls back to the previous release, which the very next request sees', async () => {
    const result = await deploy(['--rollback', target]);
    expect(result, result.output).toMatchObject({ code: 0 });
    const html = await (await fetch(site.origin + '/')).text();
    expect(html).toContain(styleA);
    expect(html).not.toContain(styleB);
    // Pages of the newer release still open get their stylesheet from the older one too.
    expect((await fetch(`${site.origin}/${styleB}`)).status).toBe(200);
  });

  it('refuses to roll back past the oldest release, and leaves the site as it is', async () => {
    const before = readlinkSync(path.join(target, 'current'));
    const result = await deploy(['--rollback', target]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Không còn bản phát hành nào trước bản đang chạy');
    expect(readlinkSync(path.join(target, 'current'))).toBe(before);
  });

  it('is a check that notices a deployment that is not atomic', async () => {
    // Copying over the live folder in place: between removing and copying, pages are missing.
    const current = path.join(target, 'current');
    let finished = false;
    const visits = visitWhile(site, () => finished);
    const live = readlinkSync(current);
    rmSync(current);
    await new Promise((resolve) => setTimeout(resolve, 50));
    symlinkSync(live, current);
    finished = true;
    expect((await visits).failures.length).toBeGreaterThan(0);
  });
});

describe('releases on disk', () => {
  it('keeps the newest releases and never removes the live one', () => {
    const target = path.join(work, 'keep');
    const names: string[] = [];
    for (let day = 1; day <= 4; day++)
      names.push(publish(releaseA, target, { keep: 2, now: new Date(`2025-01-0${day}T08:00:00Z`) }).name);
    expect(names[0]).toBe('20250101-080000-000');
    const paths = targetPaths(target);
    expect(listReleases(paths)).toEqual(names.slice(2));
    expect(readdirSync(paths.releases).filter((name) => name.endsWith('.json'))).toEqual(
      names.slice(2).map((name) => `${name}.json`),
    );
    expect(rollback(target)).toEqual({ from: names[3], to: names[2] });
    // After a rollback the live release is the older one: pruning keeps it.
    publish(releaseB, target, { keep: 2, now: new Date('2025-01-05T08:00:00Z') });
    expect(listReleases(paths)).toEqual([names[3], '20250105-080000-000']);
  });

  it('refuses a folder that is not a build, and a target whose current is a real folder', () => {
    const target = path.join(work, 'refusals');
    expect(() => publish(path.join(work, 'khong-co'), target)).toThrow(
      /không phải một bản dựng của trang \(thiếu index.html\)/,
    );
    mkdirSync(path.join(target, 'current'), { recursive: true });
    expect(() => publish(releaseA, target)).toThrow(/là một thư mục thật, không phải liên kết tượng trưng/);
    expect(lstatSync(path.join(target, 'current')).isDirectory()).toBe(true);
    expect(existsSync(path.join(target, '.deploy.lock'))).toBe(false);
  });

  it('refuses to run while another deployment holds the lock', () => {
    const target = path.join(work, 'locked');
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, '.deploy.lock'), '12345');
    const result = spawnSync(process.execPath, [TSX, DEPLOY, '--from', releaseA, target], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Đang có một lần triển khai khác');
    expect(existsSync(path.join(target, 'releases'))).toBe(false);
  });
});
