/**
 * The messages for code in content (`import`/`export`, `{…}`), shared by the build's MDX check
 * (mdx-safety.ts, Node) and the web editor's check before saving (src/cms/validation.ts, browser),
 * so that a clerk reads the build's own words in both places.
 */
import { CONTENT_COMPONENT_LIST } from './content-components';

export const ESCAPE_BRACES = 'nếu cần viết dấu ngoặc nhọn như chữ thường, hãy viết \\{ và \\}';

/** The first line of a value, shortened for a message. */
export function firstLine(value: unknown): string {
  const line = String(value ?? '').split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** An `import` or `export` statement in the text. */
export function esmMessage(value: unknown): string {
  const statement = /^\s*export\b/.test(String(value)) ? 'export' : 'import';
  return `câu lệnh ${statement} là mã lệnh, không được dùng trong nội dung (\`${firstLine(value)}\`) — nội dung chỉ gồm Markdown và các thành phần có sẵn ${CONTENT_COMPONENT_LIST}, không cần nhập gì; hãy xóa dòng này`;
}

/** A `{…}` expression in the text. */
export function expressionMessage(value: unknown): string {
  return `biểu thức {${firstLine(value)}} là mã lệnh, không được dùng trong nội dung — ${ESCAPE_BRACES}`;
}
