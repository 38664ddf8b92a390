/**
 * `npm run check:content` without a build: every content file through the same rules the build
 * applies (the collection schemas, links between entries, the site configuration, duplicate
 * addresses, safe MDX, personal data, alt text), and every problem reported at once with the line
 * of the file it is on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { duplicateIdMessage, entryIdFromPath } from '../../src/lib/entry-id';
import { EntryFileError, readEntryFile, type EntryFile } from '../../src/lib/entry-file';
import { checkEntryFile } from '../../src/lib/entry-reading';
import { COLLECTION_EXTENSIONS, siteConfigPath, sourcesOf, type FolderCollection } from '../../src/lib/content-sources';
import { checkMdxSource } from '../../src/lib/markdown/mdx-safety';
import { findBrokenLinks, type LinkableEntry } from '../../src/lib/references';
import { yearCycleProblems } from '../../src/lib/year-cycle-checks';
import { BODY_FIELD, displayPath, FILE_NAME_FIELD, type ContentProblem } from '../../src/lib/validation-report';
import { collectionSchemas } from '../../src/schemas/collections';
import { plainSchemaContext, type CollectionName } from '../../src/schemas/context';
import { siteSchema } from '../../src/schemas/site';

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** Not errors: drafts that still have hints to fill in. */
  notices: ContentProblem[];
  /** How many files were read. */
  files: number;
}

interface Issue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

const schemas = collectionSchemas(plainSchemaContext);
const COLLECTIONS = Object.keys(COLLECTION_EXTENSIONS) as FolderCollection[];

/** Entry files under `dir`, as the build's glob finds them (hidden files and folders skipped). */
export function listEntryFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const suffixes = extensions.map((extension) => `.${extension}`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((relative) => !relative.split(path.sep).some((part) => part.startsWith('.')))
    .filter((relative) => suffixes.some((suffix) => relative.endsWith(suffix)))
    .sort()
    .map((relative) => path.join(dir, relative));
}

/** Problems from a schema's issues, each on the line where its field is written. */
function issueProblems(file: string, entry: EntryFile, issues: readonly Issue[]): ContentProblem[] {
  return issues.flatMap((issue) => {
    // An unknown field is reported on its own line, under its own name.
    const paths =
      issue.code === 'unrecognized_keys' && issue.keys?.length
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path];
    return paths.map((fieldPath) => ({
      file,
      line: entry.lineOf(fieldPath),
      field: fieldPath.map(String).join('.'),
      message: issue.message,
    }));
  });
}

function readFile(file: string, problems: ContentProblem[]): { contents: string; entry: EntryFile } | undefined {
  const contents = readFileSync(file, 'utf8');
  try {
    return { contents, entry: readEntryFile(file, contents) };
  } catch (error) {
    if (!(error instanceof EntryFileError)) throw error;
    problems.push({ file, line: error.line, field: error.field ?? '', message: error.message });
    return undefined;
  }
}

function checkSiteConfig(env: NodeJS.ProcessEnv, problems: ContentProblem[]): number {
  const file = siteConfigPath(env);
  if (!existsSync(file)) {
    problems.push({
      file,
      field: '',
      message: 'không tìm thấy tệp cấu hình trang — cần tệp site.yaml trong thư mục nội dung',
    });
    return 0;
  }
  const read = readFile(file, problems);
  if (!read) return 1;
  const result = siteSchema.safeParse(read.entry.data);
  if (!result.success) problems.push(...issueProblems(file, read.entry, result.error.issues));
  return 1;
}

/** Checks the content the build would read (`TDKT_CONTENT_DIR`, `TDKT_DEMO` as for the build). */
export function checkContent(env: NodeJS.ProcessEnv = process.env): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  let files = checkSiteConfig(env, problems);
  const entries = Object.fromEntries(COLLECTIONS.map((collection) => [collection, [] as LinkableEntry[]])) as Record<
    CollectionName,
    LinkableEntry[]
  >;
  const entryFiles = new Map<string, EntryFile>();

  for (const collection of COLLECTIONS) {
    const fileOfId = new Map<string, string>();
    for (const source of sourcesOf(collection, env)) {
      for (const file of listEntryFiles(source.dir, COLLECTION_EXTENSIONS[collection])) {
        files++;
        const id = entryIdFromPath(path.relative(source.dir, file));
        const other = fileOfId.get(id);
        if (other) problems.push({ file, field: FILE_NAME_FIELD, message: duplicateIdMessage(id, displayPath(other)) });
        else fileOfId.set(id, file);

        const contents = readFileSync(file, 'utf8');
        // The rules the build applies to the file as written (entry-reading.ts), every problem of each.
        const checked = checkEntryFile(file, contents, collection);
        const refused = checked.refusals.flatMap((rule) => rule.problems);
        const entry = checked.entry;
        if (!entry) {
          problems.push(...refused);
          // Unreadable, it is reported once, here; entries linking to it are not reported as broken too.
          if (!other) entries[collection].push({ id, filePath: file, data: {} });
          continue;
        }
        entryFiles.set(file, entry);
        const data = source.illustrative ? { ...entry.data, illustrative: true } : entry.data;
        const result = schemas[collection].safeParse(data);
        if (!result.success) problems.push(...issueProblems(file, entry, result.error.issues));
        // An entry that fails its schema still exists as a link target; only its own links go unchecked.
        if (!other) entries[collection].push({ id, filePath: file, data: result.success ? result.data : {} });

        const photo = result.success ? (result.data as { photo?: unknown }).photo : undefined;
        if (typeof photo === 'string' && !existsSync(path.resolve(path.dirname(file), photo))) {
          problems.push({
            file,
            line: entry.lineOf(['photo']),
            field: 'photo',
            message: `không tìm thấy tệp ảnh "${photo}" — đặt ảnh cạnh tệp hồ sơ (cùng thư mục) và ghi đúng tên, ví dụ: ./anh.jpg`,
          });
        }
        problems.push(...refused);
        notices.push(...checked.notices);
        if (file.endsWith('.mdx')) {
          problems.push(
            ...checkMdxSource(contents).map(({ line, message }) => ({ file, line, field: BODY_FIELD, message })),
          );
        }
      }
    }
  }

  for (const problem of [...findBrokenLinks(entries), ...yearCycleProblems(entries)]) {
    const entry = entryFiles.get(problem.file);
    problems.push({ ...problem, line: entry?.lineOf(problem.field.split('.')) });
  }
  return { problems: sortProblems(problems), notices, files };
}

/** File by file, top to bottom, as an editor fixes them. */
function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        a.problem.file.localeCompare(b.problem.file) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}
