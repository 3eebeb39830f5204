import { describe, expect, it } from 'vitest';
import { loadToSimplified, normalise, withNumerals, type NormaliseOptions } from '../../../src/lib/answer/index.ts';
import { normaliseLong, PIECE } from '../../../src/lib/answer/normalise-long.ts';
import { guard } from '../../../src/lib/chat/guards.ts';

const toSimplified = await loadToSimplified();

// Sentences with what the normaliser joins or keeps apart: numerals, a decimal point, digits on both
// sides of a sentence end, Traditional characters, emoji, full-width digits, line breaks.
const SENTENCES = [
  '亲，七天无理由退货，运费险两百元以内都赔。',
  '实付9.9元！',
  '满１９９减２０，到手179。',
  '这款是304不锈钢的😊\n',
  '退貨運費我們承擔？',
  '十五号前发货，保修一年。',
  'Ｏｋ的～稍等哦。',
];

/** A reply of about `length` characters from the sentences above, in a fixed shuffled order. */
function longReply(length: number): string {
  let text = '';
  for (let k = 0; text.length < length; k++) text += SENTENCES[(k * 5 + (k >> 3)) % SENTENCES.length];
  return text;
}

/** Which neighbours share a clause: all that readers of `clause` compare. */
const sameClause = (clause: ArrayLike<number>) => Array.from({ length: Math.max(0, clause.length - 1) }, (_, i) => clause[i] === clause[i + 1]);

describe('normaliseLong: normalise for replies of any length', () => {
  it.each<[string, NormaliseOptions]>([
    ['plain', {}],
    ['numerals', { numerals: true }],
    ['Traditional and numerals', { numerals: true, toSimplified }],
  ])('reads a 30,000-character reply exactly as normalise does (%s)', (_name, options) => {
    const raw = longReply(30_000);
    const whole = normalise(raw, options);
    const pieces = normaliseLong(raw, options);
    expect(pieces.raw).toBe(raw);
    expect(pieces.text).toBe(whole.text);
    expect(Array.from(pieces.map)).toEqual(Array.from(whole.map));
    expect(Array.from(pieces.ends)).toEqual(Array.from(whole.ends));
    expect(sameClause(pieces.clause)).toEqual(sameClause(whole.clause));
    // Clause numbers never go down, so equal neighbours mean equal clauses anywhere in the reply.
    expect(Array.from(pieces.clause).every((c, i, all) => i === 0 || c >= all[i - 1]!)).toBe(true);
  });

  it('gives the numerals reading of a long reply from its plain reading, as the chat judges (chat/reply.ts)', () => {
    const raw = longReply(30_000);
    const plain = normaliseLong(raw, { toSimplified });
    const numbered = withNumerals(plain);
    const whole = normalise(raw, { numerals: true, toSimplified });
    expect(numbered.text).toBe(whole.text);
    expect(numbered.text).toContain('7天无理由退货');
    expect(Array.from(numbered.map)).toEqual(Array.from(whole.map));
    expect(Array.from(numbered.ends)).toEqual(Array.from(whole.ends));
    expect(sameClause(numbered.clause)).toEqual(sameClause(whole.clause));
    // A reply with no numeral keeps its one reading.
    const none = normaliseLong('好的，马上为您处理。'.repeat(2000));
    expect(withNumerals(none)).toBe(none);
  });

  it('leaves a reply of ordinary length to normalise itself', () => {
    const raw = longReply(PIECE);
    expect(normaliseLong(raw)).toEqual(normalise(raw));
  });

  it('reads a reply with no place to cut in one piece', () => {
    const raw = '好'.repeat(PIECE * 3);
    expect(normaliseLong(raw).text).toBe(raw);
  });

  it('finds an off-platform request at the end of a long reply and highlights what was typed', () => {
    const raw = `${longReply(50_000)}方便的话加我微信聊。`;
    const hit = guard(raw);
    expect(hit?.kind).toBe('off-platform');
    expect(raw.slice(hit!.start, hit!.end)).toContain('微信');
    expect(hit!.start).toBeGreaterThan(50_000 - 10);
  });
});
