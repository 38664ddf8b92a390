/**
 * The search index is part of the build: unpublished entries never reach it, and a Pagefind failure
 * is a build failure with a message, not a silent success.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/pagefind';
import { TEST_ROOT } from '../helpers/build';
import { fingerprint } from '../helpers/files';
import { openSiteSearch, type SiteSearch } from '../helpers/pagefind';
import { servedOrigin } from '../helpers/served-site';

describe('entries that are not public', () => {
  let search: SiteSearch;

  // The content (test/helpers/unpublished-content.ts) has a draft phase "Zebrađỏ", one embargoed
  // until 2099 "Kỳlânvàng", and one public since 2024 "Hạcxámđen"; built once for the run.
  beforeAll(async () => {
    search = await openSiteSearch(inject('unpublishedSite'), servedOrigin('unpublished'));
  });

  afterAll(async () => {
    await search?.stop();
  });

  // Pagefind's phrase search: an unknown word matches nothing (a plain search would fall back to a
  // known word sharing its beginning).
  const pagesWith = async (word: string) => {
    const response = await search.pagefind.search(`"${word}"`);
    return Promise.all(
      (response?.results ?? []).map(async (result) => new URL((await result.data()).url, 'http://site').pathname),
    );
  };

  it('are never in the index, with or without accents', async () => {
    for (const word of ['Zebrađỏ', 'zebrado', 'Kỳlânvàng', 'kylanvang'])
      expect(await pagesWith(word), word).toEqual([]);
  });

  it('are found once published (the check can fail)', async () => {
    expect(await pagesWith('Hạcxámđen')).toEqual(['/dot-thi-dua/da-cong-bo/']);
    expect(await pagesWith('hacxamden')).toEqual(['/dot-thi-dua/da-cong-bo/']);
  });
});

/** A site of one page per year (2022, 2023, 2024): three shards (shards.ts), so two Pagefind backends. */
function siteOfThreeYears(name: string): string {
  const site = path.join(TEST_ROOT, name);
  rmSync(site, { recursive: true, force: true });
  for (const year of ['2022', '2023', '2024']) {
    mkdirSync(path.join(site, 'nam', year), { recursive: true });
    writeFileSync(
      path.join(site, 'nam', year, 'index.html'),
      `<html lang="vi"><body><main data-pagefind-body><h1>Đợt thi đua năm ${year}</h1>` +
        `<span data-pagefind-sort="date[data-value]" data-value="${year}-03-01"></span></main></body></html>`,
    );
  }
  return site;
}

describe('shards indexed by two Pagefind backends at once', () => {
  it('make the same bundle, file for file, as one backend indexing them in turn', async () => {
    const site = siteOfThreeYears('three-years');
    const inTurn = await writeSearchIndex(site, { bundleDir: path.join(site, 'one'), backends: 1 });
    const atOnce = await writeSearchIndex(site, { bundleDir: path.join(site, 'two') });
    expect(inTurn.shards.map((shard) => shard.name)).toEqual(['2024', '2023', 'den-2022']);
    expect(atOnce.shards).toEqual(inTurn.shards);
    expect(fingerprint(path.join(site, 'two'))).toEqual(fingerprint(path.join(site, 'one')));
  });

  it("fail the build with the message when the worker's backend fails too", async () => {
    const site = siteOfThreeYears('three-years-failing');
    await expect(
      writeSearchIndex(site, { bundleDir: '/proc/khong-ghi-duoc/pagefind', stepTimeLimitMs: 3000 }),
    ).rejects.toThrow(/Không tạo được chỉ mục tìm kiếm/);
  });
});

describe('a Pagefind failure', () => {
  it('stops the indexing with a Vietnamese message instead of hanging or passing silently', async () => {
    const site = path.join(TEST_ROOT, 'tiny-site');
    rmSync(site, { recursive: true, force: true });
    mkdirSync(site, { recursive: true });
    writeFileSync(
      path.join(site, 'index.html'),
      '<html lang="vi"><body><main data-pagefind-body><h1>Đợt thi đua</h1></main></body></html>',
    );
    // Pagefind's backend panics when it cannot create the output folder, and never answers.
    await expect(
      writeSearchIndex(site, { bundleDir: '/proc/khong-ghi-duoc/pagefind', stepTimeLimitMs: 3000 }),
    ).rejects.toThrow(/Không tạo được chỉ mục tìm kiếm/);
    // The same site indexes fine where it can be written.
    await expect(writeSearchIndex(site)).resolves.toMatchObject({ pages: 1, unaccentedWords: 2 });
  });
});
