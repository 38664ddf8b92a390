/**
 * "Cập nhật lần cuối": the day an entry's file was last committed. One `git log` per content folder
 * per build gives every file's date at once, so the cost does not grow with the number of
 * entries (a call per file would take minutes at 10,000 profiles). A file git does not know (new and
 * uncommitted, or a copy without history) falls back to its modification time.
 */
import { execFile, execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { INPUT, inputKey, recordInput } from './page-inputs';
import path from 'node:path';
import { promisify } from 'node:util';
import { contentRoot, demoRoot, includesIllustrative, projectRoot } from './content-sources';
import { todayInVietnam, type IsoDate } from './dates';
import { handedOver } from './rebuild-handover';
import { isDevServer } from './dev-server';

const RECORD = '\x1e';

/** Every file's commits, newest first, as parseGitLog reads them. */
const GIT_LOG = ['log', '--format=%x1e%ct', '--name-only', '-z', '--relative', '--', '.'];
const GIT_OPTIONS = { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 } as const;
const execFileInBackground = promisify(execFile);

/**
 * Parses `git log --format=%x1e%ct --name-only -z` output (newest commit first) into the day each
 * file was last changed, keyed by path relative to where git ran.
 */
export function parseGitLog(output: string): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  for (const record of output.split(RECORD)) {
    const [timestamp, ...names] = record.split('\0');
    const seconds = Number(timestamp);
    if (!timestamp || !Number.isFinite(seconds)) continue;
    const day = todayInVietnam(new Date(seconds * 1000));
    for (const raw of names) {
      const name = raw.replace(/^\n/, '');
      if (name && !dates.has(name)) dates.set(name, day);
    }
  }
  return dates;
}

/**
 * Last-commit days of every file under the content folders in use, keyed by absolute path: one `git
 * log` per folder, run inside it, so that a content folder is read from whichever repository holds
 * it (this one, or its own when TDKT_CONTENT_DIR points elsewhere).
 */
export function readGitDates(
  root: string = projectRoot(),
  folders: readonly string[] = contentFolders(),
): Map<string, IsoDate> {
  const absolute = folders.map((folder) => path.resolve(root, folder));
  return datesOf(
    absolute,
    absolute.map((folder) => {
      try {
        return execFileSync('git', GIT_LOG, { ...GIT_OPTIONS, cwd: folder, stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        // No git, or not a repository (a downloaded archive): every file falls back to its own date.
        return undefined;
      }
    }),
  );
}

/**
 * readGitDates with git run in the background, for a build to start first and hand over
 * (rebuild-handover.ts) before the pages list themselves: run when they ask, git held the rebuild's thread
 * 0.15–0.2 s at 10,000 profiles.
 */
export async function readGitDatesAhead(
  root: string = projectRoot(),
  folders: readonly string[] = contentFolders(),
): Promise<Map<string, IsoDate>> {
  const absolute = folders.map((folder) => path.resolve(root, folder));
  const logs = await Promise.all(
    absolute.map((folder) =>
      execFileInBackground('git', GIT_LOG, { ...GIT_OPTIONS, cwd: folder }).then(
        ({ stdout }) => stdout,
        () => undefined,
      ),
    ),
  );
  return datesOf(absolute, logs);
}

/** The days of each folder's git log (undefined: no log for that folder), keyed by absolute path. */
function datesOf(folders: readonly string[], logs: readonly (string | undefined)[]): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  folders.forEach((folder, index) => {
    const log = logs[index];
    if (log === undefined) return;
    for (const [name, day] of parseGitLog(log)) dates.set(path.resolve(folder, name), day);
  });
  return dates;
}

function contentFolders(): string[] {
  return includesIllustrative() ? [contentRoot(), demoRoot()] : [contentRoot()];
}

let cached: Map<string, IsoDate> | undefined;

/**
 * The day the entry at `filePath` (absolute, or relative to the project) was last updated: its last
 * commit, or its modification time when git has no record of it.
 */
export function lastUpdatedOn(filePath: string): IsoDate | undefined {
  recordInput(inputKey(INPUT.updated, filePath));
  // `astro dev` re-reads git on every page so a fresh commit shows at once.
  const dates = isDevServer() ? readGitDates() : (cached ??= handedOver().gitDates ?? readGitDates());
  const absolute = path.resolve(projectRoot(), filePath);
  const committed = dates.get(absolute);
  if (committed) return committed;
  try {
    return todayInVietnam(statSync(absolute).mtime);
  } catch {
    return undefined;
  }
}
