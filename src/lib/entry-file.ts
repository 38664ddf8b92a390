/**
 * Reads an entry file's data the way this site wants it: YAML's core schema, so "2024-02-30" stays the
 * text the editor wrote (and can be reported) instead of silently becoming 1 March, as a YAML
 * timestamp would.
 *
 * Two parsers: `yaml` keeps every node's place in the file, for messages that name a line, and
 * js-yaml, about ten times faster (0.015 ms against 0.14 ms a profile's frontmatter, 10,000 of them in
 * a cold build), only gives the data. The data is read with js-yaml's core schema unless the text holds
 * something the two could read differently, or that `yaml` refuses and js-yaml lets through (see
 * quickYamlData); any error, and the lines of a message, are `yaml`'s.
 */
import { CORE_SCHEMA, load as loadQuickly } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

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

/** The line (1-based) on which an .mdx file's body starts, or undefined when it has no frontmatter. */
export function bodyStartLineOf(contents: string): number | undefined {
  const match = FRONTMATTER.exec(contents);
  return match ? match[0].split('\n').length : undefined;
}

const BAD_INDENT =
  'dòng thụt lề không thẳng hàng: các trường cùng nhóm phải bắt đầu ở cùng một cột (cùng số dấu cách đầu dòng)';
const QUOTE_THE_VALUE =
  'giá trị có dấu hai chấm (:) phải đặt trong dấu nháy kép, ví dụ: position: "Viên chức: tư vấn việc làm"';
/** The YAML mistakes editors make most, explained (the implicit-key ones: see yamlErrorReason). */
const YAML_ERRORS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'một trường được ghi hai lần; hãy xóa một dòng',
  TAB_AS_INDENT: 'dòng được thụt lề bằng phím Tab; hãy dùng dấu cách',
  BAD_INDENT,
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc hoặc dấu nháy)',
  UNEXPECTED_TOKEN: `có ký tự không đúng chỗ; ${QUOTE_THE_VALUE}`,
};

/**
 * What an editor did, from the parser's error and the line it is on: the parser's own codes name
 * the symptom ("nested mappings"), which for an editor is one of two mistakes.
 */
function yamlErrorReason(error: { code: string; message: string }, lineText: string): string {
  // "position: Viên chức: tư vấn" — a second ": " in an unquoted value.
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    const value = /^\s*(?:-\s+)?[^:#'"]+:\s+(.*)$/.exec(lineText)?.[1] ?? '';
    return /^[^'"].*:(\s|$)/.test(value) ? QUOTE_THE_VALUE : BAD_INDENT;
  }
  // A field of a list item not lined up under the first one ("Sequence item without - indicator").
  if (error.code === 'MISSING_CHAR' && /without - indicator/.test(error.message)) return BAD_INDENT;
  return YAML_ERRORS[error.code] ?? error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

export class EntryFileError extends Error {
  readonly line: number | undefined;
  /** The dotted path of the field at fault, when one is. */
  readonly field: string | undefined;

  constructor(message: string, line?: number, field?: string) {
    super(message);
    this.line = line;
    this.field = field;
  }
}

/**
 * What js-yaml's core schema reads otherwise than YAML 1.2's (`0b1`, `.inf`, `.nan`), and what this
 * site never writes and leaves to the parser with places (anchors, aliases, tags, merge keys,
 * directives, tabs). Strings holding these characters are read fully too: a slower read, never a
 * different one.
 */
const NEEDS_FULL_READING = /[\t&*!%]|<<|0[box]|\.(?:inf|nan)/i;
/**
 * A value that is only a number written with thousands dots, which findMisreadNumber refuses; such a
 * number inside text ("hơn 1.300 lượt") is no number to YAML and is read quickly.
 */
const MAYBE_MISREAD_NUMBER = /(?:^|[:[{,?-])[ ]*[+-]?[1-9]\d{0,2}(?:\.\d{3})+[ ]*(?:$|[,\]}#])/m;
/**
 * A flow collection (`[a, b]`, `{a: 1}`) or a quoted value left open at the end of its line: js-yaml
 * takes their next lines at any indentation, where `yaml` refuses those written further left than
 * their field (a wrapped quote starting a line at the left edge, for instance).
 */
const FLOW_OR_OPEN_QUOTE = /(?:^|[:-] )[ ]*(?:[[{]|"(?:[^"\\\n]|\\.)*$|'(?:[^'\n]|'')*$)/m;

/** The data of `yamlText` by js-yaml's core schema, or undefined when `yaml` must read it (see above, or an error). */
export function quickYamlData(yamlText: string): unknown {
  if ([NEEDS_FULL_READING, MAYBE_MISREAD_NUMBER, FLOW_OR_OPEN_QUOTE].some((pattern) => pattern.test(yamlText)))
    return undefined;
  try {
    return loadQuickly(yamlText, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    return undefined;
  }
}

/** The data of `yamlText` by `yaml` (the core schema), with every node's place, or an EntryFileError. */
function readFully(yamlText: string, dataStartLine: number) {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { schema: 'core', lineCounter });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0]?.line;
    const reason = yamlErrorReason(error, line === undefined ? '' : (yamlText.split('\n')[line - 1] ?? ''));
    throw new EntryFileError(`lỗi cú pháp YAML: ${reason}`, line === undefined ? undefined : line + dataStartLine - 1);
  }
  const misreadNumber = findMisreadNumber(document, yamlText);
  if (misreadNumber)
    throw new EntryFileError(misreadNumber.message, misreadNumber.line + dataStartLine - 1, misreadNumber.field);
  return { document, lineCounter, data: (document.toJS() as unknown) ?? {} };
}

