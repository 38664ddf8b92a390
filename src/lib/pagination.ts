/** Splits a list into numbered pages, and chooses which page numbers a page links to. */
export const EXEMPLARS_PER_PAGE = 24;

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  total: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** A gap in a list of page numbers, shown as "…". */
export const PAGE_GAP = 'gap';

/**
 * The page numbers to link from page `current` of `total`: the first and the last, the current one and
 * `around` pages on each side, with a gap ("…") where numbers are left out. The list stays short
 * whatever the number of pages (at most 2 × around + 5 items): 1 … 48 49 50 51 52 … 417. A gap never
 * hides a single page: that page is shown instead.
 */
export function pageNumbersToShow(current: number, total: number, around = 2): (number | typeof PAGE_GAP)[] {
  if (total <= 1) return [1];
  const wanted = new Set<number>([1, total]);
  for (let number = current - around; number <= current + around; number++) {
    if (number >= 1 && number <= total) wanted.add(number);
  }
  const sorted = [...wanted].sort((a, b) => a - b);
  const shown: (number | typeof PAGE_GAP)[] = [];
  let previous = 0;
  for (const number of sorted) {
    if (number - previous === 2) shown.push(number - 1);
    else if (number - previous > 2) shown.push(PAGE_GAP);
    shown.push(number);
    previous = number;
  }
  return shown;
}
