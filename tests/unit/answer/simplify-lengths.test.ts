import { describe, expect, it } from 'vitest';
import { loadToSimplified, matchesAccepted } from '../../../src/lib/answer/index.ts';
import { normalise } from '../../../src/lib/answer/normalise.ts';

// Taiwan phrases can change length on the way to mainland words (部落格 → 博客). The reply must still be
// read in Simplified, and every highlight must land on the characters the learner typed.
const toSimplified = await loadToSimplified();

/** The raw text behind `word` in the normalised text, as a highlight would mark it. */
function rawOf(raw: string, word: string) {
  const n = normalise(raw, { toSimplified });
  const at = n.text.indexOf(word);
  expect(at).toBeGreaterThanOrEqual(0);
  return raw.slice(n.map[at], n.ends[at + word.length - 1]);
}

describe('Traditional replies whose phrases change length', () => {
  it('still converts the rest of the reply, run by run', () => {
    expect(toSimplified('部落格')).toBe('博客'); // the premise: this phrase is shorter in Simplified
    expect(normalise('亲，部落格寫了，支持退貨', { toSimplified }).text).toBe('亲部落格写了支持退货');
  });

  it.each([
    ['亲，部落格寫了，支持退貨', '退货', '退貨'],
    ['亲，部落格寫了，支持退貨', '写了', '寫了'],
    ['看部落格，七天無理由退貨哦', '七天无理由', '七天無理由'],
  ])('in “%s” the highlight for %s covers %s', (raw, word, typed) => {
    expect(rawOf(raw, word)).toBe(typed);
  });

  it('accepts a blank answer typed in Traditional beside such a phrase', () => {
    expect(matchesAccepted('部落格說退貨', ['退货'], { toSimplified, contains: true })).toBe(true);
  });
});
