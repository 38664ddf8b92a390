/**
 * Links between entries. Astro's reference() only records the target id; this module checks, once all
 * collections are loaded, that every target exists, so a mistyped id stops the build.
 */
import type { CollectionName, EntryLink } from '../schemas/context';
import type { ContentProblem } from './validation-report';

interface LinkField {
  from: CollectionName;
  field: string;
  /** For a link inside each item of a list field: the item's field ("awardees" → "exemplar"). */
  itemField?: string;
  to: CollectionName;
}

/** Every field that links to another entry. */
export const LINK_FIELDS: readonly LinkField[] = [
  { from: 'phases', field: 'plan', to: 'plans' },
  { from: 'movements', field: 'plans', to: 'plans' },
  { from: 'exemplars', field: 'unit', to: 'units' },
  { from: 'exemplars', field: 'phase', to: 'phases' },
  { from: 'exemplars', field: 'movement', to: 'movements' },
  { from: 'notices', field: 'decision', to: 'decisions' },
  { from: 'decisions', field: 'awardees', itemField: 'exemplar', to: 'exemplars' },
  { from: 'decisions', field: 'awardees', itemField: 'agencyUnit', to: 'units' },
  { from: 'registrations', field: 'plan', to: 'plans' },
  { from: 'registrations', field: 'unit', to: 'units' },
];

const COLLECTION_NOUNS: Record<CollectionName, string> = {
  plans: 'kế hoạch',
  phases: 'đợt thi đua',
  movements: 'phong trào',
  exemplars: 'hồ sơ điển hình',
  units: 'đơn vị',
  notices: 'thông báo lấy ý kiến',
  decisions: 'quyết định khen thưởng',
  registrations: 'đăng ký thi đua',
  holidays: 'danh sách ngày nghỉ',
};

export interface LinkableEntry {
  id: string;
  filePath?: string | undefined;
  data: object;
}

function linksIn(value: unknown, itemField?: string): { link: EntryLink; index?: number }[] {
  if (itemField !== undefined) {
    if (!Array.isArray(value)) return [];
    return value.flatMap((item: Record<string, unknown>, index) =>
      item?.[itemField] ? [{ link: item[itemField] as EntryLink, index }] : [],
    );
  }
  if (Array.isArray(value)) return value.map((link: EntryLink, index) => ({ link, index }));
  return value ? [{ link: value as EntryLink }] : [];
}

/** Problems for links whose target does not exist; link fields between collections not given are skipped. */
export function findBrokenLinks(entries: Partial<Record<CollectionName, readonly LinkableEntry[]>>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { from, field, itemField, to } of LINK_FIELDS) {
    const [sources, targets] = [entries[from], entries[to]];
    if (!sources || !targets) continue;
    const known = new Set(targets.map((entry) => entry.id));
    const choices = [...known].sort();
    const shown =
      choices.length === 0
        ? `chưa có ${COLLECTION_NOUNS[to]} nào`
        : `các giá trị hợp lệ: ${choices.slice(0, 12).join(', ')}${choices.length > 12 ? ', …' : ''}`;
    for (const entry of sources) {
      for (const { link, index } of linksIn((entry.data as Record<string, unknown>)[field], itemField)) {
        if (known.has(link.id)) continue;
        problems.push({
          file: entry.filePath ?? `${from}/${entry.id}`,
          field: [field, index, itemField].filter((part) => part !== undefined).join('.'),
          message: `không có ${COLLECTION_NOUNS[to]} nào tên "${link.id}" (tên tệp không có phần mở rộng); ${shown}`,
        });
      }
    }
  }
  return problems;
}
