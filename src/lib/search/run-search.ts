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
import { SEARCH_RANKING } from './config';
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

/** The parts of Pagefind's browser API (pagefind.js, or an instance from createInstance) used here. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * Options for `pagefind.options()`, shared by the search page and the tests. The index is small, so
 * searching on the page's own thread is instant and spares visitors the worker script (43 kB).
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

// Searches toggle the instance's exactDiacritics option, so they must not interleave.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Pagefind counts results per filter value only for the filters whose indexes it has loaded, and a
 * search loads only those of the filters it applies: without this, a search with no filter chosen
 * showed "(0)" beside every choice. filters() loads them all (1–2 KB here), once per instance.
 */
const filtersLoaded = new WeakSet<PagefindApi>();

type SearchOptions = ReturnType<typeof pagefindOptions>;

/** The results that hold the query's words with exactly the accents typed. */
async function exactAccentIds(pagefind: PagefindApi, term: string, options: SearchOptions): Promise<Set<string>> {
  const exactIds = new Set<string>();
  await pagefind.options({ exactDiacritics: true });
  try {
    // "văn hóa" typed, "văn hoá" written: both spellings are exact (see tone-placement.ts).
    const spellings = [...new Set([term, withOtherTonePlacement(term)])];
    for (const spelling of spellings) {
      for (const result of (await pagefind.search(spelling, options))?.results ?? []) exactIds.add(result.id);
    }
  } finally {
    await pagefind.options({ exactDiacritics: false });
  }
  return exactIds;
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

async function searchOnce(pagefind: PagefindApi, state: SearchState, term: string | null): Promise<SearchOutcome> {
  const options = pagefindOptions(state);
  const response = await pagefind.search(term, options);
  if (!response) return { results: [], filterCounts: {}, phraseRelaxed: false };
  let results = response.results;
  if (term && state.sort === 'relevance' && results.length > 1) {
    const exactIds = hasMarks(term) ? await exactAccentIds(pagefind, term, options) : undefined;
    const pairs = await wordPairs(pagefind, term, options);
    const exact = (result: PagefindResult) => (exactIds?.has(result.id) ? 1 : 0);
    const together = (result: PagefindResult) => pairs.counts.get(result.id) ?? 0;
    // Array.prototype.sort is stable: Pagefind's order stays between results that compare equal.
    results = [...results].sort((a, b) => exact(b) - exact(a) || together(b) - together(a));
    results = results.map((result) => pairs.phraseResults.get(result.id) ?? result);
  }
  return { results, filterCounts: response.totalFilters, phraseRelaxed: false };
}

/**
 * Runs a search. An empty query with filters lists everything the filters match; an empty query
 * without filters returns nothing.
 */
export function runSearch(pagefind: PagefindApi, state: SearchState): Promise<SearchOutcome> {
  const run = async (): Promise<SearchOutcome> => {
    const query = state.query.normalize('NFC').replace(CURLY_QUOTES, '"').trim();
    const term = query === '' ? null : query;
    if (term === null && !Object.values(state.filters).some(Boolean))
      return { results: [], filterCounts: {}, phraseRelaxed: false };
    if (!filtersLoaded.has(pagefind)) {
      await pagefind.filters();
      filtersLoaded.add(pagefind);
    }
    const outcome = await searchOnce(pagefind, state, term);
    if (term && outcome.results.length === 0 && HAS_QUOTE.test(term)) {
      const relaxed = await searchOnce(pagefind, state, term.replace(/"/g, ' ').trim());
      return { ...relaxed, phraseRelaxed: relaxed.results.length > 0 };
    }
    return outcome;
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
