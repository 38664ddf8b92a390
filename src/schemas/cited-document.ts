/** A document that a plan implements or cites ("Kế hoạch số 08/KH-SLĐTBXH ngày 12/01/2024 của Sở …"). */
import type { z } from 'astro/zod';
import { group, isoDate, oneOf, text } from './fields';

/** "thực hiện": the plan is issued to carry it out (căn cứ); "dẫn chiếu": the plan names it in its text. */
export const CITATION_RELATIONS = ['thực hiện', 'dẫn chiếu'] as const;

export const citedDocumentSchema = group(
  {
    /** Kind of document: Kế hoạch, Chỉ thị, Nghị quyết, Luật, … */
    kind: text('loại văn bản', 'Kế hoạch'),
    /** Số ký hiệu, when the citing text gives it: "08/KH-SLĐTBXH". */
    number: text('số ký hiệu', '08/KH-SLĐTBXH').optional(),
    /** Date of the cited document. */
    date: isoDate('ngày ban hành của văn bản được dẫn').optional(),
    /** Who issued it, as the citing text names them. */
    issuer: text('cơ quan ban hành', 'Sở Lao động - Thương binh và Xã hội').optional(),
    /** What it is about, as the citing text puts it. */
    title: text('trích yếu của văn bản được dẫn', 'về công tác thi đua, khen thưởng năm 2024').optional(),
    relation: oneOf(CITATION_RELATIONS, 'quan hệ với kế hoạch (relation)'),
  },
  'văn bản căn cứ',
);

export type CitedDocument = z.output<typeof citedDocumentSchema>;
