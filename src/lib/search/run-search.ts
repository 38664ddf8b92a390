/**
 * One search, the way the search page runs it and the regression tests replay it, on Pagefind's own
 * search code. Three rules on top of Pagefind:
 * - Exact accents first. When the reader types accents, the results that contain the words exactly
 *   as typed come before those that match only once the accents are folded. Pagefind's own bonus
 *   for exact diacritics (`diacriticSimilarity`) is lost when a page also holds another accented
 *   form of the same word (a page with both "thương" and "thưởng"), which Vietnamese pages nearly
 *   always do, so the order comes from a second, exact-diacritics search instead.
 * - Words before syllables. Within each of those two groups, pages where more of the query's
 *   neighbouring words stand together, in order ("đơn vị" for "don vi"), come first; Pagefind's order
 *   decides between pages that hold as many (word-pairs.ts says why and how).
 * - A quoted phrase that matches nowhere is searched again as separate words: readers who quote an
 *   unaccented phrase with đ ("dien bien phu") still find the page.
 */
import { foldVietnamese } from '../vietnamese-text';
import { SEARCH_RANKING, SEARCH_SORT_KEY } from './config';
import { SHARD_FILTER } from './shards';
import { pagefindOptions, type SearchState } from './search-state';
import { withOtherTonePlacement } from './tone-placement';
import { wordPairPhrases } from './word-pairs';

/** The parts of a Pagefind result this site uses. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Where the matched words stand in the page's text (empty for a match in metadata only). */
  words: number[];
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResultData {
  url: string;
  /** The page's indexed text (HTML-escaped). */
  content: string;
  /** An excerpt around the matches, HTML-escaped, with <mark> around matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Per filter and value: how many results of this search have that value. */
  totalFilters: Record<string, Record<string, number>>;
  filters: Record<string, Record<string, number>>;
}

/** The parts of Pagefind's browser API (an instance from pagefind.js's createInstance) used here. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
}

/**
 * The site's search index as the browser opens it (open-index.ts): its shards merged into one
 * Pagefind search, newest first.
 */
export interface SearchIndex {
  /** The shards' names, newest first, as merged. */
  shards: readonly string[];
  /** Every shard, merged with Pagefind's `mergeIndex`. */
  pagefind: PagefindApi;
  /**
   * The same shards searched with exact diacritics, opened on first use. A second merged search
   * because Pagefind applies `options()` to its primary index only, never to the merged ones.
   */
  exact: () => Promise<PagefindApi>;
}

/**
 * Options for every index Pagefind opens, shared by the search page and the tests. The index is
 * small, so searching on the page's own thread is instant and spares visitors the worker script (43 kB).
 */
export const PAGEFIND_OPTIONS = { ranking: SEARCH_RANKING, noWorker: true } as const;

export interface SearchOutcome {
  results: PagefindResult[];
  /** Counts per filter value for the query alone (before the chosen filters). */
  filterCounts: Record<string, Record<string, number>>;
  /** The quoted phrase matched nowhere, so these results hold its words apart. */
  phraseRelaxed: boolean;
}

/** Phones often type curly quotes; Pagefind recognises a phrase only in straight ones. */
const CURLY_QUOTES = /[“”„‟]/g;
const HAS_QUOTE = /"/;

function hasMarks(text: string): boolean {
  return foldVietnamese(text) !== text;
}

// One search at a time: a later one waits for the one before (the page runs one per keystroke).
let queue: Promise<unknown> = Promise.resolve();

/**
 * Pagefind counts results per filter value only for the filters whose indexes it has loaded, and a
 * search loads only those of the filters it applies: without this, a search with no filter chosen
 * showed "(0)" beside every choice. filters() loads them all (1–2 KB here), once per instance.
 */
const filtersLoaded = new WeakSet<PagefindApi>();

type SearchOptions = Omit<ReturnType<typeof pagefindOptions>, 'filters'> & { filters: Record<string, unknown> };

