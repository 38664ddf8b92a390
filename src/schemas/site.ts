/**
 * The site configuration (content/site.yaml): who publishes the site and how to reach them. Another
 * agency re-uses the site by changing this file and the content folder. Contact details that the
 * agency has not supplied are left out and shown as "Đang cập nhật".
 */
import { z } from 'astro/zod';
import { email, group, listOf, text, webAddress, wholeNumber } from './fields';

export const siteSchema = group(
  {
    /** The public address the site is served from; canonical links and the sitemap use it. */
    baseUrl: webAddress('địa chỉ trang (baseUrl)'),
    /** The site's name, shown in titles. */
    siteName: text('tên trang (siteName)', 'Thi đua – Khen thưởng'),
    /** One sentence on what the site publishes; the home page and search engines show it. */
    description: text('mô tả trang (description)'),
    agency: group(
      {
        name: text('tên cơ quan (agency.name)', 'Trung tâm Dịch vụ việc làm'),
        /** The agency's name in English, for the English contact page. */
        englishName: text('tên tiếng Anh (agency.englishName)', 'Employment Service Centre'),
        parent: text('cơ quan chủ quản (agency.parent)', 'Sở Lao động - Thương binh và Xã hội'),
        parentEnglishName: text('tên tiếng Anh của cơ quan chủ quản (agency.parentEnglishName)').optional(),
      },
      'cơ quan (agency)',
    ),
    /** Chức năng, nhiệm vụ: one paragraph each, as the agency's founding decision words them. */
    functions: listOf(text('chức năng, nhiệm vụ (functions)'), 'chức năng, nhiệm vụ (functions)').default([]),
    contact: group(
      {
        address: text('địa chỉ (contact.address)').optional(),
        phone: text('điện thoại (contact.phone)').optional(),
        email: email('thư điện tử (contact.email)').optional(),
      },
      'liên hệ (contact)',
    ),
    /** Người chịu trách nhiệm nội dung (Nghị định 42/2022/NĐ-CP). */
    responsiblePerson: group(
      { name: text('họ tên (responsiblePerson.name)'), position: text('chức vụ (responsiblePerson.position)') },
      'người chịu trách nhiệm (responsiblePerson)',
    ).optional(),
    /**
     * Months after a public-comment notice closes during which its candidates' names, positions and
     * summaries stay on the site; then the notice keeps only its counts and its decision link. They are
     * published because the law requires it, not by consent, so they are kept no longer than needed.
     */
    candidateRetentionMonths: wholeNumber('số tháng giữ thông tin người được đề nghị (candidateRetentionMonths)', 1, 120).default(12),
  },
  'cấu hình trang',
);

export type SiteConfig = z.output<typeof siteSchema>;
