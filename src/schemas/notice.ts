/**
 * A public-comment notice (Thông báo lấy ý kiến): candidates proposed for an award, published for
 * comment before the council meets. The law that requires it changes (Nghị định 98/2023/NĐ-CP, Điều
 * 46, partly replaced by Nghị định 152/2025/NĐ-CP), so the legal basis is text, and the window is a
 * number of working days counted with the year's holiday list (src/lib/working-days.ts).
 */
import { z } from 'astro/zod';
import { awardSchema, isCollectiveTitle, isIndividualTitle } from './awards';
import { link, type SchemaContext } from './context';
import { EXEMPLAR_KINDS } from './exemplar';
import { email, flag, group, isoDate, listOf, oneOf, text, wholeNumber } from './fields';
import { publicationFields } from './publication';

export const candidateSchema = group(
  {
    /** An individual ("cá nhân") or a collective ("tập thể"). */
    kind: oneOf(EXEMPLAR_KINDS, 'cá nhân hay tập thể (candidates.kind)'),
    /** Full name of the person, or the collective's name. */
    name: text('họ tên hoặc tên tập thể (candidates.name)'),
    /** An individual's position (chức vụ). */
    position: text('chức vụ (candidates.position)', 'Phó Trưởng phòng').optional(),
    /** The unit they work in, as the proposal writes it. */
    unit: text('đơn vị công tác (candidates.unit)', 'Phòng Bảo hiểm thất nghiệp, Trung tâm Dịch vụ việc làm'),
    /** The title or form proposed, exactly as the law names it. */
    award: awardSchema,
    /** The achievement period: "2019–2023", "năm 2024". */
    period: text('thời gian lập thành tích (candidates.period)', '2019–2023'),
    /** What they achieved, in a sentence or two. */
    summary: text('tóm tắt thành tích (candidates.summary)').optional(),
  },
  'người, tập thể được đề nghị',
).superRefine((candidate, ctx) => {
  if (candidate.kind === 'tập thể' && isIndividualTitle(candidate.award.name)) {
    ctx.addIssue({
      code: 'custom',
      path: ['award', 'name'],
      message: `danh hiệu "${candidate.award.name}" chỉ dành cho cá nhân, người được đề nghị là tập thể`,
    });
  }
  if (candidate.kind === 'cá nhân' && isCollectiveTitle(candidate.award.name)) {
    ctx.addIssue({
      code: 'custom',
      path: ['award', 'name'],
      message: `danh hiệu "${candidate.award.name}" chỉ dành cho tập thể, người được đề nghị là cá nhân`,
    });
  }
  if (candidate.kind === 'cá nhân' && !candidate.position) {
    ctx.addIssue({
      code: 'custom',
      path: ['position'],
      message: 'người được đề nghị là cá nhân cần chức vụ (position)',
    });
  }
});

export function noticeSchema(context: SchemaContext) {
  return group(
    {
      /** "Thông báo lấy ý kiến về đề nghị khen thưởng Huân chương Lao động năm 2024". */
      title: text('tiêu đề thông báo (title)', 'Lấy ý kiến nhân dân về đề nghị khen thưởng năm 2024'),
      /** The provisions that require the notice, as text (they change): "Điều 46 Nghị định 98/2023/NĐ-CP …". */
      legalBasis: text(
        'căn cứ pháp lý (legalBasis)',
        'Khoản 2 Điều 46 Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ',
      ),
      /** The proposing document (tờ trình). */
      proposal: group(
        {
          /** "Tờ trình", "Công văn". */
          kind: text('loại văn bản đề nghị (proposal.kind)', 'Tờ trình'),
          /** Its số ký hiệu: "45/TTr-TTDVVL". */
          number: text('số ký hiệu (proposal.number)', '45/TTr-TTDVVL'),
          /** Its date. */
          date: isoDate('ngày của văn bản đề nghị (proposal.date)'),
          /** Who proposes: "Trung tâm Dịch vụ việc làm". */
          issuer: text('cơ quan đề nghị (proposal.issuer)', 'Trung tâm Dịch vụ việc làm'),
        },
        'văn bản đề nghị (proposal)',
      ),
      /** The council that will consider the proposal, when stated. */
      council: text('hội đồng xét (council)', 'Hội đồng Thi đua – Khen thưởng tỉnh').optional(),
      /** The first day of the window ("kể từ ngày …"). */
      opensOn: isoDate('ngày bắt đầu lấy ý kiến (opensOn)'),
      /** The window in working days; the closing day is counted with the year's holiday list. */
      workingDays: wholeNumber('số ngày làm việc lấy ý kiến (workingDays)', 1, 60),
      /** Where and how to send comments. */
      comments: group(
        {
          /** Postal address for written comments. */
          address: text('địa chỉ nhận ý kiến (comments.address)'),
          email: email('thư điện tử nhận ý kiến (comments.email)').optional(),
          phone: text('điện thoại (comments.phone)').optional(),
          /** The named contact, with their position: "Bà Nguyễn Thị A, chuyên viên Phòng Hành chính – Tổng hợp". */
          contact: text('người liên hệ (comments.contact)'),
          /** Whether comments must be in writing, signed, with full name and address. */
          signed: flag('ý kiến phải có chữ ký (comments.signed)', true),
        },
        'cách gửi ý kiến (comments)',
      ),
      /** Everyone proposed, as the proposal lists them; shown until the retention period ends. */
      candidates: listOf(candidateSchema, 'người, tập thể được đề nghị (candidates)').min(1, {
        error: 'cần ít nhất một người hoặc tập thể được đề nghị trong candidates',
      }),
      /** The award decision that followed, once issued. */
      decision: link(context, 'decisions', 'quyết định khen thưởng (decision)').optional(),
      ...publicationFields,
    },
    'thông báo lấy ý kiến',
  );
}

export type Notice = z.output<ReturnType<typeof noticeSchema>>;
export type Candidate = z.output<typeof candidateSchema>;