/** A query that is one quoted phrase: Pagefind matches it exactly, and finds nothing where a word is missing. */
const WHOLE_PHRASE = /^\s*".+"\s*$/;

/** Result counts per shard of a search, from the filter Pagefind adds to each shard. */
async function perShard(
  index: SearchIndex,
  term: string,
  options: Record<string, unknown> = {},
): Promise<Record<string, number>> {
  return (await index.pagefind.search(term, options))?.totalFilters[SHARD_FILTER] ?? {};
}

/** The pages a search finds in one shard, each with the places of the words it matched there. */
async function matchesIn(index: SearchIndex, term: string, shard: string): Promise<Map<string, number[]>> {
  const response = await index.pagefind.search(term, { filters: { [SHARD_FILTER]: shard } });
  return new Map((response?.results ?? []).map((result) => [result.id, result.words]));
}

/**
 * How a shard matched a word it holds no exact form of: 0 when by longer words that start with it
 * (as any index would), else the length of the shorter word Pagefind fell back to. Pagefind falls
 * back to the longest word of the index that starts the query's word, and then matches exactly that
 * word: so the shorter word is the longest prefix that is a word of the shard (its phrase search
 * finds it), and the fallback is told by the places that phrase search gives (one or more of the
 * word's) being among the places matched, on the same pages. Longer words stand elsewhere.
 */
async function fallbackLength(index: SearchIndex, word: string, shard: string): Promise<number> {
  const characters = [...word];
  for (let length = characters.length - 1; length >= 1; length -= 1) {
    const prefix = characters.slice(0, length).join('');
    const exact = await matchesIn(index, `"${prefix}"`, shard);
    if (exact.size === 0) continue;
    const found = await matchesIn(index, word, shard);
    let compared = 0;
    const same =
      exact.size === found.size &&
      [...exact].every(([id, places]) => {
        const matched = new Set(found.get(id));
        compared += places.length;
        return places.every((place) => matched.has(place));
      });
    return same && compared > 0 ? length : 0;
  }
  return 0;
}

/**
 * The shards that match `word` as one index of every page would, or undefined when no shard matches
 * it (Pagefind then leaves the word out, in one index as in shards).
 */
async function shardsMatching(index: SearchIndex, word: string): Promise<string[] | undefined> {
  const found = await perShard(index, word);
  const matching = index.shards.filter((shard) => (found[shard] ?? 0) > 0);
  if (matching.length === 0) return undefined;
  const exact = await perShard(index, `"${word}"`);
  const fallbacks = new Map<string, number>();
  for (const shard of matching) {
    fallbacks.set(shard, (exact[shard] ?? 0) > 0 ? 0 : await fallbackLength(index, word, shard));
  }
  const byLongerWords = matching.filter((shard) => fallbacks.get(shard) === 0);
  if (byLongerWords.length > 0) return byLongerWords;
  // No shard holds the word or a longer one: one index falls back to its longest word that starts
  // it, which only the shards falling back to a word as long hold.
  const longest = Math.max(...fallbacks.values());
  return matching.filter((shard) => fallbacks.get(shard) === longest);
}

/**
 * The shards whose pages may match the query as they would in one index of every page, when that is
 * not all of them.
 *
 * Pagefind matches each word of a query by the words of its index that start with it; when there is
 * none, by the longest word of the index that starts the query's word ("tuyen" by "tuy"); when there
 * is none either, it leaves the word out (a reader's typo should not empty the results). One index of
 * the whole site holds nearly every word, a shard far fewer, so on its own a shard finds pages that
 * one index never would: "32.200" found eleven profiles through "32" in the shards that have no
 * "32200", where one index finds the one plan that has it. No page of a shard holds a word its shard
 * does not, so a shard that matches a word only the second or third way, when another shard matches
 * it the first way, has no page one index would return: its results are left out.
 */