/** An entry file's YAML text (the frontmatter of an .mdx file, or the whole of a .yaml file) and its body. */
export function splitEntryFile(
  filePath: string,
  contents: string,
): { yamlText: string; body: string; dataStartLine: number } {
  if (/\.ya?ml$/i.test(filePath)) return { yamlText: contents, body: '', dataStartLine: 1 };
  const match = FRONTMATTER.exec(contents);
  if (!match) {
    throw new EntryFileError('tệp phải bắt đầu bằng phần thông tin đặt giữa hai dòng "---"', 1);
  }
  return { yamlText: match[1] ?? '', body: contents.slice(match[0].length), dataStartLine: 2 };
}

/** Splits an entry file into its data and body. Throws an EntryFileError with a Vietnamese message. */
export function readEntryFile(filePath: string, contents: string): EntryFile {
  const { yamlText, body, dataStartLine } = splitEntryFile(filePath, contents);
  const quick = quickYamlData(yamlText);
  let full = quick === undefined ? readFully(yamlText, dataStartLine) : undefined;
  const data = quick ?? full!.data;
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    throw new EntryFileError('phần thông tin phải là các dòng "tên trường: giá trị"', dataStartLine);
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    // Only a message needs it: the text is read again, with places, when one is written.
    full ??= readFully(yamlText, dataStartLine);
    const { document, lineCounter } = full;
    const lineAt = (offset: number) => lineCounter.linePos(offset).line + dataStartLine - 1;
    let node: unknown = document.contents;
    // A missing field is reported at the first field, not at a comment above it.
    const firstField = document.contents?.range?.[0];
    let line = firstField === undefined ? dataStartLine : lineAt(firstField);
    for (const key of path) {
      let next: Node | undefined;
      let start: number | undefined;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === String(key),
        );
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

/** The dotted field path ("targets.0.value") of a node, from its ancestors as `visit` gives them. */
function fieldPathOf(ancestors: readonly unknown[], node: unknown): string {
  const parts: string[] = [];
  ancestors.forEach((ancestor, index) => {
    const child = ancestors[index + 1] ?? node;
    if (isPair(ancestor) && isScalar(ancestor.key)) parts.push(String(ancestor.key.value));
    else if (isSeq(ancestor)) parts.push(String(ancestor.items.indexOf(child)));
  });
  return parts.join('.');
}

/**
 * Vietnamese writes thousands with dots ("32.200"), but YAML reads 32.200 as thirty-two point two.
 * Such numbers are refused rather than silently published wrong.
 */
function findMisreadNumber(
  document: ReturnType<typeof parseDocument>,
  yamlText: string,
): { message: string; line: number; field: string } | undefined {
  let found: { message: string; line: number; field: string } | undefined;
  visit(document, {
    Scalar(_key, node, ancestors) {
      if (found || !isScalar(node) || typeof node.value !== 'number' || !node.range) return;
      const source = yamlText.slice(node.range[0], node.range[1]).trim();
      // "0.800" cannot be thousands: it is the decimal it reads as.
      if (!/^[1-9]\d{0,2}(\.\d{3})+$/.test(source)) return;
      const line = yamlText.slice(0, node.range[0]).split('\n').length;
      found = {
        line,
        field: fieldPathOf(ancestors, node),
        message: `số "${source}" dễ bị hiểu nhầm: trong tệp, dấu chấm là dấu thập phân nên "${source}" được đọc là ${String(node.value).replace('.', ',')}. Viết ${source.replace(/\./g, '')} nếu là số nguyên (không dùng dấu chấm ngăn cách hàng nghìn)`,
      };
    },
  });
  return found;
}
