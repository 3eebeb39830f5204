import { describe, expect, it } from 'vitest';
import { buildPassage, passageLength, phrasesOf, type PassagePhrase } from '../../../src/lib/typing/passages.ts';
import { phraseCategories, phrases } from '../../../src/data/phrases.ts';

const len = (text: string) => Array.from(text).length;
const phrase = (id: string, category: string, chars: number): PassagePhrase => ({ id, category, text: `${'好'.repeat(chars - 1)}。` });
const own: PassagePhrase[] = [
  phrase('a.1', 'a', 40),
  phrase('a.2', 'a', 45),
  phrase('a.3', 'a', 30),
  phrase('a.4', 'a', 150),
  phrase('b.1', 'b', 60),
  phrase('b.2', 'b', 70),
];

describe('passages from fixture phrases', () => {
  it.each([
    { source: 'a', ids: ['a.1', 'a.2', 'a.3', 'a.4'] },
    { source: 'b', ids: ['b.1', 'b.2'] },
    { source: 'mixed', ids: own.map((p) => p.id) },
  ])('source $source draws only from its phrases', ({ source, ids }) => {
    for (const seed of ['1', '2', '3', '4', '5']) {
      const passage = buildPassage(own, source, seed);
      expect(passage.phraseIds.every((id) => ids.includes(id))).toBe(true);
    }
    expect(phrasesOf(own, source).map((p) => p.id)).toEqual(ids);
  });

  it.each(['1', '2', '3', '4', '5', '6', '7', '8'])('seed %s: reaches 100 characters without passing 200, no phrase twice', (seed) => {
    const passage = buildPassage(own, 'a', seed);
    expect(len(passage.text)).toBeGreaterThanOrEqual(passageLength.min);
    expect(len(passage.text)).toBeLessThanOrEqual(passageLength.max);
    expect(new Set(passage.phraseIds).size).toBe(passage.phraseIds.length);
    expect(passage.text).toBe(passage.phraseIds.map((id) => own.find((p) => p.id === id)!.text).join(''));
  });

  it('is the same for the same seed and index, and changes with the index', () => {
    expect(buildPassage(own, 'mixed', 'x', 3)).toEqual(buildPassage(own, 'mixed', 'x', 3));
    const texts = new Set([0, 1, 2, 3, 4, 5].map((i) => buildPassage(own, 'mixed', 'x', i).phraseIds.join()));
    expect(texts.size).toBeGreaterThan(1);
  });

  it('is short rather than empty when a category holds too little', () => {
    expect(buildPassage(own, 'b', 's')).toMatchObject({ phraseIds: expect.arrayContaining(['b.1', 'b.2']) });
    expect(buildPassage(own, 'none', 's')).toEqual({ text: '', phraseIds: [] });
  });
});

describe.each([...Object.keys(phraseCategories), 'mixed'])('the phrase bank, source %s', (source) => {
  it.each(['a', 'b', 'c'])('seed %s gives a passage of 100–200 characters', (seed) => {
    const { text } = buildPassage(phrases, source, seed, 0);
    expect(len(text)).toBeGreaterThanOrEqual(100);
    expect(len(text)).toBeLessThanOrEqual(200);
    expect(text).not.toMatch(/\s/);
  });
});
