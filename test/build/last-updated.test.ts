/** Every entry page says when its file was last committed: "Cập nhật lần cuối: 12/01/2024". */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatDateShort, todayInVietnam } from '../../src/lib/dates';
import { readPage } from '../helpers/html';

const site = inject('productionSite');

const ENTRY_PAGES = [
  { folder: 'plans', extension: '.mdx', route: '/ke-hoach/' },
  { folder: 'phases', extension: '.yaml', route: '/dot-thi-dua/' },
  { folder: 'movements', extension: '.yaml', route: '/phong-trao/' },
].flatMap(({ folder, extension, route }) =>
  readdirSync(path.resolve('content', folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => ({ file: `content/${folder}/${name}`, route: `${route}${name.slice(0, -extension.length)}/` })),
);

/** The day git last changed `file`, asked the slow way: one call per file. */
function committedOn(file: string): string {
  const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], { encoding: 'utf8' }).trim();
  return todayInVietnam(new Date(Number(seconds) * 1000));
}

describe('"Cập nhật lần cuối"', () => {
  it.each(ENTRY_PAGES)('on $route is the last commit of $file', ({ file, route }) => {
    const day = committedOn(file);
    const line = readPage(site, route).querySelector('.last-updated');
    expect(line?.text.trim()).toBe(`Cập nhật lần cuối: ${formatDateShort(day)}`);
    expect(line?.querySelector('time')?.getAttribute('datetime')).toBe(day);
  });
});
