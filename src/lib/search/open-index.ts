/**
 * Opens the site's sharded search index (shards.ts) with Pagefind's own code, the same way in the
 * search page and in the tests: the first shard is Pagefind's primary index and every other shard is
 * merged into it with `mergeIndex`, so that one `search()` searches them all, merges their results by
 * score and adds up their filter counts.
 */
import { PAGEFIND_OPTIONS, type PagefindApi, type SearchIndex } from './run-search';
import { SHARD_FILTER, SHARD_LIST_FILE, type ShardList } from './shards';

/** What pagefind.js exports that this uses. */
export interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindApi & { destroy: () => Promise<void> };
}

export interface OpenedSearchIndex extends SearchIndex {
  destroy: () => Promise<void>;
}

/**
 * Opens the index whose bundle is served at `bundleUrl` (ending in "/"): reads its list of shards,
 * then merges them. Every shard gets the ranking options itself (Pagefind's `options()` reaches only
 * the primary one) and a filter naming it, which the date order needs (run-search.ts).
 */
export async function openSearchIndex(module: PagefindModule, bundleUrl: string): Promise<OpenedSearchIndex> {
  const response = await fetch(`${bundleUrl}${SHARD_LIST_FILE}`);
  if (!response.ok) throw new Error(`${response.status} fetching ${bundleUrl}${SHARD_LIST_FILE}`);
  const { shards } = (await response.json()) as ShardList;
  if (shards.length === 0) throw new Error('The search index has no shard.');
  const opened: (PagefindApi & { destroy: () => Promise<void> })[] = [];

  const merged = async (extra: Record<string, unknown>): Promise<PagefindApi> => {
    const [first, ...others] = shards as [string, ...string[]];
    const primary = module.createInstance({
      ...PAGEFIND_OPTIONS,
      ...extra,
      basePath: `${bundleUrl}${first}/`,
      mergeFilter: { [SHARD_FILTER]: first },
    });
    opened.push(primary);
    const { noWorker: _, ...shardOptions } = PAGEFIND_OPTIONS;
    // Started in order, so that Pagefind keeps the shards newest first (it breaks ties in that order).
    await Promise.all(
      others.map((shard) =>
        primary.mergeIndex(`${bundleUrl}${shard}/`, {
          ...shardOptions,
          ...extra,
          mergeFilter: { [SHARD_FILTER]: shard },
        }),
      ),
    );
    return primary;
  };

  const pagefind = await merged({});
  let exact: Promise<PagefindApi> | undefined;
  return {
    shards,
    pagefind,
    exact: () => (exact ??= merged({ exactDiacritics: true })),
    destroy: async () => {
      await Promise.all(opened.map((instance) => instance.destroy()));
    },
  };
}
