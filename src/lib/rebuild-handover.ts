/**
 * What the rebuild without `astro build` (scripts/lib/content-only-rebuild.ts) hands the bundle its
 * pages are rendered with. The bundle has its own copies of this project's modules, so only a global
 * reaches it: this module is the one place that names it and says what it holds.
 */
import type { IsoDate } from './dates';

export interface RebuildHandover {
  /** The content store the rebuild synced, as Astro's Map of collections (data-store-at-runtime.ts). */
  contentStore?: Map<string, unknown>;
  /** The day of each file's last commit, read while the rebuild started (last-updated.ts). */
  gitDates?: Map<string, IsoDate>;
}

const HANDOVER_GLOBAL = '__tdktRebuildHandover';

/** The handover as JavaScript, for code generated into the bundle (the store's module). */
export const HANDOVER_EXPRESSION = `globalThis[${JSON.stringify(HANDOVER_GLOBAL)}]`;

/** Hands `values` to the bundle imported after this call. */
export function handOver(values: RebuildHandover): void {
  (globalThis as Record<string, unknown>)[HANDOVER_GLOBAL] = values;
}

/** What a rebuild handed over; empty in astro build and astro dev. */
export function handedOver(): RebuildHandover {
  return ((globalThis as Record<string, unknown>)[HANDOVER_GLOBAL] as RebuildHandover | undefined) ?? {};
}
