/**
 * The contract between the pages that are indexed, the Pagefind integration that indexes them, the
 * search page that queries the index, and the tests: filter names, metadata fields and ranking.
 */

/** The attribute of the element whose content Pagefind indexes (BaseLayout's `searchRecord` pages). */
export const SEARCH_BODY_ATTRIBUTE = 'data-pagefind-body';

/** Where the integration writes the Pagefind bundle, relative to the site root. */
export const PAGEFIND_BUNDLE_PATH = '/pagefind/';

/** Filter names as they appear in the index and in the search page's address (/tim-kiem/?loai=…). */
export const SEARCH_FILTERS = {
  kind: 'loai',
  year: 'nam',
  unit: 'don-vi',
  award: 'danh-hieu',
} as const;

export type SearchFilterName = (typeof SEARCH_FILTERS)[keyof typeof SEARCH_FILTERS];

/** Metadata returned with every result, for the result list. */
export const SEARCH_META = {
  title: 'title',
  /** "Kế hoạch", "Đợt thi đua"…: what kind of entry the page is. */
  kind: 'kind',
  /** The entry's date as a reader reads it: "01/01/2024 – 30/06/2024", "Năm 2024". */
  date: 'date',
  /** The page's words that contain đ/Đ, without any marks ("dot dua dien"), for readers who type without accents. */
  unaccented: 'dd',
  /** The whole title without marks, when it contains đ/Đ, so an unaccented title query ranks like an accented one. */
  unaccentedTitle: 'dd_title',
} as const;

/** The one sort key: an ISO date, so that string order is date order. */
export const SEARCH_SORT_KEY = 'date';

/**
 * Follows the sort value of half of the profiles (known only by their year, so dated 1 January): they
 * sort just after the other pages of that day and before the next, since "~" comes after every digit.
 * A large year's index can then be written in two shards that each hold a span of sort values
 * (shards.ts). Which half is stable: a profile's place never depends on the others.
 */
export const SORTS_AFTER_DAY = '~';

/**
 * Ranking options passed to `pagefind.options()` by the search page and by the regression tests, so
 * the tests rank exactly as visitors see. Pagefind's own weights apply to everything not named here.
 */
export const SEARCH_RANKING = {
  metaWeights: {
    [SEARCH_META.title]: 5,
    // An unaccented title match stands in for the accented title match the reader meant.
    [SEARCH_META.unaccentedTitle]: 5,
    [SEARCH_META.unaccented]: 2,
    // Display-only fields must not lift a page above one whose text matches.
    [SEARCH_META.kind]: 0.5,
    [SEARCH_META.date]: 0.5,
  },
} as const;
