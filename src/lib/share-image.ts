/**
 * The picture a shared link shows (Open Graph, 1200×630): what the page is, its title, the agency, and
 * the profile's photo when there is one. Drawn at build time: satori lays the card out with the site's
 * own typeface (Be Vietnam Pro, whose Vietnamese subset carries every tone mark) and turns the text
 * into outlines, then sharp rasterises that SVG to PNG.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { buildCacheDir } from './build-cache';
import { projectRoot } from './content-sources';

export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;
const PHOTO_WIDTH = 440;

export interface ShareCard {
  /** What the page is, in capitals above the title: "KẾ HOẠCH", "ĐIỂN HÌNH TIÊN TIẾN". */
  kicker: string;
  title: string;
  /** A line under the title: a profile's unit. */
  subtitle?: string | undefined;
  /** Marks a fictional profile ("Hồ sơ minh họa"). */
  label?: string | undefined;
  agency: string;
  parentAgency?: string | undefined;
  siteName: string;
  /** The site's host name, shown at the foot. */
  host: string;
  /** A photo file (JPEG, PNG, WebP) shown on the right. */
  photoFile?: string | undefined;
}

const COLORS = { brand: '#8a1c17', ink: '#1c1f23', muted: '#4a5361', paper: '#f7f5f0', line: '#d9d4c7' };

type Font = Parameters<typeof satori>[1]['fonts'][number];
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const FONT_FAMILY = SUBSETS.map((subset) => `'Be Vietnam Pro ${subset}'`).join(', ');
let fonts: Promise<Font[]> | undefined;

/**
 * Be Vietnam Pro, regular and bold, in the subsets Vietnamese needs (woff: satori reads no woff2).
 * Each subset is its own family, listed in FONT_FAMILY, because satori falls back from family to
 * family for a missing glyph but not between files of one family.
 */
function loadFonts(): Promise<Font[]> {
  const files = path.join(
    path.dirname(createRequire(path.join(projectRoot(), 'package.json')).resolve('@fontsource/be-vietnam-pro/LICENSE')),
    'files',
  );
  fonts ??= Promise.all(
    SUBSETS.flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        name: `Be Vietnam Pro ${subset}`,
        weight,
        style: 'normal' as const,
        data: await readFile(path.join(files, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const el = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  props: Record<string, unknown> = {},
): Node => ({
  type,
  props: { ...props, style: { display: 'flex', ...style }, children },
});

async function photoDataUrl(file: string, height: number): Promise<string> {
  const jpeg = await sharp(file)
    .rotate()
    .resize(PHOTO_WIDTH, height, { fit: 'cover' })
    .jpeg({ quality: 82 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

/** The card as a PNG of SHARE_IMAGE's size. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const { width, height } = SHARE_IMAGE;
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  const titleSize = card.title.length > 110 ? 44 : card.title.length > 70 ? 52 : 60;
  const text = el(
    'div',
    {
      flexDirection: 'column',
      justifyContent: 'space-between',
      flex: 1,
      padding: '52px 60px 44px',
      borderTop: `14px solid ${COLORS.brand}`,
    },
    [
      el('div', { flexDirection: 'column' }, [
        ...(card.parentAgency ? [el('div', { fontSize: 24, color: COLORS.muted }, upper(card.parentAgency))] : []),
        el('div', { fontSize: 28, fontWeight: 700, color: COLORS.brand }, upper(card.agency)),
      ]),
      el('div', { flexDirection: 'column' }, [
        el(
          'div',
          { fontSize: 26, fontWeight: 700, color: COLORS.brand, letterSpacing: 2, marginBottom: 12 },
          card.kicker,
        ),
        el('div', { fontSize: titleSize, fontWeight: 700, color: COLORS.ink, lineHeight: 1.25 }, card.title),
        ...(card.subtitle ? [el('div', { fontSize: 28, color: COLORS.muted, marginTop: 12 }, card.subtitle)] : []),
        ...(card.label
          ? [
              el('div', { marginTop: 18 }, [
                el(
                  'div',
                  {
                    fontSize: 24,
                    fontWeight: 700,
                    color: COLORS.brand,
                    border: `3px solid ${COLORS.brand}`,
                    borderRadius: 8,
                    padding: '4px 14px',
                  },
                  card.label,
                ),
              ]),
            ]
          : []),
      ]),
      el(
        'div',
        { fontSize: 24, color: COLORS.muted, borderTop: `2px solid ${COLORS.line}`, paddingTop: 16 },
        `${card.siteName} · ${card.host}`,
      ),
    ],
  );
  const photo = card.photoFile
    ? [
        el('img', { width: PHOTO_WIDTH, height, objectFit: 'cover' }, undefined, {
          src: await photoDataUrl(card.photoFile, height),
          width: PHOTO_WIDTH,
          height,
        }),
      ]
    : [];
  const svg = await satori(
    el('div', { width, height, background: COLORS.paper, fontFamily: FONT_FAMILY }, [text, ...photo]),
    {
      width,
      height,
      fonts: await loadFonts(),
    },
  );
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

/** Changed whenever the drawing above changes, so that cached images are drawn again. */
const DRAWING_VERSION = '1';

/**
 * The card's image, drawn once and then reused by later builds: kept in the build cache under a hash
 * of everything drawn on it (the card's text, the photo's bytes, the drawing's version), so an
 * unchanged card costs a file read and a changed one can never be served stale.
 */
export async function cachedShareImage(card: ShareCard): Promise<Buffer> {
  const hash = createHash('sha256').update(DRAWING_VERSION).update('\0').update(JSON.stringify(card));
  if (card.photoFile) hash.update(await readFile(card.photoFile));
  const file = path.join(buildCacheDir(), 'share-images', `${hash.digest('hex')}.png`);
  try {
    return await readFile(file);
  } catch {
    const image = await renderShareImage(card);
    await mkdir(path.dirname(file), { recursive: true });
    // Written beside, then renamed: a build stopped halfway never leaves a truncated image to reuse.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, image);
    await rename(partial, file);
    return image;
  }
}
