/**
 * The search index is split into shards, each a whole Pagefind bundle, so that a build indexes again
 * only the shards whose pages changed (Pagefind has no incremental mode), and the browser searches
 * them as one with Pagefind's own multi-index support (`mergeIndex`).
 *
 * A page's shard follows the year of the date results sort by (records.ts: a profile's year, a plan's
 * day of issue, a phase's first day): the newest years one shard each, the older ones in shards of
 * consecutive years of a bounded size, the newest in two halves when it is large (shardsOfYears).
 * Editors mostly touch the newest years, so one edit rebuilds a small shard; and
 * since the shards hold consecutive spans of dates, results sorted by date are the shards' own
 * sorted lists one after the other (run-search.ts), which Pagefind's merge alone gets wrong (it
 * compares each index's positions as if they were scores).
 *
 * Pages without a date (Giới thiệu) sort as year 0, before every other page: they join the shard of
 * the oldest years, which keeps the spans consecutive. A shard of their own would hold three pages,
 * and Pagefind searches a small index differently (run-search.ts, shardsWithEveryWord): a word of the
 * query it does not hold at all is left out, and a word with no longer form in it is matched by a
 * shorter word ("tuyen" by "tuy"), so such a shard returned /gioi-thieu/ for "tuyen dung".
 */
import { startOfYear } from '../dates';
import { SEARCH_SORT_KEY } from './config';

/** The file, in the bundle folder, that lists the shards (ShardList), newest first. */
export const SHARD_LIST_FILE = 'shards.json';

/** The year of the pages that sort as year 0 (no date of their own). */
export const UNDATED = '0000';

/**
 * A filter that Pagefind adds in the browser to every page of a shard (`mergeFilter`), never written
 * into the index: it tells which shard a result came from. Not one of the filters readers see.
 */
export const SHARD_FILTER = 'tdkt-shard';

export interface ShardList {
  /** Folder names under the bundle path, newest first; the first is Pagefind's primary index. */
  shards: string[];
}

const SORT_VALUE = new RegExp(
  `data-pagefind-sort="${SEARCH_SORT_KEY}\\[data-value\\]"[^>]*?data-value="(\\d{4})-([^"]*)"`,
);

/** Whether `folder` holds the pages dated exactly 1 January of its year ("2024-01-01"), not the rest of the year ("2024"). */
const isFirstDayFolder = (folder: string) => folder === startOfYear(Number.parseInt(folder, 10));

/**
 * The folder of a page prepared for the index (prepare-page.ts), by its sort value: the pages dated
 * exactly 1 January of a year (the profiles of the earlier half, config.ts SORTS_AFTER_DAY) in
 * "<year>-01-01", the others of the year in "<year>", each folder a span of sort values; UNDATED for a
 * page without a date.
 */
export function folderOfPreparedPage(html: string): string {
  const [, year, rest] = SORT_VALUE.exec(html) ?? [];
  if (year === undefined || year === UNDATED) return UNDATED;
  const firstDay = startOfYear(Number(year));
  return `${year}-${rest}` === firstDay ? firstDay : year;
}

/**
 * How many of the newest years get a shard of their own; the older ones share shards. Each shard
 * costs a first search one index chunk per word typed (about 10–20 KB each), however few pages it
 * holds, so one shard per year made a first search four times heavier (README, Search).
 */
export const RECENT_YEARS = 2;

/**
 * The most pages a shard of older years holds, unless one year alone has more. Pagefind's time grows
 * faster than the pages it indexes (at 10,000 profiles: about 1.7 s for one year's 1,000 pages, 4.8 s
 * for two years, 24 s for eight years in one shard), and a one-profile edit indexes its whole shard
 * again; while every shard costs a first search. 2,500 keeps all the older years of a centre's site
 * (a few hundred profiles a year) in one shard, and splits them only on sites of thousands.
 */
export const SHARD_PAGES = 2500;

