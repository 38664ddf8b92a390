/**
 * Every document the site publishes, whatever its kind (plans, award decisions), as one list for
 * /van-ban/: the facts Nghị định 42/2022/NĐ-CP asks for, the page, and the attached files. Its kind
 * filter uses the search's own values ("loại nội dung"), so a filter here means the same as there.
 */
import type { SiteContent, YearCycleContent } from './content';
import { attachmentFacts } from '../lib/attachments';
import { startOfYear, type IsoDate } from '../lib/dates';
import { routes } from '../lib/routes';
import { SEARCH_KINDS } from '../lib/search/records';
import { compareVietnamese } from '../lib/vietnamese-text';

export interface DocumentFile {
  href: string;
  title: string;
  type: string;
  size: string;
}

export interface PublishedDocument {
  /** The search's kind: "Kế hoạch", "Quyết định khen thưởng". */
  kind: string;
  /** Loại văn bản (Nghị định 30/2020): "Kế hoạch", "Quyết định". */
  documentKind: string;
  number: string | undefined;
  issuedOn: IsoDate | undefined;
  year: number;
  issuer: string;
  title: string;
  href: string;
  files: DocumentFile[];
  illustrative: boolean;
}

function fileOf(entryFile: string | undefined, pagePath: string, file: string, title: string): DocumentFile[] {
  if (!entryFile) return [];
  const facts = attachmentFacts(entryFile, file);
  if (!facts) return [];
  return [{ href: routes.attachment(pagePath, file), title, type: facts.type, size: facts.size }];
}

/** Newest first: by date of issue (a document without one counts as 1 January of its year), then title. */
export function publishedDocuments(content: SiteContent, cycle: YearCycleContent): PublishedDocument[] {
  const plans = content.plans.map((plan): PublishedDocument => ({
    kind: SEARCH_KINDS.plan,
    documentKind: plan.data.documentKind,
    number: plan.data.number,
    issuedOn: plan.data.issuedOn,
    year: plan.data.year,
    issuer: plan.data.issuer.name,
    title: plan.data.title,
    href: routes.plan(plan.id),
    files: plan.data.attachments.flatMap((attachment) =>
      fileOf(plan.filePath, routes.plan(plan.id), attachment.file, attachment.title),
    ),
    illustrative: plan.data.illustrative,
  }));
  const decisions = cycle.decisions.map((decision): PublishedDocument => ({
    kind: SEARCH_KINDS.decision,
    documentKind: decision.data.documentKind,
    number: decision.data.number,
    issuedOn: decision.data.issuedOn,
    year: decision.data.year,
    issuer: decision.data.issuer.name,
    title: decision.data.title,
    href: routes.decision(decision.id),
    files: fileOf(decision.filePath, routes.decision(decision.id), decision.data.file.file, decision.data.file.title),
    illustrative: decision.data.illustrative,
  }));
  const key = (document: PublishedDocument) => document.issuedOn ?? startOfYear(document.year);
  return [...plans, ...decisions].sort((a, b) => key(b).localeCompare(key(a)) || compareVietnamese(a.title, b.title));
}
