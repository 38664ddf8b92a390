/**
 * Reading a content file whose entry is stored anew: its data (YAML's core schema, entry-file.ts) and
 * body, or why the build refuses it, from the rules that need the file as written (YAML mistakes,
 * hints left unfilled, personal numbers in a profile). Pure, so that the content sync can run it in
 * its reading worker (entry-reader-pool.ts) or in its own thread with the same result. The same rules
 * give `npm run check:content` every problem at once (checkEntryFile), where the build stops at the first.
 */
import { EntryFileError, readEntryFile, type EntryFile } from './entry-file';
import type { FolderCollection } from './content-sources';
import { findPersonalDataInEntry, PROFILE_COLLECTIONS } from './personal-data';
import { placeholderProblems } from './placeholders';
import { formatProblems, type ContentProblem } from './validation-report';

export type EntryReading =
  | {
      data: Record<string, unknown>;
      /** As Astro's own entry types give it: the text after the frontmatter, trimmed. */
      body: string;
    }
  /** The build's message, in Vietnamese, naming the file, the line and the field. */
  | { refusal: string };

/** One rule's problems with a file, and the line the build's refusal opens with, if any. */
interface RuleProblems {
  heading?: string;
  problems: ContentProblem[];
}

export interface EntryFileCheck {
  /** The file as read; absent when its YAML could not be read (the first refusal says why). */
  entry?: EntryFile;
  /** Each broken rule's problems, in the order the build looks at them: it refuses with the first. */
  refusals: RuleProblems[];
  /** Not refusals: hints still to fill in a draft. */
  notices: ContentProblem[];
}

/** The rules that need the file as written, every problem of each. */
export function checkEntryFile(filePath: string, contents: string, collection: FolderCollection): EntryFileCheck {
  let entry;
  try {
    entry = readEntryFile(filePath, contents);
  } catch (error) {
    if (!(error instanceof EntryFileError)) throw error;
    const problem = { file: filePath, line: error.line, field: error.field ?? '', message: error.message };
    return { refusals: [{ problems: [problem] }], notices: [] };
  }
  const refusals: RuleProblems[] = [];
  const unfilled = placeholderProblems(filePath, contents);
  const isDraft = entry.data['draft'] === true;
  if (unfilled.length > 0 && !isDraft)
    refusals.push({ heading: 'Mục chưa điền xong nên chưa thể bỏ draft: true', problems: unfilled });
  if (PROFILE_COLLECTIONS.includes(collection)) {
    const found = findPersonalDataInEntry(filePath, entry);
    if (found.length > 0) refusals.push({ heading: 'Hồ sơ có thông tin cá nhân không được công bố', problems: found });
  }
  return { entry, refusals, notices: isDraft ? unfilled : [] };
}

export function readCheckedEntry(filePath: string, contents: string, collection: FolderCollection): EntryReading {
  const { entry, refusals } = checkEntryFile(filePath, contents, collection);
  const first = refusals[0];
  if (first) {
    const problems = formatProblems(first.problems);
    return { refusal: first.heading ? `${first.heading}:\n${problems}` : problems };
  }
  return { data: entry!.data, body: entry!.body.trim() };
}
