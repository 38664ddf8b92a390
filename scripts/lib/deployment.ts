/**
 * Atomic publication of a built site into a target folder that nginx serves through a symlink:
 *
 *   <target>/current -> releases/20250115-103000-123     (nginx: root <target>/current)
 *   <target>/releases/20250115-103000-123/                a complete copy of dist/
 *   <target>/releases/20250115-103000-123.json            what was published, and when
 *
 * A release is copied in full under a temporary name, renamed into place, and only then made live
 * by renaming a new symlink over `current` (rename(2) is atomic): every request sees the old site or
 * the new one, never a half-copied one. Content-hashed files of the release being replaced are
 * carried into the new one, so a page opened just before the switch still gets its stylesheets,
 * scripts and search chunks when it asks for them just after. Old releases are pruned; a rollback
 * points `current` back at the release before it.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

export const DEFAULT_KEEP = 5;

/** Files named by their content, which never change under their name: deploy/nginx.conf caches them for a year. */
export function isHashedAsset(file: string): boolean {
  return (
    /^_astro\//.test(file) ||
    // Pagefind's chunks and metadata, in each shard's folder of the search index (pagefind/2024/…).
    /^pagefind\/(?:[^/]+\/)?(index|fragment|filter)\//.test(file) ||
    /^pagefind\/(?:[^/]+\/)?pagefind\.[^/]+\.pf_meta$/.test(file)
  );
}

/** What a release's manifest (releases/<name>.json) records. */
export interface ReleaseManifest {
  name: string;
  publishedAt: string;
  source: string;
  /** The content-hashed files of the build itself (carried into the next release). */
  hashedAssets: string[];
  /** Hashed files copied in from the release it replaced, for pages opened before the switch. */
  carried: string[];
}

export interface Target {
  root: string;
  releases: string;
  current: string;
}

export function targetPaths(root: string): Target {
  const resolved = path.resolve(root);
  return { root: resolved, releases: path.join(resolved, 'releases'), current: path.join(resolved, 'current') };
}

