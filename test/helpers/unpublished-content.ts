/**
 * A copy of the real content with entries that must never reach the public site (a draft plan, a
 * draft phase, an embargoed movement, an embargoed profile with its photo, a draft and an embargoed
 * phase with words of their own) and public controls that prove the searches can find what is there.
 * Built once for the whole run (test/global-setup.ts) and read by the drafts-and-embargoes tests.
 */
import { cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addProfile, copyContent } from './content';

const PUBLIC_PLAN = 'thuc-hien-cac-phong-trao-thi-dua-nam-2024';

/** Words that exist only in the unpublished entries, and their addresses and file names. */
export const SECRETS = [
  'Banhapkiemtra',
  'Dotnhapkiemtra',
  'Phongtraohenngay',
  'Hosohenngay',
  'ke-hoach-nhap',
  'dot-nhap',
  'phong-trao-hen-ngay',
  'ho-so-hen-ngay',
  'anh-hen-ngay',
];
/** A word only the public control profile has. */
export const CONTROL = 'Hosocongkhaikiemtra';

/** Writes the content folder (.cache/test/unpublished/content) and returns its path. */
export function writeUnpublishedContent(): string {
  const contentDir = copyContent('unpublished');
  writeFileSync(
    path.join(contentDir, 'plans/ke-hoach-nhap.mdx'),
    `---
title: Banhapkiemtra kế hoạch còn đang soạn
documentKind: Kế hoạch
issuer:
  name: Trung tâm Dịch vụ việc làm
signer:
  position: Giám đốc
  name: Người Ký Thử
year: 2024
draft: true
---

Toàn văn Banhapkiemtra.
`,
  );
  writeFileSync(
    path.join(contentDir, 'phases/dot-nhap.yaml'),
    `title: Dotnhapkiemtra đợt thi đua chưa công bố\nplan: ${PUBLIC_PLAN}\nstartDate: 2024-03-01\nendDate: 2024-03-31\ndraft: true\n`,
  );
  writeFileSync(
    path.join(contentDir, 'movements/phong-trao-hen-ngay.yaml'),
    `title: Phongtraohenngay phong trào hẹn ngày công bố\nlaunchedBy:\n  level: Trung tâm\nplans:\n  - ${PUBLIC_PLAN}\npublishDate: 2999-01-01\n`,
  );
  // Phases whose made-up words carry đ, for the search index: with and without accents.
  const phase = (title: string, extra: string) =>
    `title: ${title}\nplan: ${PUBLIC_PLAN}\nstartDate: 2024-03-01\nendDate: 2024-03-31\n${extra}`;
  writeFileSync(path.join(contentDir, 'phases/ban-nhap.yaml'), phase('Đợt thi đua Zebrađỏ', 'draft: true\n'));
  writeFileSync(
    path.join(contentDir, 'phases/chua-cong-bo.yaml'),
    phase('Đợt thi đua Kỳlânvàng', 'publishDate: 2099-01-01\n'),
  );
  writeFileSync(
    path.join(contentDir, 'phases/da-cong-bo.yaml'),
    phase('Đợt thi đua Hạcxámđen', 'publishDate: 2024-01-01\n'),
  );

  const embargoed = addProfile(contentDir, 'ho-so-hen-ngay', (text) =>
    text
      .replace('name: Nguyễn Thị Thử Nghiệm', 'name: Hosohenngay Nguyễn Thị Hẹn')
      .replace(/\.\/anh\.jpg/g, './anh-hen-ngay.jpg')
      .replace('summary: ', 'publishDate: 2999-01-01\nmovement: phong-trao-hen-ngay\nsummary: Hosohenngay. '),
  );
  // Its own photo: Astro names an image after the first file with its content, so two profiles sharing
  // one picture would share one file name.
  cpSync(path.resolve('demo/exemplars/le-van-hung/anh.jpg'), path.join(path.dirname(embargoed), 'anh-hen-ngay.jpg'));
  rmSync(path.join(path.dirname(embargoed), 'anh.jpg'));
  const control = addProfile(contentDir, 'ho-so-cong-khai', (text) =>
    text
      .replace('name: Nguyễn Thị Thử Nghiệm', `name: ${CONTROL} Nguyễn Thị Công Khai`)
      .replace(/\.\/anh\.jpg/g, './anh-cong-khai.jpg'),
  );
  renameSync(path.join(path.dirname(control), 'anh.jpg'), path.join(path.dirname(control), 'anh-cong-khai.jpg'));
  return contentDir;
}
