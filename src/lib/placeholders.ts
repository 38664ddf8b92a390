/**
 * Hints left by `npm run new`. A new entry is a valid draft from the start, so it can be committed
 * and previewed while it is being written; every place the editor still has to fill in says
 * "ĐIỀN VÀO ĐÂY". An entry that still says so cannot be published: with `draft: true` removed, the
 * check and the build stop on each such line.
 */
import { bodyStartLineOf } from './entry-file';
import { BODY_FIELD, type ContentProblem } from './validation-report';

/** The words that mark a hint still to be replaced. */
export const PLACEHOLDER = 'ĐIỀN VÀO ĐÂY';

export interface Placeholder {
  line: number;
  /** The field written on that line, if any. */
  field: string;
  /** What to write there, as the hint says. */
  hint: string;
}

/** Each line of `contents` that still holds a hint. */
export function findPlaceholders(contents: string): Placeholder[] {
  // In an .mdx file, the text below the frontmatter is the story (nội dung bài).
  const bodyStart = bodyStartLineOf(contents) ?? Infinity;
  return contents.split('\n').flatMap((text, index) => {
    if (!text.normalize('NFC').includes(PLACEHOLDER)) return [];
    const hint = text
      .slice(text.indexOf(PLACEHOLDER) + PLACEHOLDER.length)
      .replace(/^[:\s]+/, '')
      .replace(/["'\s]+$/, '');
    const field = index + 1 >= bodyStart ? BODY_FIELD : (/^\s*-?\s*([A-Za-z]+):/.exec(text)?.[1] ?? '');
    return [{ line: index + 1, field, hint }];
  });
}

/** The problems to report for hints left in an entry that is no longer a draft. */
export function placeholderProblems(file: string, contents: string): ContentProblem[] {
  return findPlaceholders(contents).map(({ line, field, hint }) => ({
    file,
    line,
    field,
    message: `còn chỗ chưa điền (${hint || 'gợi ý'}) — thay chữ "${PLACEHOLDER}: …" bằng nội dung thật (với dòng ghi chú bắt đầu bằng #, sửa giá trị ngay dưới rồi xóa dòng ghi chú); chỉ bản nháp (draft: true) mới được để lại`,
  }));
}
