/**
 * Reads an entry file's data the way this site wants it: YAML's core schema, so "2024-02-30" stays the
 * text the editor wrote (and can be reported) instead of silently becoming 1 March, as a YAML
 * timestamp would.
 */
import { parseDocument } from 'yaml';

export interface EntryFile {
  /** The frontmatter of an .mdx file, or the whole of a .yaml file. */
  data: Record<string, unknown>;
  /** The MDX body; empty for YAML. */
  body: string;
  /** The line of the file on which the YAML starts (1-based), to turn YAML offsets into file lines. */
  dataStartLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

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
  const document = parseDocument(yamlText, { schema: 'core', prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0]?.line;
    throw new EntryFileError(`lỗi cú pháp YAML: ${error.message.split('\n')[0]}`, line === undefined ? undefined : line + dataStartLine - 1);
  }
  const data: unknown = document.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    throw new EntryFileError('phần thông tin phải là các dòng "tên trường: giá trị"', dataStartLine);
  }
  return { data: data as Record<string, unknown>, body, dataStartLine };
}
