/** The search helpers: đ-folding for the index, the page copy Pagefind indexes, address state, highlighting. */
import { describe, expect, it } from 'vitest';
import { SEARCH_META } from '../../src/lib/search/config';
import { excerptText, highlightParts } from '../../src/lib/search/highlight';
import { preparePageForIndex, withoutIgnoredParts } from '../../src/lib/search/prepare-page';
import { phaseSearchRecord, searchFilterOptions, type SearchRecord } from '../../src/lib/search/records';
import { pagefindOptions, readSearchState, searchStateParams } from '../../src/lib/search/search-state';
import { unaccentedDWords, unaccentedTitle } from '../../src/lib/search/unaccented';
import { withOtherTonePlacement } from '../../src/lib/search/tone-placement';
import { MAX_WORD_PAIRS, wordPairPhrases } from '../../src/lib/search/word-pairs';

describe('unaccented forms of đ-words', () => {
  it('lists each word with đ/Đ once, without marks or the punctuation around it', () => {
    expect(unaccentedDWords('Đợt thi đua, (Đảng) và đợt Đua')).toEqual(['dot', 'dua', 'dang']);
  });

  it('keeps a document number whole, so Pagefind splits it as it splits the original', () => {
    expect(unaccentedDWords('Kế hoạch số 08/KH-SLĐTBXH ngày 12/01/2024')).toEqual(['08/kh-sldtbxh']);
  });

  it('leaves words without đ to Pagefind, which folds their marks itself', () => {
    expect(unaccentedDWords('Khen thưởng năm 2024')).toEqual([]);
  });

  it('gives the whole title without marks only when it has đ', () => {
    expect(unaccentedTitle('Đợt thi đua thứ nhất năm 2024')).toBe('dot thi dua thu nhat nam 2024');
    expect(unaccentedTitle('Thực hiện các phong trào thi đua năm 2024')).toBe(
      'thuc hien cac phong trao thi dua nam 2024',
    );
    expect(unaccentedTitle('Khen thưởng năm 2024')).toBeUndefined();
  });
});

describe('the word pairs of a query', () => {
  it('searches each pair of neighbouring words as a phrase, with đ for a word typed with d', () => {
    expect(wordPairPhrases('khen thưởng')).toEqual([['"khen thưởng"']]);
    expect(wordPairPhrases('Don vi')).toEqual([['"don vi"', '"đon vi"']]);
    expect(wordPairPhrases('dot thi dua')).toEqual([
      ['"dot thi"', '"đot thi"'],
      ['"thi dua"', '"thi đua"'],
    ]);
  });

  it('has no pair for one word, a quoted phrase, across punctuation or with a number like 32.200', () => {
    expect(wordPairPhrases('thưởng')).toEqual([]);
    expect(wordPairPhrases('"đơn vị"')).toEqual([]);
    expect(wordPairPhrases('đoàn kết, kỷ cương')).toEqual([['"đoàn kết"'], ['"kỷ cương"']]);
    expect(wordPairPhrases('cho 32.200 lao động')).toEqual([['"lao động"']]);
  });

  it('searches a repeated pair once, and no more than MAX_WORD_PAIRS pairs', () => {
    expect(wordPairPhrases('thi thi thi')).toEqual([['"thi thi"']]);
    expect(wordPairPhrases(Array.from({ length: 20 }, (_, index) => `w${index}`).join(' '))).toHaveLength(
      MAX_WORD_PAIRS,
    );
  });
});

const page = (main: string, extra = '') =>
  `<!doctype html><html lang="vi"><head><title>T</title></head><body><nav>Đợt thi đua</nav>${extra}<main data-pagefind-body>${main}</main><footer>Điện thoại</footer></body></html>`;

