/**
 * The share image draws Vietnamese: every letter shape below must leave a mark. A face without the
 * Vietnamese subset would draw nothing for "ự", and the picture would equal the one with no title.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderShareImage, type ShareCard } from '../../src/lib/share-image';

const card: ShareCard = { kicker: 'KẾ HOẠCH', title: '', agency: 'Trung tâm', siteName: 'Thi đua', host: 'example.vn' };

async function pixels(title: string): Promise<Buffer> {
  return sharp(await renderShareImage({ ...card, title }))
    .raw()
    .toBuffer();
}

describe('share image', () => {
  it('is a 1200×630 PNG', async () => {
    const metadata = await sharp(await renderShareImage({ ...card, title: 'Thi đua' })).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 630]);
  });

  it('draws every kind of Vietnamese letter', async () => {
    const blank = await pixels(' ');
    const missing: string[] = [];
    for (const letter of ['a', 'Đ', 'đ', 'ệ', 'ữ', 'ẫ', 'ổ', 'ự', 'ằ', 'Ỷ', '–']) {
      if ((await pixels(letter)).equals(blank)) missing.push(letter);
    }
    expect(missing).toEqual([]);
  });
});
