/** Fields every collection shares: whether and from when an entry is public. */
import { flag, isoDate } from './fields';

export const publicationFields = {
  /** `true` keeps the entry off the public site; `npm run dev` still shows it, marked as a draft. */
  draft: flag('draft (bản nháp)', false),
  /** Embargo: the entry is not published before this day (Viet Nam time). */
  publishDate: isoDate('publishDate (ngày được công bố)').optional(),
  /** Set by the loader for entries of the fictional demo set (`demo/`); they never reach a production build. */
  illustrative: flag('illustrative (hồ sơ minh họa)', false),
};
