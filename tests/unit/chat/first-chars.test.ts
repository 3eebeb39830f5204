import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../scripts/judge/measure.ts';
import { firstChars, MANY_ALTERNATIVES, startsWhere } from '../../../src/lib/chat/detectors/first-chars.ts';
import { WRONG_ACT_CHECKS } from '../../../src/lib/chat/detectors/wrong-acts.ts';

/**
 * The first characters of a pattern (src/lib/chat/detectors/first-chars.ts) let a long pattern be tried only where
 * a match can begin: the pattern behind that lookahead must find exactly what the pattern finds.
 */
describe('firstChars', () => {
  it.each([
    ['(?:您|你)(?:可以)?去|给[^，]{0,4}?送', '您你给'],
    ['(?:再)?(?:给您)?送|赠', '再给送赠'],
    ['(?<=送)和|(?<![发])(?:去|到)问', '和去到'],
    ['\\d{1,3}个|[一二两]只', '\\d一二两'],
    ['^(?:好的)?亲', '好亲'],
    ['[a-]|[b]', 'a\\-b'],
    ['专|专卖|专人', '专'],
    ['(?:保证){0,1}送到', '保送'],
  ])('%s begins with [%s]', (source, first) => {
    expect(firstChars(source)).toBe(first);
  });

  it.each([
    ['a pattern that may match nothing', '(?:亲)?'],
    ['a negated class first', '[^，。]{0,6}?送'],
    ['any character first', '.送'],
    ['a back-reference first', '(?:(送)|\\1)'],
  ])('gives nothing to skip by for %s', (_what, source) => {
    expect(firstChars(source)).toBeUndefined();
  });

  it('keeps the flags and the numbered groups', () => {
    const pattern = startsWhere(/(?:送|赠)(?:您)?([\u4e00-\u9fa5]{2})/g);
    expect(pattern.flags).toBe('g');
    expect([...'顺便送您刮刀，再赠清洁布'.matchAll(pattern)].map((m) => m[1])).toEqual(['刮刀', '清洁']);
  });
});

describe('the wrong-act checks behind their first characters', () => {
  const long = WRONG_ACT_CHECKS.filter((check) => check.pattern.source.length >= MANY_ALTERNATIVES);
  // Every fourth reply of the tuning part (over ten thousand wordings of students and teachers); the corpus test
  // (judge-agreement.test.ts) reads them all through the checks.
  const replies = readCorpus('tuning').flatMap(({ cases }) => cases.map((c) => c.reply)).filter((_, i) => i % 4 === 0);

  it('has long patterns to skip by, and reads a first character for each', () => {
    expect(long.length).toBeGreaterThanOrEqual(3);
    for (const check of long) expect(firstChars(check.pattern.source), check.id).toBeDefined();
  });

  it.each(long.map((check) => [check.id, check] as const))('%s finds the same matches in every tuning reply', (_id, check) => {
    const plain = new RegExp(check.pattern.source, check.pattern.flags);
    const skipping = startsWhere(plain);
    const differ = replies.filter((reply) => {
      const a = [...reply.matchAll(plain)].map((m) => `${m.index}:${m[0]}`).join();
      const b = [...reply.matchAll(skipping)].map((m) => `${m.index}:${m[0]}`).join();
      return a !== b;
    });
    expect(differ).toEqual([]);
    // Not a test that passes on nothing: the check matches some replies.
    expect(replies.some((reply) => plain.test(reply.replace(/\n/g, '')))).toBe(true);
  });
});
