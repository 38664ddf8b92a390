/**
 * A plan (Kế hoạch): the structured facts of an official document; its full text is the MDX body.
 * Every field is filled only from what the document states.
 */
import { z } from 'astro/zod';
import { attachmentSchema } from './attachment';
import { citedDocumentSchema } from './cited-document';
import { amount, group, isoDate, listOf, oneOf, text, year } from './fields';
import { publicationFields } from './publication';

/** Document kinds of Nghị định 30/2020/NĐ-CP that this site publishes. */
export const DOCUMENT_KINDS = [
  'Kế hoạch',
  'Quyết định',
  'Chỉ thị',
  'Thông báo',
  'Báo cáo',
  'Hướng dẫn',
  'Công văn',
] as const;

/** Signing on someone's behalf (Nghị định 30/2020, Điều 13). */
export const SIGNING_PREFIXES = ['KT.', 'TM.', 'Q.', 'TL.', 'TUQ.'] as const;

/** How a number is qualified in the text: "khoảng 200 người", "trên 3,5 %/năm". */
export const TARGET_QUALIFIERS = ['khoảng', 'trên', 'dưới', 'từ', 'tối thiểu', 'tối đa'] as const;

const targetFields = {
  /** What is to be achieved, in the document's words. */
  label: text('nội dung chỉ tiêu', 'Giải quyết việc làm'),
  /** The number; the lower bound of a range ("từ 0,8% đến 1%"). */
  value: amount('số lượng chỉ tiêu (value)'),
  /** The upper bound of a range. */
  upTo: amount('cận trên của chỉ tiêu (upTo)').optional(),
  qualifier: oneOf(TARGET_QUALIFIERS, 'cách ghi số (qualifier)').optional(),
  /** "lao động", "người", "%", "%/năm". */
  unit: text('đơn vị tính', 'người'),
};

const subTargetSchema = group(targetFields, 'chỉ tiêu thành phần');

export const targetSchema = group(
  {
    ...targetFields,
    /** Parts of the target ("Trong đó: Cao đẳng nghề: 1.000 người, …"). */
    parts: listOf(subTargetSchema, 'các chỉ tiêu thành phần (parts)').default([]),
  },
  'chỉ tiêu',
);

export const deadlineSchema = group(
  {
    date: isoDate('hạn (date)'),
    /** What must be done by then. */
    task: text('việc phải làm (task)'),
    /** Who must do it. */
    responsible: text('đơn vị thực hiện (responsible)'),
    /** Where it is sent, when the document says so. */
    submitTo: text('nơi nhận kết quả (submitTo)').optional(),
  },
  'thời hạn',
);

export const planSchema = group(
  {
    /** Trích yếu: what the document is about. */
    title: text('trích yếu (title)', 'Triển khai công tác thi đua, khen thưởng năm 2024'),
    documentKind: oneOf(DOCUMENT_KINDS, 'loại văn bản (documentKind)'),
    /** Số ký hiệu; leave out when the published document does not state it. */
    number: text('số ký hiệu (number)', '08/KH-SLĐTBXH').optional(),
    /** Ngày ban hành; leave out when the published document does not state it. */
    issuedOn: isoDate('ngày ban hành (issuedOn)').optional(),
    /** Địa danh in "Bắc Giang, ngày … tháng … năm …", when stated. */
    place: text('địa danh (place)', 'Bắc Giang').optional(),
    issuer: group(
      {
        /** The issuing body, as in the document's header. */
        name: text('cơ quan ban hành (issuer.name)', 'Trung tâm Dịch vụ việc làm'),
        /** The body it belongs to (cơ quan chủ quản). */
        parent: text('cơ quan chủ quản (issuer.parent)', 'Sở Lao động - Thương binh và Xã hội').optional(),
      },
      'cơ quan ban hành (issuer)',
    ),
    signer: group(
      {
        /** KT., TM., … when signing on someone's behalf. */
        prefix: oneOf(SIGNING_PREFIXES, 'thẩm quyền ký (signer.prefix)').optional(),
        /** The position signed for, after the prefix: "Giám đốc" in "KT. GIÁM ĐỐC". */
        onBehalfOf: text('chức vụ được ký thay (signer.onBehalfOf)', 'Giám đốc').optional(),
        /** The signer's own position. */
        position: text('chức vụ người ký (signer.position)', 'Phó Giám đốc'),
        name: text('họ và tên người ký (signer.name)'),
      },
      'người ký (signer)',
    ),
    year: year('năm của kế hoạch (year)'),
    /** Chủ đề, khẩu hiệu thi đua the document states, each with what it is the theme of. */
    themes: listOf(
      group({ label: text('chủ đề của (themes.label)'), text: text('nội dung chủ đề (themes.text)') }, 'chủ đề'),
      'chủ đề (themes)',
    ).default([]),
    /** Căn cứ: the documents it implements or names. */
    citedDocuments: listOf(citedDocumentSchema, 'văn bản căn cứ (citedDocuments)').default([]),
    /** Chỉ tiêu with numbers. */
    targets: listOf(targetSchema, 'chỉ tiêu (targets)').default([]),
    /** Dated deadlines. */
    deadlines: listOf(deadlineSchema, 'thời hạn (deadlines)').default([]),
    /** Nơi nhận, as listed under the signature. */
    recipients: listOf(text('nơi nhận'), 'nơi nhận (recipients)').default([]),
    /** Files to download: the signed original and its annexes, stored beside the entry. */
    attachments: listOf(attachmentSchema, 'tệp đính kèm (attachments)').default([]),
    ...publicationFields,
  },
  'kế hoạch',
).superRefine((plan, ctx) => {
  if (plan.signer.prefix && !plan.signer.onBehalfOf) {
    ctx.addIssue({
      code: 'custom',
      path: ['signer', 'onBehalfOf'],
      message: `khi ký "${plan.signer.prefix}", cần ghi chức vụ được ký thay trong signer.onBehalfOf, ví dụ: Giám đốc`,
    });
  }
  plan.targets.forEach((target, index) => {
    if (target.upTo !== undefined && target.upTo < target.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['targets', index, 'upTo'],
        message: `cận trên (upTo = ${target.upTo}) phải lớn hơn số lượng (value = ${target.value})`,
      });
    }
  });
  if (plan.issuedOn && Number(plan.issuedOn.slice(0, 4)) < plan.year - 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['issuedOn'],
      message: `ngày ban hành ${plan.issuedOn} quá xa so với năm của kế hoạch (${plan.year})`,
    });
  }
});

export type Plan = z.output<typeof planSchema>;
export type Target = z.output<typeof targetSchema>;
export type Deadline = z.output<typeof deadlineSchema>;
