/**
 * Files attached to documents (the signed original of a plan or a decision): which types the site
 * accepts, how large one may be, how readers see it ("PDF, 1,2 MB"), and the problems
 * `check:content` and the build report when one is missing or too large.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatNumber } from './numbers';
import { INPUT, inputKey, recordInput } from './page-inputs';
import type { ContentProblem } from './validation-report';

/** Accepted types, by extension, with the name readers see. PDF is what a signed original is published as. */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  xlsx: 'Excel (XLSX)',
  odt: 'OpenDocument (ODT)',
};

/**
 * The largest file the site publishes: a scanned, signed decision of a few pages is well under 5 MB,
 * and readers on a phone download it whole. A larger file should be scanned again at a lower resolution.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Where an attachment of an entry is on disk: beside the entry file. */
export function attachmentPath(entryFile: string, file: string): string {
  const full = path.resolve(path.dirname(entryFile), file);
  // A page that names the file shows its size or publishes its bytes.
  recordInput(inputKey(INPUT.file, full));
  return full;
}

const extensionOf = (file: string) => path.extname(file).slice(1).toLowerCase();

/** "1,2 MB", "350 KB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

export interface AttachmentFacts {
  /** The name served: the file name without "./". */
  name: string;
  type: string;
  bytes: number;
  size: string;
}

/** Type and size of an attachment; undefined while it is missing (only a draft may be, see attachmentProblems). */
export function attachmentFacts(entryFile: string, file: string): AttachmentFacts | undefined {
  const full = attachmentPath(entryFile, file);
  if (!existsSync(full)) return undefined;
  const bytes = statSync(full).size;
  return {
    name: path.basename(file),
    type: ATTACHMENT_TYPES[extensionOf(file)] ?? extensionOf(file).toUpperCase(),
    bytes,
    size: formatFileSize(bytes),
  };
}

/** Problems with one attachment of `entryFile`, reported under `field` (such as `file.file`). */
export function attachmentProblems(entryFile: string, file: string, field: string): ContentProblem[] {
  const extension = extensionOf(file);
  if (!Object.hasOwn(ATTACHMENT_TYPES, extension)) {
    return [
      {
        file: entryFile,
        field,
        message: `loại tệp ".${extension}" không được đăng — chỉ nhận: ${Object.keys(ATTACHMENT_TYPES)
          .map((type) => `.${type}`)
          .join(', ')} (văn bản có chữ ký nên đăng dạng PDF)`,
      },
    ];
  }
  const full = attachmentPath(entryFile, file);
  if (!existsSync(full)) {
    return [
      {
        file: entryFile,
        field,
        message: `không tìm thấy tệp "${file}" — đặt tệp cạnh tệp nội dung (cùng thư mục) và ghi đúng tên, kể cả phần mở rộng`,
      },
    ];
  }
  const bytes = statSync(full).size;
  if (bytes > MAX_ATTACHMENT_BYTES) {
    return [
      {
        file: entryFile,
        field,
        message: `tệp "${file}" nặng ${formatFileSize(bytes)}, quá giới hạn ${formatFileSize(MAX_ATTACHMENT_BYTES)} — quét lại với độ phân giải thấp hơn (150 dpi) hoặc nén tệp PDF`,
      },
    ];
  }
  return [];
}

/** Every attachment of an entry's data, with its field path: a plan's `attachments`, a decision's `file`. */
export function attachmentsOf(data: Record<string, unknown>): { file: string; field: string }[] {
  const found: { file: string; field: string }[] = [];
  const single = data['file'] as { file?: unknown } | undefined;
  if (single && typeof single.file === 'string') found.push({ file: single.file, field: 'file.file' });
  const list = data['attachments'];
  if (Array.isArray(list)) {
    list.forEach((item: { file?: unknown }, index) => {
      if (typeof item?.file === 'string') found.push({ file: item.file, field: `attachments.${index}.file` });
    });
  }
  return found;
}
