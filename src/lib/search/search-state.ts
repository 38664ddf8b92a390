/**
 * A search as the address holds it: /tim-kiem/?q=dot+thi+dua&loai=Đợt+thi+đua&sap-xep=moi-nhat. The
 * search page's form submits these same names, so a search can be shared, bookmarked, and replayed
 * by the back button.
 */
import { SEARCH_FILTERS, SEARCH_SORT_KEY, type SearchFilterName } from './config';

export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'sap-xep';

/** Sort orders and their values in the address; relevance is the default and is left out. */
export const SORT_ORDERS = { relevance: '', newest: 'moi-nhat', oldest: 'cu-nhat' } as const;
export type SortOrder = keyof typeof SORT_ORDERS;

const FILTER_NAMES: readonly SearchFilterName[] = Object.values(SEARCH_FILTERS);

export interface SearchState {
  query: string;
  /** One chosen value per filter; filters not chosen are absent. */
  filters: Partial<Record<SearchFilterName, string>>;
  sort: SortOrder;
}

export const EMPTY_SEARCH: SearchState = { query: '', filters: {}, sort: 'relevance' };

/** Reads a search from the address's parameters; unknown or empty values are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value.normalize('NFC');
  }
  const sortValue = params.get(SORT_PARAM) ?? '';
  const sort =
    (Object.keys(SORT_ORDERS) as SortOrder[]).find((order) => SORT_ORDERS[order] === sortValue) ?? 'relevance';
  return { query: (params.get(QUERY_PARAM) ?? '').normalize('NFC').trim(), filters, sort };
}

/** The address parameters for a search, in a stable order, leaving out what is empty or default. */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== 'relevance') params.set(SORT_PARAM, SORT_ORDERS[state.sort]);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some(Boolean);
}

/** What to pass to Pagefind's `search()`: filters as Pagefind expects them, and the sort order. */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, string>;
  sort: Record<string, 'asc' | 'desc'>;
} {
  const filters: Record<string, string> = {};
  for (const [name, value] of Object.entries(state.filters)) if (value) filters[name] = value;
  const sort: Record<string, 'asc' | 'desc'> =
    state.sort === 'relevance' ? {} : { [SEARCH_SORT_KEY]: state.sort === 'newest' ? 'desc' : 'asc' };
  return { filters, sort };
}