describe('the page copy Pagefind indexes', () => {
  it('skips pages that mark no content', () => {
    expect(preparePageForIndex('<html><body><main><h1>Kế hoạch</h1></main></body></html>')).toBeUndefined();
  });

  it('adds the đ-words of the content and of the metadata, not of navigation, footer or ignored parts', () => {
    const prepared = preparePageForIndex(
      page(
        '<h1>Đợt thi đua</h1><p>Điện Biên Phủ</p><ul data-pagefind-ignore><li>Đảng</li></ul>',
        '<span data-pagefind-meta="kind[data-value]" data-value="Điển hình tiên tiến"></span>',
      ),
    )!;
    expect(prepared.unaccentedWords.sort()).toEqual(['dien', 'dot', 'dua']);
    expect(prepared.html).toContain(`data-pagefind-meta="${SEARCH_META.unaccented}[data-value]" data-value="`);
    expect(prepared.html).toContain(
      `data-pagefind-meta="${SEARCH_META.unaccentedTitle}[data-value]" data-value="dot thi dua"`,
    );
  });

  it('separates a term from its description, which minified HTML writes without a space', () => {
    const prepared = preparePageForIndex(
      page('<h1>Hồ sơ</h1><dl><dt>Đơn vị</dt><dd>Phòng Tư vấn</dd><dt>Năm</dt><dd>2024</dd></dl>'),
    )!;
    expect(prepared.html).toContain('<dt>Đơn vị:</dt> <dd>Phòng Tư vấn.</dd> <dt>Năm:</dt> <dd>2024.</dd>');
  });

  it('leaves out the ignored parts that hold nothing Pagefind reads, such as the status of the day', () => {
    const html =
      '<main data-pagefind-body><h1>Đợt một</h1>' +
      '<div data-pagefind-ignore><div><p>Tình trạng tính đến ngày 04/12/2026.</p></div></div>' +
      '<p>Nội dung</p><img data-pagefind-ignore src="a.webp" alt="">' +
      '<ul data-pagefind-ignore><li data-pagefind-filter="năm">2024</li></ul>' +
      '<section data-pagefind-ignore="all"><h2 id="muc">Mục</h2></section>' +
      '<span data-words="{&quot;x&quot;: &quot; data-pagefind-ignore&quot;}">giữ</span></main>';
    expect(withoutIgnoredParts(html)).toBe(
      '<main data-pagefind-body><h1>Đợt một</h1><p>Nội dung</p>' +
        '<ul data-pagefind-ignore><li data-pagefind-filter="năm">2024</li></ul>' +
        '<section data-pagefind-ignore="all"><h2 id="muc">Mục</h2></section>' +
        '<span data-words="{&quot;x&quot;: &quot; data-pagefind-ignore&quot;}">giữ</span></main>',
    );
    const day = (date: string) =>
      preparePageForIndex(page(`<h1>Đợt một</h1><p data-pagefind-ignore>Tình trạng tính đến ngày ${date}.</p>`))!.html;
    expect(day('05/12/2026')).toBe(day('04/12/2026'));
  });

  it('can leave the unaccented forms out, to measure what they cost', () => {
    const prepared = preparePageForIndex(page('<h1>Đợt thi đua</h1>'), { unaccentedForms: false })!;
    expect(prepared.html).not.toContain(SEARCH_META.unaccented);
  });
});

describe('a search in the address', () => {
  it('round-trips through the address, leaving out what is empty or default', () => {
    const state = readSearchState(
      new URLSearchParams('q=+dot+thi+dua+&loai=%C4%90%E1%BB%A3t+thi+%C4%91ua&nam=&sap-xep=moi-nhat&x=1'),
    );
    expect(state).toEqual({ query: 'dot thi dua', filters: { loai: 'Đợt thi đua' }, sort: 'newest' });
    expect(searchStateParams(state).toString()).toBe(
      'q=dot+thi+dua&loai=%C4%90%E1%BB%A3t+thi+%C4%91ua&sap-xep=moi-nhat',
    );
    expect(readSearchState(searchStateParams(state))).toEqual(state);
  });

  it('ignores an unknown sort order', () => {
    expect(readSearchState(new URLSearchParams('q=a&sap-xep=ngau-nhien')).sort).toBe('relevance');
  });

  it('becomes Pagefind filters and sort', () => {
    expect(pagefindOptions({ query: 'a', filters: { nam: '2024' }, sort: 'oldest' })).toEqual({
      filters: { nam: '2024' },
      sort: { date: 'asc' },
    });
    expect(pagefindOptions({ query: 'a', filters: {}, sort: 'relevance' })).toEqual({ filters: {}, sort: {} });
  });
});

