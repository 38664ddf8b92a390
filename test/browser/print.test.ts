/**
 * A plan printed from Chromium (the production build behind nginx) is the official document of Nghị
 * định 30/2020/NĐ-CP: A4, the header's two columns, "KẾ HOẠCH" and the title, the text, "Nơi nhận"
 * and the signer, in that order, in a Times New Roman–compatible face, body at 14 pt; none of the
 * site's navigation, search, facts, summary or footer. The PDF is read with a real PDF library.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { useServedProductionSite } from '../helpers/served-site';

const session = useServedProductionSite();

const A4 = { width: 595.28, height: 841.89 };
const MM = 72 / 25.4;

/** Opens a plan page where window.print() only records that it was called. */
async function planPage(id: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await session.browser.newContext(options);
  const page = await context.newPage();
  // A headless browser shows no print dialog; page.pdf() then prints the page as the dialog would.
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await page.goto(`${session.site.origin}/ke-hoach/${id}/`);
  return page;
}

/** Prints a plan the way a reader does: the "In văn bản" button, then the PDF of what it prints. */
async function printPlan(id: string) {
  const page = await planPage(id);
  await page.getByRole('button', { name: 'In văn bản' }).click();
  await page.waitForFunction(() => (window as unknown as { printed?: number }).printed === 1);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.context().close();
  const { totalPages, items } = await extractTextItems(new Uint8Array(pdf));
  // A word can be split into several items where the face changes; join them as they sit on the line.
  const text = items
    .flat()
    .map((item) => item.str + (item.hasEOL ? '\n' : ''))
    .join('')
    .replace(/\s+/g, ' ');
  return { pdf, totalPages, pages: items.map(segments), text, fonts: await embeddedFonts(pdf) };
}

interface Segment {
  text: string;
  x: number;
  right: number;
  y: number;
  fontSize: number;
}

/**
 * A page's text as runs on one baseline without a wide gap between them: the two columns of the
 * header are two runs, a body line is one (PDF text items break wherever the face file changes).
 */
function segments(items: Awaited<ReturnType<typeof extractTextItems>>['items'][number]): Segment[] {
  const runs: Segment[] = [];
  const sorted = items.filter((item) => item.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of sorted) {
    const last = runs[runs.length - 1];
    if (last && Math.abs(last.y - item.y) < 2 && item.x - last.right < 8) {
      last.text += item.str;
      last.right = item.x + item.width;
      last.fontSize = Math.max(last.fontSize, item.fontSize);
    } else {
      runs.push({ text: item.str, x: item.x, right: item.x + item.width, y: item.y, fontSize: item.fontSize });
    }
  }
  return runs.filter((run) => run.text.trim() !== '');
}

/** The names of the fonts embedded in the PDF ("BAAAAA+Tinos-Regular"). */
async function embeddedFonts(pdf: Buffer): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const names = new Set<string>();
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    await page.getOperatorList();
    for (const id of Object.keys((await page.getTextContent()).styles)) {
      names.add((page.commonObjs.get(id) as { name: string }).name);
    }
  }
  return [...names];
}

