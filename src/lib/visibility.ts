/** Whether an entry is public: the single rule used by pages, feeds, sitemap and search. */
import type { IsoDate } from './dates';

export interface PublicationState {
  draft: boolean;
  publishDate?: IsoDate | undefined;
  illustrative: boolean;
}

export interface VisibilityRules {
  /** The day of the build, in Viet Nam. */
  today: IsoDate;
  /** `npm run dev` shows drafts and embargoed entries, marked, so editors can check them. */
  showUnpublished: boolean;
  /** Only demo builds and tests include the fictional profiles. */
  includeIllustrative: boolean;
}

/**
 * Why an entry is not (yet) public, or undefined when it is. `today` may be a function, asked only when
 * the answer depends on the day (an entry with a publishing day, not a draft): asking for the build
 * day makes a page one that the next day's build renders again (src/lib/clock.ts).
 */
export function unpublishedReason(
  state: PublicationState,
  today: IsoDate | (() => IsoDate),
): 'draft' | 'embargo' | undefined {
  if (state.draft) return 'draft';
  if (state.publishDate && state.publishDate > (typeof today === 'function' ? today() : today)) return 'embargo';
  return undefined;
}

export function isVisible(state: PublicationState, rules: VisibilityRules): boolean {
  if (state.illustrative && !rules.includeIllustrative) return false;
  return rules.showUnpublished || unpublishedReason(state, rules.today) === undefined;
}
