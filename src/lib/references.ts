/**
 * Links between entries. Astro's reference() only records the target id; this module checks, once all
 * collections are loaded, that every target exists, so a mistyped id stops the build.
 */
import type { CollectionName, EntryLink } from '../schemas/context';
import type { ContentProblem } from './validation-report';

interface LinkField {
  from: CollectionName;
  field: string;
  to: CollectionName;
}

/** Every field that links to another entry. */
export const LINK_FIELDS: readonly LinkField[] = [
  { from: 'phases', field: 'plan', to: 'plans' },
  { from: 'movements', field: 'plans', to: 'plans' },
  { from: 'exemplars', field: 'unit', to: 'units' },
  { from: 'exemplars', field: 'phase', to: 'phases' },
  { from: 'exemplars', field: 'movement', to: 'movements' },
];

const COLLECTION_NOUNS: Record<CollectionName, string> = {
  plans: 'kế hoạch',
  phases: 'đợt thi đua',
  movements: 'phong trào',
  exemplars: 'hồ sơ điển hình',
  units: 'đơn vị',
};

export interface LinkableEntry {
  id: string;
  filePath?: string | undefined;
  data: object;
}

function linksIn(value: unknown): { link: EntryLink; index?: number }[] {
  if (Array.isArray(value)) return value.map((link: EntryLink, index) => ({ link, index }));
  return value ? [{ link: value as EntryLink }] : [];
}

/** Problems for links whose target does not exist. */
export function findBrokenLinks(entries: Record<CollectionName, readonly LinkableEntry[]>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { from, field, to } of LINK_FIELDS) {
    const known = new Set(entries[to].map((entry) => entry.id));
    const choices = [...known].sort();
    const shown = choices.length === 0 ? `chưa có ${COLLECTION_NOUNS[to]} nào` : `các giá trị hợp lệ: ${choices.slice(0, 12).join(', ')}${choices.length > 12 ? ', …' : ''}`;
    for (const entry of entries[from]) {
      for (const { link, index } of linksIn((entry.data as Record<string, unknown>)[field])) {
        if (known.has(link.id)) continue;
        problems.push({
          file: entry.filePath ?? `${from}/${entry.id}`,
          field: index === undefined ? field : `${field}.${index}`,
          message: `không có ${COLLECTION_NOUNS[to]} nào tên "${link.id}" (tên tệp không có phần mở rộng); ${shown}`,
        });
      }
    }
  }
  return problems;
}