/** The release folders, oldest first (names sort by time). */
export function listReleases(target: Target): string[] {
  if (!existsSync(target.releases)) return [];
  return readdirSync(target.releases, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** The name of the live release, or undefined before the first deployment. */
export function liveRelease(target: Target): string | undefined {
  if (!existsSync(target.current) && !isSymlink(target.current)) return undefined;
  if (!isSymlink(target.current)) {
    throw new Error(
      `${target.current} là một thư mục thật, không phải liên kết tượng trưng (symlink): hãy chuyển nội dung của nó đi rồi triển khai lại.`,
    );
  }
  return path.basename(readlinkSync(target.current));
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function manifestPath(target: Target, name: string): string {
  return path.join(target.releases, `${name}.json`);
}

function readManifest(target: Target, name: string): ReleaseManifest | undefined {
  const file = manifestPath(target, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReleaseManifest) : undefined;
}

/** "20250115-103000-123": UTC, sortable, unique per millisecond. */
function releaseName(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');
}

/** Points `current` at `name` in one atomic rename of a fresh symlink over the old one. */
function switchTo(target: Target, name: string): void {
  const temporary = path.join(target.root, `.current-${process.pid}-${Date.now()}`);
  symlinkSync(path.join('releases', name), temporary);
  renameSync(temporary, target.current);
}

/** Copies `from`'s own hashed files that `to` lacks into `to`; returns what it copied. */
function carryHashedAssets(target: Target, from: string | undefined, to: string): string[] {
  if (!from) return [];
  const assets = readManifest(target, from)?.hashedAssets ?? [];
  const carried: string[] = [];
  for (const file of assets) {
    const source = path.join(target.releases, from, file);
    const destination = path.join(target.releases, to, file);
    if (existsSync(destination) || !existsSync(source)) continue;
    mkdirSync(path.dirname(destination), { recursive: true });
    copyFileSync(source, destination);
    carried.push(file);
  }
  return carried;
}

/** Runs `work` holding <target>/.deploy.lock, so two deployments never interleave. */
function withLock<T>(target: Target, work: () => T): T {
  mkdirSync(target.root, { recursive: true });
  const lock = path.join(target.root, '.deploy.lock');
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    throw new Error(
      `Đang có một lần triển khai khác (${lock} tồn tại). Nếu không còn lần nào chạy, hãy xóa tệp này rồi thử lại.`,
    );
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

export interface PublishResult {
  name: string;
  files: number;
  carried: number;
  previous: string | undefined;
  removed: string[];
}

/** Publishes the built site in `source` as a new release of `root` and makes it live. */
export function publish(source: string, root: string, options: { keep?: number; now?: Date } = {}): PublishResult {
  const keep = options.keep ?? DEFAULT_KEEP;
  if (!Number.isInteger(keep) || keep < 2)
    throw new Error(
      `Số bản phát hành giữ lại phải là số nguyên từ 2 trở lên (để còn bản cũ mà quay lại), không phải ${keep}.`,
    );
  const from = path.resolve(source);
  for (const required of ['index.html', '404.html']) {
    if (!existsSync(path.join(from, required)))
      throw new Error(`${from} không phải một bản dựng của trang (thiếu ${required}): hãy chạy npm run build trước.`);
  }
  const target = targetPaths(root);
  return withLock(target, () => {
    const previous = liveRelease(target);
    mkdirSync(target.releases, { recursive: true });
    let now = options.now ?? new Date();
    while (existsSync(path.join(target.releases, releaseName(now)))) now = new Date(now.getTime() + 1);
    const name = releaseName(now);

    // Copied under a hidden name first: a release folder that exists is always complete.
    const staging = path.join(target.releases, `.${name}.partial`);
    rmSync(staging, { recursive: true, force: true });
    cpSync(from, staging, { recursive: true });
    const files = filesUnder(staging);
    renameSync(staging, path.join(target.releases, name));
    const carried = carryHashedAssets(target, previous, name);
    const manifest: ReleaseManifest = {
      name,
      publishedAt: new Date().toISOString(),
      source: from,
      hashedAssets: files.filter(isHashedAsset),
      carried,
    };
    writeFileSync(manifestPath(target, name), JSON.stringify(manifest, null, 2) + '\n');

    switchTo(target, name);
    return { name, files: files.length, carried: carried.length, previous, removed: prune(target, keep) };
  });
}

/** Removes the oldest releases beyond the newest `keep`, never the live one; returns their names. */
function prune(target: Target, keep: number): string[] {
  const live = liveRelease(target);
  const releases = listReleases(target);
  const removed = releases.slice(0, Math.max(0, releases.length - keep)).filter((name) => name !== live);
  for (const name of removed) {
    rmSync(path.join(target.releases, name), { recursive: true, force: true });
    rmSync(manifestPath(target, name), { force: true });
  }
  // Copies left by an interrupted deployment.
  for (const entry of readdirSync(target.releases)) {
    if (entry.endsWith('.partial')) rmSync(path.join(target.releases, entry), { recursive: true, force: true });
  }
  return removed;
}

export interface RollbackResult {
  from: string;
  to: string;
}

/** Makes the release before the live one live again. */
export function rollback(root: string): RollbackResult {
  const target = targetPaths(root);
  return withLock(target, () => {
    const live = liveRelease(target);
    if (!live) throw new Error(`Chưa có bản nào được triển khai vào ${target.root}.`);
    const releases = listReleases(target);
    const index = releases.indexOf(live);
    const previous = index > 0 ? releases[index - 1] : undefined;
    if (!previous) throw new Error(`Không còn bản phát hành nào trước bản đang chạy (${live}) để quay lại.`);
    const carried = carryHashedAssets(target, live, previous);
    const manifest = readManifest(target, previous);
    if (manifest && carried.length) {
      writeFileSync(
        manifestPath(target, previous),
        JSON.stringify({ ...manifest, carried: [...manifest.carried, ...carried] }, null, 2) + '\n',
      );
    }
    switchTo(target, previous);
    return { from: live, to: previous };
  });
}
