/**
 * Reading a content file whose entry is stored anew: its data (YAML's core schema, entry-file.ts) and
 * body, or why the build refuses it, from the rules that need the file as written (YAML mistakes,
 * hints left unfilled, personal numbers in a profile). Pure, so that the content sync can run it in
 * its reading worker (entry-reader-pool.ts) or in its own thread with the same result.
 */
import { EntryFileError, readEntryFile } from './entry-file';
import type { FolderCollection } from './content-sources';
import { findPersonalDataInEntry, PROFILE_COLLECTIONS } from './personal-data';
import { placeholderProblems } from './placeholders';
import { formatProblems } from './validation-report';

export type EntryReading =
  | {
      data: Record<string, unknown>;
      /** As Astro's own entry types give it: the text after the frontmatter, trimmed. */
      body: string;
    }
  /** The build's message, in Vietnamese, naming the file, the line and the field. */
  | { refusal: string };

export function readCheckedEntry(filePath: string, contents: string, collection: FolderCollection): EntryReading {
  let entry;
  try {
    entry = readEntryFile(filePath, contents);
  } catch (error) {
    if (!(error instanceof EntryFileError)) throw error;
    return {
      refusal: formatProblems([{ file: filePath, line: error.line, field: error.field ?? '', message: error.message }]),
    };
  }
  if (entry.data['draft'] !== true) {
    const unfilled = placeholderProblems(filePath, contents);
    if (unfilled.length > 0)
      return { refusal: `Mục chưa điền xong nên chưa thể bỏ draft: true:\n${formatProblems(unfilled)}` };
  }
  if (PROFILE_COLLECTIONS.includes(collection)) {
    const found = findPersonalDataInEntry(filePath, entry);
    if (found.length > 0)
      return { refusal: `Hồ sơ có thông tin cá nhân không được công bố:\n${formatProblems(found)}` };
  }
  return { data: entry.data, body: entry.body.trim() };
}
