/**
 * Reads an entry file's data the way this site wants it: YAML's core schema, so "2024-02-30" stays the
 * text the editor wrote (and can be reported) instead of silently becoming 1 March, as a YAML
 * timestamp would.
 */
import { isScalar, parseDocument, visit } from 'yaml';

export interface EntryFile {
  /** The frontmatter of an .mdx file, or the whole of a .yaml file. */
  data: Record<string, unknown>;
  /** The MDX body; empty for YAML. */
  body: string;
  /** The line of the file on which the YAML starts (1-based), to turn YAML offsets into file lines. */
  dataStartLine: number;
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
  const document = parseDocument(yamlText, { schema: 'core' });
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
  return { data: data as Record<string, unknown>, body, dataStartLine };
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
