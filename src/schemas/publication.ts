/** Fields every collection shares: whether and from when an entry is public, and where its facts come from. */
import { flag, isoDate, text, withMeta } from './fields';

export const publicationFields = {
  /** `true` keeps the entry off the public site; `npm run dev` still shows it, marked as a draft. */
  draft: withMeta(flag('draft (bản nháp)', false), {
    label: 'bản nháp (draft)',
    hint: 'Bật khi bài chưa được công bố: bài không lên trang công khai; bản xem thử vẫn hiện, có nhãn "Bản nháp".',
  }),
  /** Embargo: the entry is not published before this day (Viet Nam time). */
  publishDate: withMeta(isoDate('publishDate (ngày được công bố)'), {
    label: 'ngày được công bố (publishDate)',
    hint: 'Để trống để công bố ngay; chọn một ngày thì bài chỉ lên trang từ ngày đó (giờ Việt Nam).',
  }).optional(),
  /**
   * Where the facts come from and why a field is left empty ("Nguồn: mục II.2 Kế hoạch …"), for the
   * people who edit the entry; shown on no page. It replaces the YAML comments a form editor would drop.
   */
  sourceNote: withMeta(
    text('ghi chú nguồn (sourceNote)', 'Nguồn: mục II.2 Kế hoạch thực hiện các phong trào thi đua năm 2024'),
    {
      widget: 'text',
      hint: 'Ghi chú cho người biên tập: nguồn của thông tin, vì sao một trường để trống. Không hiện trên trang.',
    },
  ).optional(),
  /** Set by the loader for entries of the fictional demo set (`demo/`); they never reach a production build. */
  illustrative: withMeta(flag('illustrative (hồ sơ minh họa)', false), { internal: true }),
};
