/** Splits a list into numbered pages. */
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
