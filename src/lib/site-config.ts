/**
 * The validated site configuration, read once from `content/site.yaml`. Pages import `siteConfig`;
 * astro.config.mjs uses it for the site's address. A mistake stops the build with a Vietnamese message.
 */
import { readFileSync } from 'node:fs';
import { siteSchema, type SiteConfig } from '../schemas/site';
import { readEntryFile } from './entry-file';
import { siteConfigPath } from './content-sources';
import { formatProblems, problemsFromIssues } from './validation-report';

export function loadSiteConfig(file: string = siteConfigPath()): SiteConfig {
  let contents: string;
  try {
    contents = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Không tìm thấy tệp cấu hình trang: ${file}`);
  }
  const result = siteSchema.safeParse(readEntryFile(file, contents).data);
  if (!result.success) {
    throw new Error(`Cấu hình trang không hợp lệ:\n${formatProblems(problemsFromIssues(file, result.error.issues))}`);
  }
  return result.data;
}

export const siteConfig: SiteConfig = loadSiteConfig();
