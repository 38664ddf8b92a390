/**
 * An exemplary person or team (Điển hình tiên tiến). An individual's profile is personal data: Luật
 * Bảo vệ dữ liệu cá nhân 91/2025/QH15 requires their explicit consent to this purpose, so the
 * profile must record it.
 */
import { z } from 'astro/zod';
import { ALT_TEXT_EXAMPLE, altTextProblem } from '../lib/alt-text';
import { awardSchema, isCollectiveTitle, isIndividualTitle } from './awards';
import { link, type SchemaContext } from './context';
import { group, isoDate, listOf, oneOf, text, withMeta, year } from './fields';
import { publicationFields } from './publication';

export const EXEMPLAR_KINDS = ['cá nhân', 'tập thể'] as const;

/** How consent was obtained. */
export const CONSENT_METHODS = ['văn bản có chữ ký', 'thư điện tử', 'biểu mẫu điện tử'] as const;

export const consentSchema = group(
  {
    date: isoDate('ngày đồng ý (consent.date)'),
    method: oneOf(CONSENT_METHODS, 'hình thức đồng ý (consent.method)'),
    /** The purpose consented to, in the words of the consent form. */
    purpose: text(
      'mục đích được đồng ý (consent.purpose)',
      'Đăng hồ sơ điển hình tiên tiến và ảnh trên Trang thông tin điện tử',
    ),
    /** Where the signed record is filed. */
    record: text('nơi lưu hồ sơ đồng ý (consent.record)', 'Hồ sơ lưu tại Phòng Hành chính – Tổng hợp').optional(),
  },
  'sự đồng ý công bố (consent)',
);

function exemplarFields(context: SchemaContext) {
  return {
    /** Full name of the person, or the team's name. */
    name: text('họ tên hoặc tên tập thể (name)'),
    kind: oneOf(EXEMPLAR_KINDS, 'cá nhân hay tập thể (kind)'),
    unit: link(context, 'units', 'đơn vị (unit)'),
    /** An individual's position (chức vụ, vị trí công tác). */
    position: text('chức vụ (position)', 'Viên chức tư vấn việc làm').optional(),
    year: year('năm (year)'),
    phase: link(context, 'phases', 'đợt thi đua (phase)').optional(),
    movement: link(context, 'movements', 'phong trào (movement)').optional(),
    awards: listOf(awardSchema, 'danh hiệu, khen thưởng (awards)').default([]),
    /** Two or three sentences shown in lists and search results. */
    summary: text('tóm tắt (summary)').pipe(
      z.string().max(400, {
        error: (issue) => `tóm tắt (summary) tối đa 400 ký tự, hiện có ${String(issue.input).length} — hãy rút gọn`,
      }),
    ),
    /** What the photo shows, for readers who cannot see it. */
    photoAlt: text('mô tả ảnh (photoAlt)', 'Chị Nguyễn Thị A đang tư vấn cho người lao động tại quầy').optional(),
    consent: consentSchema.optional(),
    ...publicationFields,
  };
}

/**
 * The fields other than the photo, built once per reference() helper: Astro builds a profile's schema
 * for every profile (image() is bound to the entry's file), and thousands of profiles would otherwise
 * rebuild every field each time.
 */
const fieldsByReference = new WeakMap<SchemaContext['reference'], ReturnType<typeof exemplarFields>>();

export function exemplarSchema(context: SchemaContext) {
  let fields = fieldsByReference.get(context.reference);
  if (!fields) {
    fields = exemplarFields(context);
    fieldsByReference.set(context.reference, fields);
  }
  const photo = withMeta(context.image(), {
    label: 'ảnh (photo)',
    hint: 'JPEG, PNG hoặc WebP, tối đa 5 MB; ảnh lớn được thu nhỏ và xóa thông tin vị trí (GPS) trước khi lưu. Có ảnh thì cần mô tả ảnh.',
  });
  return group({ ...fields, photo: photo.optional() }, 'hồ sơ điển hình tiên tiến').superRefine((profile, ctx) => {
    if (profile.kind === 'cá nhân' && !profile.consent) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent'],
        message:
          'hồ sơ cá nhân cần ghi nhận sự đồng ý công bố (consent: date, method, purpose) theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15',
      });
    }
    if (profile.kind === 'cá nhân' && !profile.position) {
      ctx.addIssue({ code: 'custom', path: ['position'], message: 'hồ sơ cá nhân cần chức vụ (position)' });
    }
    if (profile.photo && !profile.photoAlt) {
      ctx.addIssue({
        code: 'custom',
        path: ['photoAlt'],
        message: 'có ảnh (photo) thì cần mô tả ảnh bằng tiếng Việt (photoAlt)',
      });
    }
    const altProblem = profile.photoAlt === undefined ? undefined : altTextProblem(profile.photoAlt);
    if (altProblem) {
      ctx.addIssue({
        code: 'custom',
        path: ['photoAlt'],
        message: `${altProblem} — viết điều ảnh cho thấy, ví dụ: ${ALT_TEXT_EXAMPLE}`,
      });
    }
    profile.awards.forEach((award, index) => {
      if (profile.kind === 'tập thể' && isIndividualTitle(award.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['awards', index, 'name'],
          message: `danh hiệu "${award.name}" chỉ dành cho cá nhân (Điều 19 Luật Thi đua, khen thưởng), hồ sơ này là tập thể`,
        });
      }
      if (profile.kind === 'cá nhân' && isCollectiveTitle(award.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['awards', index, 'name'],
          message: `danh hiệu "${award.name}" chỉ dành cho tập thể (Điều 20 Luật Thi đua, khen thưởng), hồ sơ này là cá nhân`,
        });
      }
    });
  });
}

export type Exemplar = z.output<ReturnType<typeof exemplarSchema>>;
