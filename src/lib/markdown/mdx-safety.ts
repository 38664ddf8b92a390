/**
 * Safe MDX: content is Markdown plus the site's own components (content-components.ts), never code.
 * MDX would otherwise run `import`/`export` statements and `{…}` expressions while the site is built,
 * so one mistaken or malicious file could read the machine's files or stop the build. The same rules
 * run in two places: as a Sätteri mdast plugin inside the build (`safeMdx`), and in
 * `npm run check:content` over Sätteri's own parse of each file (`checkMdxSource`).
 */
import { fileURLToPath } from 'node:url';
import { mdxToMdast, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';
import { ALT_TEXT_EXAMPLE, altTextProblem } from '../alt-text';
import { BODY_FIELD, displayPath, formatProblems } from '../validation-report';
import { CONTENT_COMPONENTS, CONTENT_COMPONENT_LIST, isContentComponent } from './content-components';
import { ESCAPE_BRACES, esmMessage, expressionMessage, firstLine } from './mdx-messages';

/** The parts of an mdast / MDX node these rules read. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  children?: readonly MdxNode[];
  position?: { start: { line: number; column: number } } | undefined;
}

export interface MdxProblem {
  /** Line in the file (frontmatter included). */
  line: number | undefined;
  message: string;
}

const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;

/** HTML's own tags are lower-case; the site's components are capitalised. */
const isHtmlTag = (name: string) => /^[a-z]/.test(name);

function htmlTagMessage(name: string): string {
  return `thẻ HTML <${name}> không được dùng trong nội dung — hãy viết bằng Markdown (in đậm **chữ**, xuống dòng bằng một dòng trống, ảnh ![mô tả](./anh.jpg)) hoặc dùng ${CONTENT_COMPONENT_LIST}`;
}

function elementProblems(node: MdxNode): string[] {
  const name = node.name;
  if (!name)
    return [`khối <>…</> không được dùng — nội dung chỉ dùng Markdown và các thành phần ${CONTENT_COMPONENT_LIST}`];
  if (!isContentComponent(name))
    return [
      isHtmlTag(name)
        ? htmlTagMessage(name)
        : `thành phần <${name}> không có trên trang — chỉ dùng được ${CONTENT_COMPONENT_LIST}`,
    ];
  const spec = CONTENT_COMPONENTS[name];
  const allowed = Object.keys(spec.attributes);
  const problems: string[] = [];
  const present = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push(
        `<${name}> có thuộc tính dạng {…}, là mã lệnh — hãy ghi thuộc tính dạng tên="giá trị", ví dụ: ${spec.example.split('\n')[0]}`,
      );
      continue;
    }
    present.add(attribute.name);
    if (!allowed.includes(attribute.name)) {
      problems.push(
        `<${name}> không có thuộc tính "${attribute.name}" — ${allowed.length > 0 ? `chỉ có: ${allowed.map((key) => `${key} (${spec.attributes[key as keyof typeof spec.attributes]})`).join(', ')}` : 'thành phần này không nhận thuộc tính nào'}`,
      );
    } else if (typeof attribute.value !== 'string') {
      problems.push(
        `thuộc tính ${attribute.name} của <${name}> phải là chữ đặt trong dấu nháy kép, ví dụ ${attribute.name}="…", không phải biểu thức {…}`,
      );
    }
  }
  for (const required of spec.required) {
    if (!present.has(required))
      problems.push(
        `<${name}> cần thuộc tính ${required} (${spec.attributes[required as keyof typeof spec.attributes]}) — ví dụ: ${spec.example.split('\n')[0]}`,
      );
  }
  if ('wrapsImage' in spec && spec.wrapsImage && !containsImage(node)) {
    problems.push(`<${name}> phải bao quanh một ảnh viết bằng Markdown — ví dụ: ${spec.example.replace(/\n+/g, ' ')}`);
  }
  return problems;
}

function containsImage(node: MdxNode): boolean {
  return (node.children ?? []).some(
    (child) => child.type === 'image' || child.type === 'imageReference' || containsImage(child),
  );
}

/** What is wrong with one node (its children are checked on their own). */
function nodeProblems(node: MdxNode): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [esmMessage(node.value)];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [expressionMessage(node.value)];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node);
    case 'image':
    case 'imageReference': {
      const problem = altTextProblem(node.alt);
      const target = node.url ? ` ${node.url}` : '';
      return problem
        ? [
            `ảnh${target}: ${problem} — viết mô tả bằng tiếng Việt trong ngoặc vuông, ví dụ: ![${ALT_TEXT_EXAMPLE}](${node.url ?? './anh.jpg'})`,
          ]
        : [];
    }
    case 'link':
    case 'definition':
      return node.url && UNSAFE_URL.test(node.url)
        ? [
            `liên kết "${firstLine(node.url)}" chạy mã lệnh khi được bấm — liên kết phải bắt đầu bằng https://, / hoặc là một địa chỉ thư điện tử (mailto:)`,
          ]
        : [];
    default:
      return [];
  }
}

