import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, loadToSimplified, matchesAccepted, normalise, type RuleSet } from '../../../src/lib/answer/index.ts';

const toSimplified = await loadToSimplified();

const ruleSet: RuleSet = {
  numerals: true,
  groups: [
    { id: 'brush-off', when: [{ containsAny: ['不知道'] }], feedback: '不要说不知道。', points: 0, correctness: 'incorrect' },
    { id: 'full', when: [{ containsAll: ['七天无理由', ['退货', '退换']] }, { startsWith: ['亲', '您好'] }], feedback: '好。', points: 2, correctness: 'correct' },
    { id: 'typo', when: [{ fuzzy: ['七天无理由退货'] }], feedback: '基本对。', points: 1, correctness: 'partial' },
    { id: 'order', when: [{ regex: '\\d{6,}' }, { lengthBetween: [6, 40] }], feedback: '收到单号。', points: 1, correctness: 'partial' },
    { id: 'free', when: [{ containsAny: ['包邮', 'dsr'] }, { notContains: ['运费险'] }], feedback: '包邮。', points: 1, correctness: 'partial' },
  ],
  fallback: { id: 'other', feedback: '请回答问题。', points: 0, correctness: 'incorrect' },
};

/** Replies built from pieces that matter to the rules, so verdicts vary. */
const reply = fc
  .array(
    fc.constantFrom('亲', '您好', '不', '没', '非常', '可以', '七天', '7天', '无理由', '无里由', '退货', '退换', '包邮', '运费险', 'DSR', 'dsr', '不知道', '，', '。', '\n', '2024061801', '十五', '两百', '哦', '的', '是', 'Ａ', '.'),
    { maxLength: 20 },
  )
  .map((pieces) => pieces.join(''));

const NOISE = [' ', '\u3000', '\t', '😊', '👍🏽', '👨‍👩‍👧', '🇨🇳', '❤️', '\u200D', '\uFE0F', '✨'];
const noise = fc.constantFrom(...NOISE);
const NUMBER_CHAR = /^[0-9０-９〇零一二两三四五六七八九十百千万]$/u;

/** Inserts noise at code point boundaries; with `numbersApart: false`, never a space between two number characters. */
function sprinkle(text: string, inserts: [number, string][], { numbersApart = true } = {}): string {
  const chars = [...text];
  for (const [at, piece] of inserts) {
    const k = at % (chars.length + 1);
    // The nearest characters of the reply (not noise) on each side decide whether two numbers meet here.
    const left = chars.slice(0, k).findLast((c) => !NOISE.includes(c));
    const right = chars.slice(k).find((c) => !NOISE.includes(c));
    if (!numbersApart && /^\s$/u.test(piece) && NUMBER_CHAR.test(left ?? '') && NUMBER_CHAR.test(right ?? '')) continue;
    chars.splice(k, 0, piece);
  }
  return chars.join('');
}

describe('properties', () => {
  it('normalise never throws and maps every character inside the raw text, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (raw, numerals) => {
        const n = normalise(raw, { numerals, toSimplified });
        expect(n.map).toHaveLength(n.text.length);
        expect(n.ends).toHaveLength(n.text.length);
        expect(n.clause).toHaveLength(n.text.length);
        Array.from(n.map).forEach((start, i) => {
          expect(start).toBeGreaterThanOrEqual(i === 0 ? 0 : n.map[i - 1]!);
          expect(n.ends[i]).toBeGreaterThan(start);
          expect(n.ends[i]).toBeLessThanOrEqual(raw.length);
        });
      }),
    );
  });

  it('normalising twice changes nothing more', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const once = normalise(text, { numerals: true }).text;
        expect(normalise(once, { numerals: true }).text).toBe(once);
      }),
    );
  });

  // A space between two numbers keeps them apart on purpose (2024061801 七天 is an order number and 七天, not 20240618017天),
  // so spaces go anywhere except between two number characters; emoji go anywhere.
  it('adding emoji or spaces never changes the verdict (spaces between two numbers excepted)', () => {
    fc.assert(
      fc.property(reply, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 8 }), (text, inserts) => {
        const plain = evaluate(ruleSet, text, { toSimplified });
        const noisy = evaluate(ruleSet, sprinkle(text, inserts, { numbersApart: false }), { toSimplified });
        expect(noisy.group.id).toBe(plain.group.id);
        expect(noisy.normalised.text).toBe(plain.normalised.text);
      }),
    );
  });

  it('every match points at a stretch of the raw reply', () => {
    fc.assert(
      fc.property(reply, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 4 }), (text, inserts) => {
        const raw = sprinkle(text, inserts);
        for (const m of evaluate(ruleSet, raw).matches) {
          expect(0 <= m.start && m.start < m.end && m.end <= raw.length).toBe(true);
        }
      }),
    );
  });

  it('an answer is accepted as itself unless it normalises to nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        expect(matchesAccepted(text, [text])).toBe(normalise(text).text !== '');
      }),
    );
  });
});
