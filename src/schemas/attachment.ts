/**
 * A file attached to a document (the signed original, an annex), stored beside the entry. Whether it
 * exists and its size are checked with the content (src/lib/attachments.ts): a schema sees only the name.
 */
import type { z } from 'astro/zod';
import { group, text } from './fields';

export const attachmentSchema = group(
  {
    /** The file's name, beside the entry file: "quyet-dinh-25.pdf". */
    // A bare file name: a path could reach outside the content folder.
    file: text('tệp (file)', 'quyet-dinh-25.pdf').refine((name) => /^(\.\/)?[\w-][\w.-]*\.[a-z0-9]+$/i.test(name), {
      error:
        'tên tệp chỉ gồm chữ không dấu, số, dấu gạch ngang và phần mở rộng, đặt cạnh tệp nội dung, ví dụ: quyet-dinh-25.pdf',
    }),
    /** What the file is, as readers see it: "Bản gốc có chữ ký". */
    title: text('tên tệp hiển thị (title)', 'Quyết định (bản có chữ ký)'),
  },
  'tệp đính kèm',
);

export type Attachment = z.output<typeof attachmentSchema>;
