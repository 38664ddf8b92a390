/**
 * The search page's script, the only script of the site. It loads Pagefind when there is something
 * to search, runs the search on every change of the form, and keeps the search in the address
 * (/tim-kiem/?q=…) so it can be shared and the back button returns to the previous search.
 */
import { PAGEFIND_BUNDLE_PATH, SEARCH_META } from '../lib/search/config';
import { excerptText, highlightParts } from '../lib/search/highlight';
import { openSearchIndex, type PagefindModule } from '../lib/search/open-index';
import { runSearch, type PagefindResult, type SearchIndex, type SearchOutcome } from '../lib/search/run-search';
import {
  EMPTY_SEARCH,
  hasFilters,
  readSearchState,
  searchStateParams,
  SORT_ORDERS,
  SORT_PARAM,
  type SearchState,
} from '../lib/search/search-state';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
const LOADING_NOTICE_MS = 400;
const WIDE_SCREEN = '(min-width: 48rem)';

type Messages = Record<
  | 'loading'
  | 'prompt'
  | 'count'
  | 'countFiltered'
  | 'countFilterOnly'
  | 'shown'
  | 'noResults'
  | 'noResultsFiltered'
  | 'noResultsFilterOnly'
  | 'phraseRelaxed'
  | 'unavailable'
  | 'filtersActive'
  | 'filters',
  string
>;

function required<T extends Element>(parent: ParentNode, selector: string): T {
  const element = parent.querySelector<T>(selector);
  if (!element) throw new Error(`search page: missing ${selector}`);
  return element;
}

const page = required<HTMLElement>(document, '[data-search-page]');
const messages = JSON.parse(page.dataset.messages ?? '{}') as Messages;
const form = required<HTMLFormElement>(page, 'form');
const input = required<HTMLInputElement>(form, 'input[name="q"]');
const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
const details = required<HTMLDetailsElement>(form, 'details');
const summary = required<HTMLElement>(details, 'summary');
const status = required<HTMLElement>(page, '[data-status]');
const examples = required<HTMLElement>(page, '[data-examples]');
const list = required<HTMLOListElement>(page, '[data-results]');
const more = required<HTMLButtonElement>(page, '[data-more]');
const noResults = required<HTMLElement>(page, '[data-no-results]');
const whenFiltered = required<HTMLElement>(page, '[data-when-filtered]');
const clearButtons = [...page.querySelectorAll<HTMLButtonElement>('[data-clear-filters]')];

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

let searchIndex: Promise<SearchIndex> | undefined;

/** Pagefind and the index's shards are fetched on the first search, not when the page opens. */
function loadSearchIndex(): Promise<SearchIndex> {
  searchIndex ??= import(/* @vite-ignore */ `${PAGEFIND_BUNDLE_PATH}pagefind.js`).then((module: PagefindModule) =>
    openSearchIndex(module, PAGEFIND_BUNDLE_PATH),
  );
  return searchIndex;
}

/** The search the form describes, normalised the way the address stores it. */
function formState(): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.set(name, value);
  return readSearchState(params);
}

/** Shows a search in the form; the field being typed in is left alone. */
function showState(state: SearchState, options: { query: boolean }): void {
  if (options.query) input.value = state.query;
  for (const select of selects) {
    const value =
      select.name === SORT_PARAM
        ? SORT_ORDERS[state.sort]
        : (state.filters[select.name as keyof SearchState['filters']] ?? '');
    select.value = [...select.options].some((option) => option.value === value) ? value : '';
  }
  const filtered = hasFilters(state);
  if (filtered || state.sort !== 'relevance') details.open = true;
  summary.textContent = filtered ? messages.filtersActive : messages.filters;
  for (const button of clearButtons) button.hidden = !filtered;
}

