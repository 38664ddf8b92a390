/** Turns validation problems into the lines editors read: `file:line — field — reason`. */
import path from 'node:path';

export interface ContentProblem {
  /** File path relative to the project. */
  file: string;
  line?: number | undefined;
  /** Dotted field path, such as `targets.0.value`; empty for the file as a whole; BODY_FIELD for the text. */
  field: string;
  message: string;
}

/** The `field` of a problem in the text below the frontmatter. */
export const BODY_FIELD = '#body';
/** The `field` of a problem with the file's name (which becomes the entry's address). */
export const FILE_NAME_FIELD = '#file-name';

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** A file as editors know it: relative to the project when inside it, absolute otherwise. */
export function displayPath(file: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') ? absolute : relative;
}

/** Problems from a zod error's issues, for one file. */
export function problemsFromIssues(file: string, issues: readonly IssueLike[]): ContentProblem[] {
  return issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * A field path as editors count: "awards.0.name" is "trường name ở mục thứ 1 của awards" (the first
 * award, not the zeroth).
 */
function describePath(tokens: readonly string[]): string {
  const index = tokens.findLastIndex((token) => /^\d+$/.test(token));
  if (index < 0) return tokens.join('.');
  const item = `mục thứ ${Number(tokens[index]) + 1} của ${describePath(tokens.slice(0, index))}`;
  const leaf = tokens.slice(index + 1).join('.');
  return leaf ? `${leaf} ở ${item}` : item;
}

function fieldName(field: string): string {
  if (field === BODY_FIELD) return 'nội dung bài';
  if (field === FILE_NAME_FIELD) return 'tên tệp';
  if (!field) return 'cả tệp';
  const tokens = field.split('.');
  return /^\d+$/.test(tokens.at(-1)!) ? describePath(tokens) : `trường ${describePath(tokens)}`;
}

/** One line per problem, in Vietnamese: `file:line — field — reason — what is valid`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map(
      ({ file, line, field, message }) =>
        `${displayPath(file)}${line ? `:${line}` : ''} — ${fieldName(field)} — ${message}`,
    )
    .join('\n');
}
