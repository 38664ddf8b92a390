/** Turns validation problems into the lines editors read: `file:line — field — reason`. */
import path from 'node:path';

export interface ContentProblem {
  /** File path relative to the project. */
  file: string;
  line?: number | undefined;
  /** Dotted field path, such as `targets.0.value`; empty for the file as a whole. */
  field: string;
  message: string;
}

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

/** One line per problem, in Vietnamese. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map(({ file, line, field, message }) => `${displayPath(file)}${line ? `:${line}` : ''} — ${field ? `trường ${field}` : 'cả tệp'} — ${message}`)
    .join('\n');
}
