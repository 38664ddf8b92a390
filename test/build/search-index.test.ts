/**
 * The search index is part of the build: unpublished entries never reach it, and a Pagefind failure
 * is a build failure with a message, not a silent success.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/pagefind';
import { TEST_ROOT, buildSite } from '../helpers/build';
import { openSiteSearch, type SiteSearch } from '../helpers/pagefind';

describe('entries that are not public', () => {
  let search: SiteSearch;

  beforeAll(async () => {
    const contentDir = path.join(TEST_ROOT, 'unpublished', 'content');
    rmSync(contentDir, { recursive: true, force: true });
    cpSync(path.resolve('content'), contentDir, { recursive: true });
    const phase = (title: string, extra: string) =>
      `title: ${title}\nplan: thuc-hien-cac-phong-trao-thi-dua-nam-2024\nstartDate: 2024-03-01\nendDate: 2024-03-31\n${extra}`;
    writeFileSync(path.join(contentDir, 'phases/ban-nhap.yaml'), phase('Đợt thi đua Zebrađỏ', 'draft: true\n'));
    writeFileSync(path.join(contentDir, 'phases/chua-cong-bo.yaml'), phase('Đợt thi đua Kỳlânvàng', 'publishDate: 2099-01-01\n'));
    writeFileSync(path.join(contentDir, 'phases/da-cong-bo.yaml'), phase('Đợt thi đua Hạcxámđen', 'publishDate: 2024-01-01\n'));
    const result = await buildSite('unpublished', { env: { TDKT_CONTENT_DIR: contentDir } });
    expect(result.ok, result.output).toBe(true);
    search = await openSiteSearch(result.outDir);
  });

  afterAll(async () => {
    await search?.stop();
  });

  // Pagefind's phrase search: an unknown word matches nothing (a plain search would fall back to a
  // known word sharing its beginning).
  const pagesWith = async (word: string) => {
    const response = await search.pagefind.search(`"${word}"`);
    return Promise.all((response?.results ?? []).map(async (result) => new URL((await result.data()).url, 'http://site').pathname));
  };

  it('are never in the index, with or without accents', async () => {
    for (const word of ['Zebrađỏ', 'zebrado', 'Kỳlânvàng', 'kylanvang']) expect(await pagesWith(word), word).toEqual([]);
  });

  it('are found once published (the check can fail)', async () => {
    expect(await pagesWith('Hạcxámđen')).toEqual(['/dot-thi-dua/da-cong-bo/']);
    expect(await pagesWith('hacxamden')).toEqual(['/dot-thi-dua/da-cong-bo/']);
  });
});

describe('a Pagefind failure', () => {
  it('stops the indexing with a Vietnamese message instead of hanging or passing silently', async () => {
    const site = path.join(TEST_ROOT, 'tiny-site');
    rmSync(site, { recursive: true, force: true });
    mkdirSync(site, { recursive: true });
    writeFileSync(path.join(site, 'index.html'), '<html lang="vi"><body><main data-pagefind-body><h1>Đợt thi đua</h1></main></body></html>');
    // Pagefind's backend panics when it cannot create the output folder, and never answers.
    await expect(writeSearchIndex(site, { bundleDir: '/proc/khong-ghi-duoc/pagefind', stepTimeLimitMs: 3000 })).rejects.toThrow(
      /Không tạo được chỉ mục tìm kiếm/,
    );
    // The same site indexes fine where it can be written.
    await expect(writeSearchIndex(site)).resolves.toMatchObject({ pages: 1, unaccentedWords: 2 });
  });
});