/**
 * Above this many pages, the newest year is written as two shards, one per folder (its 1 January, the
 * rest; about half each): a one-profile edit there, most edits, indexes half the year again. At 10,000
 * profiles (1,022 pages in 2024), the edit's index step took 1.4 s instead of 2.4 s, and a first search
 * for "dot thi dua" fetched 676.2 KB in 84 requests instead of 637.8 KB in 75. A centre's own site (a few
 * hundred profiles a year) stays at one shard a year.
 */
export const SPLIT_PAGES = 600;

/**
 * The shards for the pages of each folder (folderOfPreparedPage → number of pages), newest first (the
 * order the browser merges them in), each with the folders whose pages it holds: the `recentYears`
 * newest years one shard each, named by the year, where nearly every edit happens (this year's
 * profiles, and last year's written up in this one), the newest in two when it holds more than
 * `splitPages` pages (named by its folders); the older years and the undated pages in shards of
 * consecutive years of at most `shardPages` pages, filled from the oldest year on, so that a new year
 * or a page added in a recent one leaves the older shards as they were, each named "den-<its newest
 * year>". With no older year, the undated pages join the oldest year's shard.
 */
export function shardsOfYears(
  pagesByFolder: Iterable<readonly [string, number]>,
  recentYears = RECENT_YEARS,
  shardPages = SHARD_PAGES,
  splitPages = SPLIT_PAGES,
): Map<string, string[]> {
  const foldersOfYear = new Map<string, string[]>();
  const pages = new Map<string, number>();
  for (const [folder, count] of pagesByFolder) {
    const year = folder.slice(0, UNDATED.length);
    foldersOfYear.set(year, [...(foldersOfYear.get(year) ?? []), folder]);
    pages.set(year, (pages.get(year) ?? 0) + count);
  }
  // A year's folders newest first, as sort values go: the rest of the year, then its 1 January.
  const newestFirst = (folders: string[]) =>
    folders.sort((a, b) => Number(isFirstDayFolder(a)) - Number(isFirstDayFolder(b)));
  const shards = new Map<string, string[]>();
  for (const [name, years] of shardsOfWholeYears(pages, recentYears, shardPages)) {
    const folders = years.flatMap((year) => newestFirst(foldersOfYear.get(year)!));
    // The newest year's own shard (the first, named by its year), large and in both its folders: one shard per folder.
    const split = shards.size === 0 && years.length === 1 && name === years[0] && folders.length === 2;
    if (split && pages.get(name)! > splitPages) for (const folder of folders) shards.set(folder, [folder]);
    else shards.set(name, folders);
  }
  return shards;
}

/** shardsOfYears over whole years (year → number of pages), each shard with its years. */
function shardsOfWholeYears(
  pages: Map<string, number>,
  recentYears: number,
  shardPages: number,
): Map<string, string[]> {
  const dated = [...pages.keys()].filter((year) => year !== UNDATED).sort((a, b) => b.localeCompare(a));
  const undated = pages.has(UNDATED) ? [UNDATED] : [];
  const shards = new Map<string, string[]>(dated.slice(0, recentYears).map((year) => [year, [year]]));
  if (dated.length <= recentYears) {
    if (dated.length > 0) shards.get(dated.at(-1)!)!.push(...undated);
    else if (undated.length > 0) shards.set(UNDATED, undated);
    return shards;
  }
  // Oldest first: the undated pages, then each older year, closing a group when the next year would overflow it.
  const groups: string[][] = [];
  let group: string[] = [];
  let count = 0;
  for (const year of [...undated, ...dated.slice(recentYears).reverse()]) {
    const size = pages.get(year) ?? 0;
    if (group.some((member) => member !== UNDATED) && count + size > shardPages) {
      groups.push(group);
      group = [];
      count = 0;
    }
    group.push(year);
    count += size;
  }
  groups.push(group);
  for (const members of groups.reverse()) {
    const newestFirst = members.reverse();
    shards.set(`den-${newestFirst[0]}`, newestFirst);
  }
  return shards;
}