function addressOf(state: SearchState): string {
  const query = searchStateParams(state).toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** Counts next to each filter choice: for the query's results, or for all entries. */
function showCounts(counts: Record<string, Record<string, number>> | undefined): void {
  for (const select of selects) {
    for (const option of select.options) {
      if (option.dataset.count === undefined) continue;
      const count = counts ? (counts[select.name]?.[option.value] ?? 0) : Number(option.dataset.count);
      option.textContent = `${option.value} (${count})`;
    }
  }
}

function appendText(parent: HTMLElement, text: string, query: string): void {
  for (const part of highlightParts(text, query)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else {
      parent.append(part.text);
    }
  }
}

async function resultItem(result: PagefindResult, query: string): Promise<HTMLLIElement> {
  const data = await result.data();
  const item = document.createElement('li');
  item.className = 'result';
  const heading = document.createElement('h2');
  heading.className = 'result-title';
  const link = document.createElement('a');
  link.href = data.url;
  appendText(link, data.meta[SEARCH_META.title] ?? data.url, query);
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  const kind = document.createElement('span');
  kind.className = 'result-kind';
  kind.textContent = data.meta[SEARCH_META.kind] ?? '';
  meta.append(kind);
  const date = data.meta[SEARCH_META.date];
  if (date) meta.append(` · ${date}`);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  appendText(excerpt, excerptText(data.excerpt), query);
  item.append(heading, meta, excerpt);
  return item;
}

let shown: { outcome: SearchOutcome; state: SearchState; count: number } | undefined;

function statusText(state: SearchState, outcome: SearchOutcome, visible: number): string {
  const total = outcome.results.length;
  const query = state.query;
  const filtered = hasFilters(state);
  const parts = [
    fill(query ? (filtered ? messages.countFiltered : messages.count) : messages.countFilterOnly, {
      count: total,
      query,
    }),
  ];
  if (total > visible) parts.push(fill(messages.shown, { shown: visible, count: total }));
  if (outcome.phraseRelaxed) parts.push(messages.phraseRelaxed);
  return parts.join(' ');
}

async function showMore(focusFirst: boolean): Promise<void> {
  if (!shown) return;
  const current = shown;
  const next = current.outcome.results.slice(current.count, current.count + PAGE_SIZE);
  const items = await Promise.all(next.map((result) => resultItem(result, current.state.query)));
  if (shown !== current) return;
  list.append(...items);
  current.count += items.length;
  more.hidden = current.count >= current.outcome.results.length;
  status.textContent = statusText(current.state, current.outcome, current.count);
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

let searchNumber = 0;

async function search(state: SearchState): Promise<void> {
  const number = ++searchNumber;
  const empty = state.query === '' && !hasFilters(state);
  examples.hidden = !empty;
  if (empty) {
    shown = undefined;
    list.replaceChildren();
    more.hidden = true;
    noResults.hidden = true;
    showCounts(undefined);
    status.textContent = messages.prompt;
    return;
  }
  page.setAttribute('aria-busy', 'true');
  // Said only when a search is slow (the first one fetches Pagefind), not on every keystroke.
  const slow = setTimeout(() => {
    if (number === searchNumber) status.textContent = messages.loading;
  }, LOADING_NOTICE_MS);
  let outcome: SearchOutcome;
  try {
    outcome = await runSearch(await loadSearchIndex(), state);
  } catch (error) {
    if (number !== searchNumber) return;
    console.error(error);
    page.removeAttribute('aria-busy');
    status.textContent = messages.unavailable;
    return;
  } finally {
    clearTimeout(slow);
  }
  if (number !== searchNumber) return;
  page.removeAttribute('aria-busy');
  showCounts(state.query ? outcome.filterCounts : undefined);
  list.replaceChildren();
  shown = { outcome, state, count: 0 };
  const found = outcome.results.length > 0;
  noResults.hidden = found;
  if (!found) {
    more.hidden = true;
    const filtered = hasFilters(state);
    whenFiltered.hidden = !filtered;
    status.textContent = fill(
      state.query ? (filtered ? messages.noResultsFiltered : messages.noResults) : messages.noResultsFilterOnly,
      { query: state.query },
    );
    return;
  }
  await showMore(false);
}

/** Whether the current history entry was made by typing, so further typing replaces it. */
let typingEntry = false;

function commit(state: SearchState, how: 'typing' | 'choice'): void {
  const address = addressOf(state);
  if (address !== `${location.pathname}${location.search}`) {
    const nothingToReturnTo = location.search === '';
    if ((how === 'typing' && typingEntry) || nothingToReturnTo) history.replaceState(null, '', address);
    else history.pushState(null, '', address);
  }
  typingEntry = how === 'typing';
  showState(state, { query: how !== 'typing' });
  void search(state);
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;

input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => commit(formState(), 'typing'), TYPING_DELAY_MS);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  commit(formState(), 'choice');
});

for (const select of selects) select.addEventListener('change', () => commit(formState(), 'choice'));

for (const button of clearButtons) {
  button.addEventListener('click', () => {
    const state = { ...formState(), filters: {} };
    commit(state, 'choice');
    input.focus();
  });
}

more.addEventListener('click', () => void showMore(true));

window.addEventListener('popstate', () => {
  clearTimeout(typingTimer);
  typingEntry = false;
  showState(readSearchState(new URLSearchParams(location.search)), { query: true });
  void search(formState());
});

if (matchMedia(WIDE_SCREEN).matches) details.open = true;
showState(readSearchState(new URLSearchParams(location.search)), { query: true });
// Read back from the form: choices that no longer exist (an old shared link) are dropped.
const initial = formState();
showState(initial, { query: true });
if (searchStateParams(initial).toString() !== searchStateParams(EMPTY_SEARCH).toString()) {
  // Also drops the empty parameters a plain form submission leaves in the address ("&loai=&nam=").
  history.replaceState(null, '', addressOf(initial));
  void search(initial);
}
