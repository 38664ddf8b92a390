/**
 * `npm run normalise:content`: rewrites content/ and demo/ in the web editor's style (src/cms/serialize.ts),
 * so that opening and saving an unchanged entry in the editor changes no byte. Comment lines that
 * carry facts (`# Nguồn: …`, why a field is empty) become the entry's `sourceNote` field, which the
 * editor keeps; site.yaml's comments were instructions, now in docs/huong-dan-dang-bai.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { editorConfig } from '../src/cms/config';
import { roundTrip } from '../src/cms/serialize';
import type { CmsField } from '../src/cms/fields';
import { listEntryFiles } from './lib/content-check';

const COMMENT = /^#\s?(.*)$/;

/** Full-line comments of a YAML text, and the text without them. */
function takeComments(yaml: string): { notes: string[]; rest: string } {
  const notes: string[] = [];
  const rest = yaml
    .split('\n')
    .filter((line) => {
      const match = COMMENT.exec(line);
      if (match) notes.push(match[1]!.trim());
      return !match;
    })
    .join('\n');
  return { notes: notes.filter(Boolean), rest };
}

function withNote(data: Record<string, unknown>, notes: string[]): Record<string, unknown> {
  if (notes.length === 0 || data['sourceNote']) return data;
  return { ...data, sourceNote: notes.join(' ') };
}

function normalise(
  file: string,
  format: 'yaml' | 'frontmatter',
  fields: readonly CmsField[],
  keepNotes: boolean,
): boolean {
  const text = readFileSync(file, 'utf8');
  let next: string;
  if (format === 'yaml') {
    const { notes, rest } = takeComments(text);
    const data = (parse(rest) ?? {}) as Record<string, unknown>;
    next = roundTrip(JSON.stringify(keepNotes ? withNote(data, notes) : data), 'yaml', fields);
  } else {
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) return false;
    const { notes, rest } = takeComments(match[1]!);
    const data = withNote((parse(rest) ?? {}) as Record<string, unknown>, notes);
    next = roundTrip(`---\n${JSON.stringify(data)}\n---\n${match[2]}`, 'frontmatter', fields);
  }
  if (next === text) return false;
  writeFileSync(file, next);
  return true;
}

const config = editorConfig();
let changed = 0;
for (const collection of config.collections) {
  if ('files' in collection) {
    for (const file of collection.files) changed += Number(normalise(file.file, 'yaml', file.fields, false));
    continue;
  }
  const format = collection.format === 'frontmatter' ? 'frontmatter' : 'yaml';
  for (const root of ['content', 'demo']) {
    const dir = path.join(root, collection.name);
    for (const file of listEntryFiles(dir, [collection.extension, 'yml']))
      changed += Number(normalise(file, format, collection.fields, true));
  }
}
console.log(`Đã viết lại ${changed} tệp theo cách trình soạn thảo lưu.`);