describe('highlighting', () => {
  it('marks the words an unaccented query matched, đ included', () => {
    const parts = highlightParts('Đợt thi đua thứ nhất', 'dot thi dua');
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['Đợt', 'thi', 'đua']);
    expect(parts.map((part) => part.text).join('')).toBe('Đợt thi đua thứ nhất');
  });

  it('marks by prefix, as Pagefind matches, but not on one letter', () => {
    expect(
      highlightParts('thiệu thi a an', 'thi a')
        .filter((part) => part.marked)
        .map((part) => part.text),
    ).toEqual(['thiệu', 'thi', 'a']);
  });

  it('reads Pagefind excerpts as plain text', () => {
    expect(excerptText('Sở Lao động &amp; <mark>Xã</mark> hội &lt;TB&gt; &#273;')).toBe('Sở Lao động & Xã hội <TB> đ');
  });
});

describe('search records and filter choices', () => {
  it('files a phase under every year it spans', () => {
    const record = phaseSearchRecord({ title: 'Đợt', startDate: '2024-11-01', endDate: '2025-02-28' } as Parameters<
      typeof phaseSearchRecord
    >[0]);
    expect(record.filters.nam).toEqual(['2024', '2025']);
    expect(record.dateText).toBe('Từ 01/11/2024 đến 28/02/2025');
  });

  it('lists every kind, years newest first, units in Vietnamese order, with counts', () => {
    const records: SearchRecord[] = [
      { kind: 'Kế hoạch', title: 'A', sortDate: '2023-01-01', filters: { loai: ['Kế hoạch'], nam: ['2023'] } },
      {
        kind: 'Điển hình tiên tiến',
        title: 'B',
        sortDate: '2024-01-01',
        filters: { loai: ['Điển hình tiên tiến'], nam: ['2024'], 'don-vi': ['Sàn Giao dịch'] },
      },
      {
        kind: 'Điển hình tiên tiến',
        title: 'C',
        sortDate: '2024-01-01',
        filters: { loai: ['Điển hình tiên tiến'], nam: ['2024'], 'don-vi': ['Phòng Đào tạo'] },
      },
    ];
    const options = searchFilterOptions(records);
    expect(options.loai).toEqual([
      { value: 'Kế hoạch', count: 1 },
      { value: 'Đợt thi đua', count: 0 },
      { value: 'Phong trào', count: 0 },
      { value: 'Điển hình tiên tiến', count: 2 },
      { value: 'Lấy ý kiến', count: 0 },
      { value: 'Quyết định khen thưởng', count: 0 },
    ]);
    expect(options.nam.map((option) => option.value)).toEqual(['2024', '2023']);
    expect(options['don-vi'].map((option) => option.value)).toEqual(['Phòng Đào tạo', 'Sàn Giao dịch']);
    expect(options['danh-hieu']).toEqual([]);
  });
});

describe('tone placement in oa, oe, uy', () => {
  it('moves the tone between the two accepted places, both ways, and leaves other syllables alone', () => {
    expect(withOtherTonePlacement('văn hóa công sở')).toBe('văn hoá công sở');
    expect(withOtherTonePlacement('văn hoá công sở')).toBe('văn hóa công sở');
    expect(withOtherTonePlacement('Hòa Bình, thủy lợi, sức khỏe')).toBe('Hoà Bình, thuỷ lợi, sức khoẻ');
    expect(withOtherTonePlacement('HÓA')).toBe('HOÁ');
    // A final consonant fixes the tone on the second vowel; "qu" is a consonant; no tone, no change.
    expect(withOtherTonePlacement('kế hoạch hoàn thành thuyền quý quà hoa')).toBe(
      'kế hoạch hoàn thành thuyền quý quà hoa',
    );
  });
});
