/** A unit of the agency (phòng, bộ phận), one file each. */
import { z } from 'astro/zod';
import { group, text, wholeNumber } from './fields';
import { publicationFields } from './publication';

export const unitSchema = group(
  {
    name: text('tên đơn vị (name)', 'Phòng Hành chính – Tổng hợp'),
    /** Its role in emulation work, in the words of a published document. */
    role: text('nhiệm vụ trong công tác thi đua (role)').optional(),
    /** Position in lists; smaller first. */
    order: wholeNumber('thứ tự (order)', 0, 1000).default(100),
    ...publicationFields,
  },
  'đơn vị',
);

export type Unit = z.output<typeof unitSchema>;
