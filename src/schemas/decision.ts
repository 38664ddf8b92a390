/**
 * An award decision (Quyết định khen thưởng): the document fields Nghị định 42/2022/NĐ-CP asks a
 * website to show (kind, issuing authority, số ký hiệu, dates, trích yếu, a downloadable file) and the
 * awardees, each award written exactly as the law names it.
 */
import { z } from 'astro/zod';
import { attachmentSchema } from './attachment';
import { awardSchema, isCollectiveTitle, isIndividualTitle } from './awards';
import { link, type SchemaContext } from './context';
import { EXEMPLAR_KINDS } from './exemplar';
import { group, isoDate, listOf, oneOf, text, year } from './fields';
import { DOCUMENT_KINDS, SIGNING_PREFIXES } from './plan';
import { publicationFields } from './publication';

function awardeeSchema(context: SchemaContext) {
  return group(
    {
      /** An individual ("cá nhân") or a collective ("tập thể"). */
      kind: oneOf(EXEMPLAR_KINDS, 'cá nhân hay tập thể (awardees.kind)'),
      /** Full name, or the collective's name. */
      name: text('họ tên hoặc tên tập thể (awardees.name)'),
      /** An individual's position. */
      position: text('chức vụ (awardees.position)').optional(),
      /** The unit, as the decision writes it. */
      unit: text('đơn vị (awardees.unit)', 'Phòng Tư vấn – Giới thiệu việc làm'),
      /** When the unit is one of the agency's own (content/units/), its file name: counted for it in the statistics. */
      agencyUnit: link(context, 'units', 'đơn vị của Trung tâm (awardees.agencyUnit)').optional(),
      /** The title or form conferred, exactly as the law names it. */
      award: awardSchema,
      /** Their exemplar profile on this site, when there is one (the profile's file name). */
      exemplar: link(context, 'exemplars', 'hồ sơ điển hình (awardees.exemplar)').optional(),
    },
    'người, tập thể được khen thưởng',
  ).superRefine((awardee, ctx) => {
    if (awardee.kind === 'tập thể' && isIndividualTitle(awardee.award.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['award', 'name'],
        message: `danh hiệu "${awardee.award.name}" chỉ dành cho cá nhân`,
      });
    }
    if (awardee.kind === 'cá nhân' && isCollectiveTitle(awardee.award.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['award', 'name'],
        message: `danh hiệu "${awardee.award.name}" chỉ dành cho tập thể`,
      });
    }
  });
}

export function decisionSchema(context: SchemaContext) {
  return group(
    {
      /** Trích yếu: "Về việc tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2024". */
      title: text('trích yếu (title)', 'Về việc tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2024'),
      /** Loại văn bản (Nghị định 30/2020/NĐ-CP); an award is conferred by a Quyết định. */
      documentKind: oneOf(DOCUMENT_KINDS, 'loại văn bản (documentKind)').default('Quyết định'),
      /** Số ký hiệu, required: a decision is cited by it. */
      number: text('số ký hiệu (number)', '25/QĐ-TTDVVL'),
      /** Ngày ban hành. */
      issuedOn: isoDate('ngày ban hành (issuedOn)'),
      /** Ngày có hiệu lực (often the day of signing). */
      effectiveOn: isoDate('ngày có hiệu lực (effectiveOn)'),
      issuer: group(
        {
          /** Cơ quan ban hành: "Trung tâm Dịch vụ việc làm", "UBND tỉnh Bắc Giang". */
          name: text('cơ quan ban hành (issuer.name)', 'Trung tâm Dịch vụ việc làm'),
          /** Cơ quan chủ quản, when the header names one. */
          parent: text('cơ quan chủ quản (issuer.parent)').optional(),
        },
        'cơ quan ban hành (issuer)',
      ),
      /** Who signed, when it is to be shown. */
      signer: group(
        {
          /** KT., TM., … when signing on someone's behalf. */
          prefix: oneOf(SIGNING_PREFIXES, 'thẩm quyền ký (signer.prefix)').optional(),
          /** The signer's position. */
          position: text('chức vụ người ký (signer.position)', 'Giám đốc'),
          /** The signer's full name. */
          name: text('họ và tên người ký (signer.name)'),
        },
        'người ký (signer)',
      ).optional(),
      /** The year the awards are for. */
      year: year('năm khen thưởng (year)'),
      /** The signed decision to download (PDF), beside this file. */
      file: attachmentSchema,
      /** Everyone the decision awards, as it lists them. */
      awardees: listOf(awardeeSchema(context), 'người, tập thể được khen thưởng (awardees)').min(1, {
        error: 'cần ít nhất một người hoặc tập thể được khen thưởng trong awardees',
      }),
      ...publicationFields,
    },
    'quyết định khen thưởng',
  ).superRefine((decision, ctx) => {
    if (decision.effectiveOn < decision.issuedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveOn'],
        message: `ngày có hiệu lực ${decision.effectiveOn} không thể trước ngày ban hành ${decision.issuedOn}`,
      });
    }
  });
}

export type Decision = z.output<ReturnType<typeof decisionSchema>>;
export type Awardee = Decision['awardees'][number];