async function shardsWithEveryWord(index: SearchIndex, term: string): Promise<string[] | undefined> {
  if (index.shards.length < 2 || WHOLE_PHRASE.test(term)) return undefined;
  let shards = [...index.shards];
  for (const word of new Set(term.split(/\s+/).filter(Boolean))) {
    const matching = await shardsMatching(index, word.replace(/"/g, ''));
    if (matching) shards = shards.filter((shard) => matching.includes(shard));
  }
  return shards.length === index.shards.length ? undefined : shards;
}

/**
 * The counts beside the filter choices for the query alone, over the given shards only. Pagefind
 * counts over every result before filters, shards included, so these are added up shard by shard.
 */
async function countsOver(
  index: SearchIndex,
  term: string,
  shards: readonly string[],
): Promise<PagefindResponse['totalFilters']> {
  const counts: PagefindResponse['totalFilters'] = {};
  for (const shard of shards) {
    const response = await index.pagefind.search(term, { filters: { [SHARD_FILTER]: shard } });
    for (const [name, values] of Object.entries(response?.filters ?? {})) {
      counts[name] ??= {};
      for (const [value, count] of Object.entries(values)) counts[name][value] = (counts[name][value] ?? 0) + count;
    }
  }
  return counts;
}

/** The results that hold the query's words with exactly the accents typed. */
async function exactAccentIds(index: SearchIndex, term: string, options: SearchOptions): Promise<Set<string>> {
  const exactIds = new Set<string>();
  const exact = await index.exact();
  // "văn hóa" typed, "văn hoá" written: both spellings are exact (see tone-placement.ts).
  const spellings = [...new Set([term, withOtherTonePlacement(term)])];
  for (const spelling of spellings) {
    for (const result of (await exact.search(spelling, options))?.results ?? []) exactIds.add(result.id);
  }
  return exactIds;
}

/**
 * Results sorted by date across shards. Pagefind sorts each index by its own positions in the sort
 * order and then merges the indexes by those positions as if they were scores, which interleaves
 * shards of different sizes wrongly. Each shard holds a span of sort values (years, or the two halves of
 * the newest: shards.ts), so the shards' own sorted
 * lists, one after the other, are the order: newest shard first for "newest", last for "oldest".
 */
async function inDateOrder(
  index: SearchIndex,
  term: string | null,
  options: SearchOptions,
  response: PagefindResponse,
): Promise<PagefindResult[]> {
  const counts = response.filters[SHARD_FILTER] ?? {};
  const shards = index.shards.filter((shard) => (counts[shard] ?? 0) > 0);
  if (shards.length < 2) return response.results;
  if (options.sort[SEARCH_SORT_KEY] === 'asc') shards.reverse();
  const lists = await Promise.all(
    shards.map((shard) =>
      index.pagefind.search(term, { ...options, filters: { ...options.filters, [SHARD_FILTER]: shard } }),
    ),
  );
  return lists.flatMap((list) => list?.results ?? []);
}

/** Counts per filter value as readers see them: without the shard each result came from. */
function readerFilters(counts: PagefindResponse['totalFilters']): PagefindResponse['totalFilters'] {
  return Object.fromEntries(Object.entries(counts).filter(([name]) => name !== SHARD_FILTER));
}

interface WordPairs {
  /** Per result, how many of the query's neighbouring word pairs it holds together, in order. */
  counts: Map<string, number>;
  /**
   * For a query of two words, the phrase search's own result for each page that holds them: its
   * excerpt shows the word where it stands ("đơn vị"), where Pagefind's would show the syllables
   * wherever they are densest ("viên … vị").
   */
  phraseResults: Map<string, PagefindResult>;
}

async function wordPairs(pagefind: PagefindApi, term: string, options: SearchOptions): Promise<WordPairs> {
  const counts = new Map<string, number>();
  const phraseResults = new Map<string, PagefindResult>();
  const pairs = wordPairPhrases(term);
  const twoWords = pairs.length === 1 && term.trim().split(/\s+/).length === 2;
  // All at once: the index chunks the phrases need (those of the đ-words, say) are fetched together.
  const responses = await Promise.all(
    pairs.map((phrases) => Promise.all(phrases.map((phrase) => pagefind.search(phrase, options)))),
  );
  for (const pairResponses of responses) {
    const holding = new Set<string>();
    for (const response of pairResponses) {
      for (const result of response?.results ?? []) {
        holding.add(result.id);
        // A match in the unaccented metadata has no place in the text to show; one in the text has.
        if (twoWords && !phraseResults.get(result.id)?.words.length) phraseResults.set(result.id, result);
      }
    }
    for (const id of holding) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return { counts, phraseResults };
}

/**
 * After every word starting with it. Pagefind fetches, for a word of the query, only the index chunk
 * whose range of words holds it, so the longer words that start it ("thu": "thực", "thưởng"…) and
 * lie in the next chunk are not matched until some other search fetched that chunk. Where chunks
 * end depends on the index, and differs between shards and one index ("thu" found 950 of 1,051
 * pages in the shards, all of them in one index): fetching the chunk where the word's longer forms
 * end as well makes both complete (unless they span three chunks or more).
 */
const AFTER_LONGER_WORDS = '\uffff';

/** Fetches, in every shard, the index chunks that hold the longer words starting each word of `term`. */
async function loadLongerWords(index: SearchIndex, term: string): Promise<void> {
  if (WHOLE_PHRASE.test(term)) return;
  const words = term.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  await index.pagefind.preload(words.map((word) => `${word}${AFTER_LONGER_WORDS}`).join(' '));
}

async function searchOnce(index: SearchIndex, state: SearchState, term: string | null): Promise<SearchOutcome> {
  if (term) await loadLongerWords(index, term);
  const shards = term ? await shardsWithEveryWord(index, term) : undefined;
  if (shards?.length === 0) return { results: [], filterCounts: {}, phraseRelaxed: false };
  const options: SearchOptions = pagefindOptions(state);
  if (shards) options.filters = { ...options.filters, [SHARD_FILTER]: { any: shards } };
  const response = await index.pagefind.search(term, options);
  if (!response) return { results: [], filterCounts: {}, phraseRelaxed: false };
  const filterCounts = readerFilters(shards && term ? await countsOver(index, term, shards) : response.totalFilters);
  let results = response.results;
  if (state.sort !== 'relevance') results = await inDateOrder(index, term, options, response);
  if (term && state.sort === 'relevance' && results.length > 1) {
    const exactIds = hasMarks(term) ? await exactAccentIds(index, term, options) : undefined;
    const pairs = await wordPairs(index.pagefind, term, options);
    const exact = (result: PagefindResult) => (exactIds?.has(result.id) ? 1 : 0);
    const together = (result: PagefindResult) => pairs.counts.get(result.id) ?? 0;
    // Array.prototype.sort is stable: Pagefind's order stays between results that compare equal.
    results = [...results].sort((a, b) => exact(b) - exact(a) || together(b) - together(a));
    results = results.map((result) => pairs.phraseResults.get(result.id) ?? result);
  }
  return { results, filterCounts, phraseRelaxed: false };
}

/**
 * Runs a search. An empty query with filters lists everything the filters match; an empty query
 * without filters returns nothing.
 */
export function runSearch(index: SearchIndex, state: SearchState): Promise<SearchOutcome> {
  const run = async (): Promise<SearchOutcome> => {
    const query = state.query.normalize('NFC').replace(CURLY_QUOTES, '"').trim();
    const term = query === '' ? null : query;
    if (term === null && !Object.values(state.filters).some(Boolean))
      return { results: [], filterCounts: {}, phraseRelaxed: false };
    if (!filtersLoaded.has(index.pagefind)) {
      await index.pagefind.filters();
      filtersLoaded.add(index.pagefind);
    }
    const outcome = await searchOnce(index, state, term);
    if (term && outcome.results.length === 0 && HAS_QUOTE.test(term)) {
      const relaxed = await searchOnce(index, state, term.replace(/"/g, ' ').trim());
      return { ...relaxed, phraseRelaxed: relaxed.results.length > 0 };
    }
    return outcome;
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
