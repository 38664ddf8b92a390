/**
 * The site configuration (content/site.yaml): who publishes the site and how to reach them. Another
 * agency re-uses the site by changing this file and the content folder. Contact details that the
 * agency has not supplied are left out and shown as "Đang cập nhật".
 */
import { z } from 'astro/zod';
import { email, group, listOf, oneOf, text, webAddress, wholeNumber, withMeta } from './fields';

/** Git hosts the web editor (/quan-tri/) can save to; deploy/README.md says how to register it on each. */
export const EDITOR_HOSTS = ['github', 'gitlab', 'gitea'] as const;

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
    ).default({}),
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
    candidateRetentionMonths: wholeNumber(
      'số tháng giữ thông tin người được đề nghị (candidateRetentionMonths)',
      1,
      120,
    ).default(12),
    /**
     * Where the web editor (/quan-tri/) saves: the agency's git host and repository. Each save is a
     * commit by the signed-in person; only people with write access to the repository can save.
     */
    editor: group(
      {
        /** github, gitlab, or gitea (also for Forgejo). */
        host: withMeta(oneOf(EDITOR_HOSTS, 'máy chủ git (editor.host)'), {
          hint: 'gitea dùng cho cả Gitea và Forgejo.',
        }),
        /** "owner/name" of the repository that holds this site. */
        repo: text('kho mã (editor.repo)', 'trung-tam-dvvl/trang-thi-dua'),
        branch: text('nhánh (editor.branch)', 'main').default('main'),
        /** The host's API address, for a self-hosted GitLab, Gitea or Forgejo. */
        apiRoot: webAddress('địa chỉ API (editor.apiRoot)').optional(),
        /** The host's web address, for a self-hosted GitLab, Gitea or Forgejo. */
        baseUrl: webAddress('địa chỉ máy chủ git (editor.baseUrl)').optional(),
        /** The OAuth application's client ID registered on the host (deploy/README.md). */
        appId: text('mã ứng dụng đăng nhập (editor.appId)').optional(),
      },
      'trang quản trị (editor)',
    ).optional(),
  },
  'cấu hình trang',
);

export type SiteConfig = z.output<typeof siteSchema>;
