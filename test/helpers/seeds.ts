/**
 * The source documents as a list of passages. The extracted texts break lines mid-sentence; a line
 * starts a new passage when the previous one ended a clause (. : ;) or when it starts with a capital,
 * a digit or a list dash. Passages are then cut into sentences. Every piece must appear on the site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseText } from './html';

export const SEEDS = [
  { file: 'ke-hoach-trung-tam-2024.txt', planId: 'trien-khai-cong-tac-thi-dua-khen-thuong-nam-2024' },
  { file: 'ke-hoach-so-2024.txt', planId: 'thuc-hien-cac-phong-trao-thi-dua-nam-2024' },
] as const;

export function readSeed(file: string): string {
  return readFileSync(path.resolve('test/fixtures/seeds', file), 'utf8').normalize('NFC');
}

const STARTS_PASSAGE = /^(?:[-*]\s|\d|\p{Lu})/u;

/** The seed's passages, artefacts removed. */
export function seedPassages(text: string): string[] {
  const lines = text
    .replace(/\*\*|\*/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const passages: string[] = [];
  for (const line of lines) {
    const previous = passages[passages.length - 1];
    if (previous === undefined || /[.:;]$/.test(previous) || STARTS_PASSAGE.test(line)) passages.push(line);
    else passages[passages.length - 1] = `${previous} ${line}`;
  }
  return passages.map((passage) => normaliseText(passage.replace(/^[-*]\s+/, '')));
}

/** The seed's sentences: passages cut after ". " before a capital letter. */
export function seedSentences(text: string): string[] {
  return seedPassages(text)
    .flatMap((passage) => passage.split(/(?<=[.!?])\s+(?=[\p{Lu}“"(])/u))
    .filter((sentence) => sentence.length > 0);
}

/** All seed text, flattened, for checking that a structured value is stated in a document. */
export function seedCorpus(): string {
  return SEEDS.map((seed) => seedPassages(readSeed(seed.file)).join(' ')).join(' ');
}
