/**
 * How long the publishing tools take, as numbers: `npm run check:content` on the real content and on
 * generated profiles, and the one `git log` behind "Cập nhật lần cuối" over as many files.
 *
 *   npx tsx scripts/bench-publishing.ts [number of generated profiles, default 3000]
 *
 * Everything is generated in a temporary folder, removed afterwards.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readGitDates } from '../src/lib/last-updated';

const count = Number(process.argv[2] ?? 3000);
const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const profile = readFileSync(path.join(root, 'test/fixtures/content/profile/index.mdx'), 'utf8')
  .replace(/^photo: .*\n^photoAlt: .*\n/m, '')
  .replace(/<Figure[\s\S]*<\/Figure>\n/, '');

function checkSeconds(contentDir: string): { seconds: number; output: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [tsx, path.join(root, 'scripts/check-content.ts')], {
    cwd: root,
    env: { ...process.env, TDKT_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return {
    seconds: (performance.now() - started) / 1000,
    output: `${result.stdout}${result.stderr}`.trim().split('\n').at(-1) ?? '',
  };
}

const work = mkdtempSync(path.join(tmpdir(), 'tdkt-bench-'));
try {
  const real = checkSeconds(path.join(root, 'content'));
  console.log(`check:content, real content: ${real.seconds.toFixed(2)} s (whole process) — ${real.output}`);

  const contentDir = path.join(work, 'content');
  cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  for (let index = 0; index < count; index++) {
    const dir = path.join(contentDir, 'exemplars', `ho-so-${index}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'index.mdx'),
      profile.replace('Nguyễn Thị Thử Nghiệm', `Nguyễn Thị Thử Nghiệm ${index}`),
    );
  }
  const generated = checkSeconds(contentDir);
  console.log(
    `check:content, real content + ${count} profiles: ${generated.seconds.toFixed(2)} s — ${generated.output}`,
  );

  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: work,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'b',
        GIT_AUTHOR_EMAIL: 'b@b',
        GIT_COMMITTER_NAME: 'b',
        GIT_COMMITTER_EMAIL: 'b@b',
      },
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'all');
  // A history of 100 more commits, each touching 1 % of the profiles.
  for (let commit = 0; commit < 100; commit++) {
    for (let index = commit; index < count; index += 100)
      writeFileSync(
        path.join(contentDir, 'exemplars', `ho-so-${index}`, 'index.mdx'),
        `${profile}\nSửa lần ${commit}.\n`,
      );
    git('commit', '-q', '-am', `sửa ${commit}`);
  }
  const started = performance.now();
  const dates = readGitDates(work, [contentDir]);
  console.log(
    `"Cập nhật lần cuối": one git log over ${dates.size} files, 101 commits: ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
