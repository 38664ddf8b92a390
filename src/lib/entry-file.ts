/**
 * Reads an entry file's data the way this site wants it: YAML's core schema, so "2024-02-30" stays the
 * text the editor wrote (and can be reported) instead of silently becoming 1 March, as a YAML
 * timestamp would.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

export interface EntryFile {
  /** The frontmatter of an .mdx file, or the whole of a .yaml file. */
  data: Record<string, unknown>;
  /** The MDX body; empty for YAML. */
  body: string;
  /** The line of the file on which the body starts (1-based). */
  bodyStartLine: number;
  /** The line of the file on which the YAML starts (1-based), to turn YAML offsets into file lines. */
  dataStartLine: number;
  /** The line of the file where the field at `path` is written, or of its nearest written parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** The YAML mistakes editors make most, explained. */
const YAML_ERRORS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'một trường được ghi hai lần; hãy xóa một dòng',
  TAB_AS_INDENT: 'dòng được thụt lề bằng phím Tab; hãy dùng dấu cách',
  BAD_INDENT: 'dòng thụt lề không thẳng hàng với các dòng cùng nhóm',
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc hoặc dấu nháy)',
  MULTILINE_IMPLICIT_KEY: 'thiếu dấu hai chấm sau tên trường, hoặc một giá trị xuống dòng mà không thụt lề',
  BLOCK_AS_IMPLICIT_KEY: 'thiếu dấu hai chấm sau tên trường',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ; nếu giá trị có dấu hai chấm, hãy đặt nó trong dấu nháy kép',
};

export class EntryFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** Splits an entry file into its data and body. Throws an EntryFileError with a Vietnamese message. */
export function readEntryFile(filePath: string, contents: string): EntryFile {
  const isYaml = /\.ya?ml$/i.test(filePath);
  let yamlText = contents;
  let body = '';
  let dataStartLine = 1;
  if (!isYaml) {
    const match = FRONTMATTER.exec(contents);
    if (!match) {
      throw new EntryFileError('tệp phải bắt đầu bằng phần thông tin đặt giữa hai dòng "---"', 1);
    }
    yamlText = match[1] ?? '';
    body = contents.slice(match[0].length);
    dataStartLine = 2;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { schema: 'core', lineCounter });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0]?.line;
    const reason = YAML_ERRORS[error.code] ?? error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new EntryFileError(`lỗi cú pháp YAML: ${reason}`, line === undefined ? undefined : line + dataStartLine - 1);
  }
  const misreadNumber = findMisreadNumber(document, yamlText);
  if (misreadNumber) throw new EntryFileError(misreadNumber.message, misreadNumber.line + dataStartLine - 1);
  const data: unknown = document.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    throw new EntryFileError('phần thông tin phải là các dòng "tên trường: giá trị"', dataStartLine);
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + dataStartLine - 1;
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = document.contents;
    let line = dataStartLine;
    for (const key of path) {
      let next: Node | undefined;
      let start: number | undefined;
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === String(key));
        next = (pair?.value ?? undefined) as Node | undefined;
        start = isScalar(pair?.key) ? pair.key.range?.[0] : next?.range?.[0];
      } else if (isSeq(node)) {
        next = node.items[Number(key)] as Node | undefined;
        start = next?.range?.[0];
      }
      if (start === undefined) break;
      line = lineAt(start);
      node = next;
    }
    return line;
  };
  const bodyStartLine = contents.slice(0, contents.length - body.length).split('\n').length;
  return { data: data as Record<string, unknown>, body, bodyStartLine, dataStartLine, lineOf };
}

/**
 * Vietnamese writes thousands with dots ("32.200"), but YAML reads 32.200 as thirty-two point two.
 * Such numbers are refused rather than silently published wrong.
 */
function findMisreadNumber(document: ReturnType<typeof parseDocument>, yamlText: string): { message: string; line: number } | undefined {
  let found: { message: string; line: number } | undefined;
  visit(document, {
    Scalar(_key, node) {
      if (found || !isScalar(node) || typeof node.value !== 'number' || !node.range) return;
      const source = yamlText.slice(node.range[0], node.range[1]).trim();
      if (!/^\d{1,3}(\.\d{3})+$/.test(source)) return;
      const line = yamlText.slice(0, node.range[0]).split('\n').length;
      found = {
        line,
        message: `số "${source}" dễ bị hiểu nhầm: trong tệp, dấu chấm là dấu thập phân nên "${source}" được đọc là ${String(node.value).replace('.', ',')}. Viết ${source.replace(/\./g, '')} nếu là số nguyên (không dùng dấu chấm ngăn cách hàng nghìn)`,
      };
    },
  });
  return found;
}