/** Every rule broken in a parsed MDX tree, in document order. */
export function findMdxProblems(root: MdxNode): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const visit = (node: MdxNode) => {
    for (const message of nodeProblems(node)) problems.push({ line: node.position?.start.line, message });
    node.children?.forEach(visit);
  };
  visit(root);
  return problems;
}

/** Sätteri's English syntax errors ("5:6: Unexpected end of file in expression…"), explained. */
const SYNTAX_ERRORS: { pattern: RegExp; explain: (match: RegExpExecArray) => string }[] = [
  {
    pattern: /closing brace for `\{`/,
    explain: () => `dấu { mở một biểu thức mã lệnh mà không được đóng — nội dung không dùng {…}; ${ESCAPE_BRACES}`,
  },
  {
    pattern: /Expected a closing tag for `<([^>\s]*)[^>]*>`/,
    // <br> is the usual case: closing it would only lead to "HTML tags are not allowed".
    explain: (match) =>
      isHtmlTag(match[1]!)
        ? htmlTagMessage(match[1]!)
        : `thẻ <${match[1]}> chưa được đóng — thêm </${match[1]}> sau nội dung nó bao quanh, hoặc viết <${match[1]} /> nếu không bao gì`,
  },
  {
    pattern: /to create a comment in MDX/,
    explain: () =>
      'ghi chú dạng <!-- … --> không dùng được trong nội dung bài — hãy xóa nó; ghi chú cho người biên tập đặt ở phần thông tin đầu tệp, sau dấu #',
  },
  {
    pattern: /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
    explain: (match) => `thẻ đóng </${match[1]}> không khớp với thẻ mở <${match[2]}> — sửa cho tên hai thẻ giống nhau`,
  },
  {
    pattern: /Unexpected character after `<`/,
    explain: () =>
      'dấu < được hiểu là mở một thẻ — nếu là dấu "nhỏ hơn", hãy viết \\<; liên kết viết dạng [chữ](https://…)',
  },
];

function syntaxProblem(error: unknown): MdxProblem {
  const text = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+):\s*/.exec(text);
  const reason = text.slice(place?.[0].length ?? 0).replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '');
  for (const { pattern, explain } of SYNTAX_ERRORS) {
    const match = pattern.exec(reason);
    if (match) return { line: place ? Number(place[1]) : undefined, message: explain(match) };
  }
  return {
    line: place ? Number(place[1]) : undefined,
    message: `nội dung viết sai cú pháp MDX (${reason}) — kiểm tra các dấu <, >, { và } ở dòng này`,
  };
}

/** Every problem of an MDX file's full text (frontmatter included, so lines are the file's lines). */
export function checkMdxSource(source: string): MdxProblem[] {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(source) as unknown as MdxNode;
  } catch (error) {
    return [syntaxProblem(error)];
  }
  return findMdxProblems(tree);
}

/** An error carrying the first problem's place, as Astro's MDX plugin expects (`line`, `column`). */
export class UnsafeMdxError extends Error {
  readonly file: string;
  readonly problems: readonly MdxProblem[];

  constructor(file: string, problems: readonly MdxProblem[]) {
    super(
      `Nội dung MDX không an toàn hoặc chưa đúng quy định:\n${formatProblems(problems.map(({ line, message }) => ({ file, line, field: BODY_FIELD, message })))}`,
    );
    this.name = 'UnsafeMdxError';
    this.file = file;
    this.problems = problems;
  }

  get line(): number | undefined {
    return this.problems[0]?.line;
  }

  get column(): number {
    return 1;
  }
}

/**
 * The build-time guard: a Sätteri mdast plugin that stops the build, before any code from the file is
 * compiled, when the content breaks a rule. One instance per document (a plugin factory).
 */
export function safeMdx(context: PluginFactoryContext): MdastPluginDefinition {
  const file = context.fileURL ? displayPath(fileURLToPath(context.fileURL)) : 'nội dung MDX';
  return {
    name: 'tdkt-safe-mdx',
    options: { position: true },
    before(root) {
      const problems = findMdxProblems(root as unknown as MdxNode);
      if (problems.length > 0) throw new UnsafeMdxError(file, problems);
    },
  };
}