/** Asserts that `parts` occur in `text` in this order. */
function expectInOrder(text: string, parts: string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

const CHROME = [
  'Bỏ qua, đến nội dung chính',
  'Tìm kiếm',
  'Nhập từ khóa',
  'Trang chủ',
  'Danh mục',
  'Chức năng, tổ chức và liên hệ',
  'Mục lục',
  'Thông tin văn bản',
  'Tóm tắt nội dung',
  'Toàn văn',
  'In văn bản',
  'Thêm vào lịch',
  'Liên hệ',
  'Chịu trách nhiệm nội dung',
  'Contact in English',
  'Theo dõi tin mới',
  'Lịch thi đua (tệp .ics)',
];

describe.each([
  {
    id: 'thuc-hien-cac-phong-trao-thi-dua-nam-2024',
    parent: 'UBND TỈNH BẮC GIANG',
    issuer: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
    title: 'Thực hiện các phong trào thi đua năm 2024',
    opening: 'Thực hiện quy định của Luật Thi đua khen thưởng',
    signer: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trương Đức Huân'],
    firstRecipient: 'HĐTĐKT Bộ LĐTBXH;',
  },
  {
    id: 'trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024',
    parent: 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
    issuer: 'TRUNG TÂM DỊCH VỤ VIỆC LÀM',
    title: 'Triển khai công tác thi đua, khen thưởng năm 2024',
    opening: 'Thực hiện Kế hoạch số 08/KH-SLĐTBXH ngày 12/01/2024',
    signer: ['GIÁM ĐỐC', 'Vũ Quang Khải'],
    firstRecipient: 'Sở Lao động (B/c);',
  },
])('the printed plan $id', ({ id, parent, issuer, title, opening, signer, firstRecipient }) => {
  let printed: Awaited<ReturnType<typeof printPlan>>;
  const find = (text: string) => printed.pages.flat().find((run) => run.text.includes(text));

  beforeAll(async () => {
    printed = await printPlan(id);
  });

  it('is on A4 paper, several pages long', async () => {
    const document = await getDocumentProxy(new Uint8Array(printed.pdf));
    const [, , width, height] = (await document.getPage(1)).view;
    expect(width).toBeCloseTo(A4.width, 0);
    expect(height).toBeCloseTo(A4.height, 0);
    expect(printed.totalPages).toBeGreaterThan(1);
  });

  it('has the official elements in order', () => {
    expectInOrder(printed.text, [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'KẾ HOẠCH',
      title,
      opening,
      'Nơi nhận:',
      firstRecipient,
    ]);
    expectInOrder(printed.text, ['KẾ HOẠCH', title, ...signer]);
    // The agency names are set in the header, before the kind of document.
    const kind = printed.text.indexOf('KẾ HOẠCH');
    for (const name of [parent, issuer]) {
      const words = name.split(' ');
      expect(printed.text.indexOf(words[0]!)).toBeLessThan(kind);
      expect(printed.text.slice(0, kind).replace(/\s+/g, ' ')).toContain(words.slice(-2).join(' '));
    }
  });

  it('sets the issuing body on the left and the national name on the right, on the same band of page 1', () => {
    const [first] = printed.pages;
    const nation = first!.find((run) => run.text.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))!;
    const agency = first!.find((run) => run.text.startsWith(parent.split(' - ')[0]!.split(' ').slice(0, 2).join(' ')))!;
    expect(nation.x).toBeGreaterThan(A4.width * 0.4);
    expect(agency.right).toBeLessThan(nation.x);
    expect(Math.abs(nation.y - agency.y)).toBeLessThan(2);
    // Margins: 30 mm on the left; the first line about 20 mm below the top edge.
    expect(Math.min(...first!.map((run) => run.x))).toBeGreaterThanOrEqual(30 * MM - 1);
    expect(A4.height - nation.y - nation.fontSize).toBeLessThan(25 * MM);
    expect(A4.height - nation.y - nation.fontSize).toBeGreaterThan(19 * MM);
  });

  it('is set in a Times New Roman–compatible face, the text at 14 pt and the recipients smaller', () => {
    expect(find(opening.split(' ').slice(0, 4).join(' '))!.fontSize).toBeCloseTo(14, 0);
    expect(find(firstRecipient)!.fontSize).toBeLessThan(12);
    expect(find('Nơi nhận:')!.fontSize).toBeCloseTo(12, 0);
    expect(printed.fonts.length).toBeGreaterThan(0);
    expect(printed.fonts.filter((name) => !/\+(Tinos|TimesNewRoman|LiberationSerif)/.test(name))).toEqual([]);
  });

  it('prints no navigation, search, site facts, summary or footer', () => {
    for (const text of CHROME) expect(printed.text, text).not.toContain(text);
    // The summary's tables would print "Mức phấn đấu" and "Việc cần làm".
    expect(printed.text).not.toContain('Mức phấn đấu');
    expect(printed.text).not.toContain('Việc cần làm');
  });

  it('numbers the pages from the second, at the top', () => {
    const top = (runs: Segment[]) => runs.filter((run) => run.y > A4.height - 20 * MM).map((run) => run.text.trim());
    expect(top(printed.pages[0]!)).toEqual([]);
    expect(top(printed.pages[1]!)).toEqual(['2']);
  });
});

describe('the "In văn bản" button', () => {
  it('is absent without JavaScript (the browser’s print command remains)', async () => {
    const page = await planPage('trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024', { javaScriptEnabled: false });
    expect(await page.getByRole('button', { name: 'In văn bản' }).count()).toBe(0);
    await page.context().close();
  });
});
