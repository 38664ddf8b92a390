/**
 * Both official plans are published faithfully: every sentence of each source document is in the
 * text of its plan page, and the structured pages show their phases and occasions.
 */
import { describe, expect, inject, it } from 'vitest';
import { mainText, readPage } from '../helpers/html';
import { SEEDS, readSeed, seedSentences } from '../helpers/seeds';

const site = inject('productionSite');

describe.each(SEEDS)('plan page of $file', ({ file, planId }) => {
  const text = mainText(readPage(site, `/ke-hoach/${planId}/`));
  const sentences = seedSentences(readSeed(file));

  it('has a substantial number of sentences to check', () => {
    expect(sentences.length).toBeGreaterThan(40);
  });

  it('contains every sentence of the source, verbatim', () => {
    const missing = sentences.filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });
});

describe('the checker', () => {
  it('notices a sentence that is not on the page', () => {
    const text = mainText(readPage(site, `/ke-hoach/${SEEDS[0].planId}/`));
    // A one-word change in a real sentence must be caught.
    const altered = seedSentences(readSeed(SEEDS[0].file))
      .find((sentence) => sentence.includes('10/02/2024'))!
      .replace('10/02/2024', '11/02/2024');
    expect(text.includes(altered)).toBe(false);
  });
});
