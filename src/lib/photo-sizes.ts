/**
 * The sizes profile photos are published in. A card shows a photo at most 20rem wide and a profile
 * page at most 22rem (full width on a phone): 360 and 720 pixels serve both at one and two device
 * pixels per CSS pixel. The card and the page ask for the same two files, so each photo is resized and
 * encoded (WebP) twice, once per build, then cached: with thousands of photos, every extra size costs
 * the first build seconds.
 */
export const PHOTO_WIDTHS = [360, 720];

/** The width of the `src` fallback: the larger file, shared with the srcset (no third file). */
export const PHOTO_DEFAULT_WIDTH = 720;
