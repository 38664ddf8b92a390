/**
 * Checks of a built site (dist/) that need no browser: every internal link and #anchor resolves to
 * a built file, every page is valid HTML (html-validate), every image has alt text, and every page
 * has a unique title and a description. Used by the tests (on both test builds) and by
 * `npm run check:site` before a deployment.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';

export type CheckName = 'link' | 'anchor' | 'html' | 'alt' | 'title' | 'description';

export interface SiteProblem {
  check: CheckName;
  /** The page's address ("/ke-hoach/abc/", "/404.html"). */
  page: string;
  message: string;
}

/**
 * html-validate's recommended rules (HTML5 content models, attributes, duplicate ids, WCAG
 * techniques H30, H32, H36, H37, H63, H67, H71, …), with two changes:
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Heading anchors are made from the plans' numbered headings ("1. Mục đích" → #1-muc-dich) and
    // are shared in links. HTML5 allows an id to start with a digit; the strict mode of this rule
    // asks for the HTML 4 form for old CSS selectors, which the site never writes against them.
    'valid-id': ['error', { relaxed: true }],
    // Titles are the documents' own trích yếu, published verbatim, plus the site's name: longer than
    // the 70 characters search engines show. WCAG 2.4.2 asks for titles that describe the page,
    // which these do; shortening an official title would misquote it.
    'long-title': 'off',
    // A table restyled as stacked blocks on phones (a plan's deadlines) loses its table semantics in
    // some browsers unless its roles are restated: for table roles only, the restatement is wanted.
    'no-redundant-role': ['error', { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'cell'] }],
  },
};

/** One built HTML page: its address, file and parsed document. */
interface BuiltPage {
  address: string;
  file: string;
  document: HTMLElement;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(dir, name))
    .sort();
}

/** "/ke-hoach/abc/" for ke-hoach/abc/index.html, "/404.html" for 404.html. */
function addressOf(dir: string, file: string): string {
  const relative = path.relative(dir, file).split(path.sep).join('/');
  return '/' + (relative.endsWith('index.html') ? relative.slice(0, -'index.html'.length) : relative);
}

function readPages(dir: string): BuiltPage[] {
  return htmlFiles(dir).map((file) => ({
    address: addressOf(dir, file),
    file,
    document: parse(readFileSync(file, 'utf8')),
  }));
}

/** The built file that answers `pathname`, as nginx's `try_files $uri $uri/` would find it without a redirect. */
function fileFor(dir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidate = path.join(dir, decoded.endsWith('/') ? decoded + 'index.html' : decoded);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/** Every address a page points to for a visitor or a browser: links, resources, forms, share tags. */
function referencesOf(document: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll('a[href], area[href], link[href]'))
    found.push(element.getAttribute('href')!);
  for (const element of document.querySelectorAll(
    'img[src], script[src], source[src], iframe[src], video[src], audio[src]',
  ))
    found.push(element.getAttribute('src')!);
  for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of element.getAttribute('srcset')!.split(',')) found.push(candidate.trim().split(/\s+/)[0]!);
  }
  for (const element of document.querySelectorAll('form[action]')) found.push(element.getAttribute('action')!);
  for (const element of document.querySelectorAll(
    'meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]',
  )) {
    found.push(element.getAttribute('content')!);
  }
  return found.filter((reference) => reference !== '');
}

/**
 * Internal links and anchors: every address under the site's own origin (relative, or absolute with
 * `baseUrl`) must be a built file, and every #fragment an id (or <a name>) of the page it names.
 * Other origins and schemes (mailto:, tel:) are outside the site and not fetched.
 */
export function checkLinks(dir: string, baseUrl: string): SiteProblem[] {
  const site = new URL(baseUrl);
  const pages = readPages(dir);
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const document = parse(readFileSync(file, 'utf8'));
      ids = new Set(
        document
          .querySelectorAll('[id], a[name]')
          .map((element) => element.getAttribute('id') ?? element.getAttribute('name')!),
      );
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const problems: SiteProblem[] = [];
  for (const page of pages) {
    const pageUrl = new URL(page.address, site);
    for (const reference of new Set(referencesOf(page.document))) {
      const target = new URL(reference, pageUrl);
      if (target.origin !== site.origin) continue;
      const file = fileFor(dir, target.pathname);
      if (!file) {
        problems.push({
          check: 'link',
          page: page.address,
          message: `liên kết tới ${reference} không dẫn tới trang hay tệp nào của bản dựng`,
        });
        continue;
      }
      if (reference.includes('#') && file.endsWith('.html')) {
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (!fragment || !idsOf(file).has(fragment)) {
          problems.push({
            check: 'anchor',
            page: page.address,
            message: `liên kết ${reference}: trang ${target.pathname} không có chỗ nào mang id "${fragment}"`,
          });
        }
      }
    }
  }
  return problems;
}

/** Every <img> (and <input type="image">) says what it shows; only an image marked as decoration may be silent. */
export function checkImages(dir: string): SiteProblem[] {
  const problems: SiteProblem[] = [];
  for (const page of readPages(dir)) {
    for (const image of page.document.querySelectorAll('img, input[type="image"]')) {
      const decorative =
        ['presentation', 'none'].includes(image.getAttribute('role') ?? '') ||
        image.getAttribute('aria-hidden') === 'true';
      if (decorative) continue;
      if (!image.getAttribute('alt')?.trim()) {
        problems.push({
          check: 'alt',
          page: page.address,
          message: `ảnh ${image.getAttribute('src') ?? ''} thiếu lời mô tả (alt)`,
        });
      }
    }
  }
  return problems;
}

/** One non-empty <title> per page, used by no other page, and one non-empty meta description. */
export function checkTitles(dir: string): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const pagesByTitle = new Map<string, string[]>();
  for (const page of readPages(dir)) {
    const titles = page.document.querySelectorAll('head > title').map((title) => title.text.trim());
    if (titles.length !== 1 || !titles[0])
      problems.push({
        check: 'title',
        page: page.address,
        message: `cần đúng một thẻ <title> có nội dung (có ${titles.length})`,
      });
    else pagesByTitle.set(titles[0], [...(pagesByTitle.get(titles[0]) ?? []), page.address]);
    const descriptions = page.document
      .querySelectorAll('head > meta[name="description"]')
      .map((meta) => meta.getAttribute('content')?.trim() ?? '');
    if (descriptions.length !== 1 || !descriptions[0]) {
      problems.push({
        check: 'description',
        page: page.address,
        message: `cần đúng một thẻ <meta name="description"> có nội dung (có ${descriptions.length})`,
      });
    }
  }
  for (const [title, addresses] of pagesByTitle) {
    if (addresses.length > 1) {
      for (const address of addresses)
        problems.push({
          check: 'title',
          page: address,
          message: `tiêu đề "${title}" trùng với trang ${addresses.filter((other) => other !== address).join(', ')}`,
        });
    }
  }
  return problems;
}

/** Every page through html-validate with HTML_VALIDATE_CONFIG. */
export async function validateHtml(dir: string): Promise<SiteProblem[]> {
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  const problems: SiteProblem[] = [];
  for (const file of htmlFiles(dir)) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({
          check: 'html',
          page: addressOf(dir, file),
          message: `dòng ${message.line}: ${message.message} (${message.ruleId}, ${message.selector ?? ''})`,
        });
      }
    }
  }
  return problems;
}

/** All the checks of this module on one built site. */
export async function checkBuiltSite(dir: string, baseUrl: string): Promise<SiteProblem[]> {
  return [...checkLinks(dir, baseUrl), ...(await validateHtml(dir)), ...checkImages(dir), ...checkTitles(dir)];
}
