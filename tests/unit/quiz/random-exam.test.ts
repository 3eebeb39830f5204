import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanPaperCode, draw, examId, formatClock, formatPercent, formatPoints, makePaper, shuffle, shuffleUnsolved, splitBlanks, blankNumbers, summarise, addAttempt, timeLeft } from '../../../src/lib/quiz/index.ts';
import { scoreCodeText } from '../../../src/lib/handin/format.ts';
import { allQuestions } from '../../../src/data/questions/index.ts';

describe('seeded drawing', () => {
  it('gives the same paper for the same code and a different one for another code', () => {
    const a = makePaper(allQuestions, 10, 'K7M2QX', 0, 0).ids;
    expect(makePaper(allQuestions, 10, 'K7M2QX', 0, 999).ids).toEqual(a);
    expect(makePaper(allQuestions, 10, 'ABCD12', 0, 0).ids).not.toEqual(a);
    expect(new Set(a).size).toBe(10);
  });

  it('is a permutation, whatever the seed', () => {
    fc.assert(fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.string(), (items, seed) => {
      expect([...shuffle(items, seed)].sort()).toEqual([...items].sort());
    }));
  });

  it('never draws more than there is', () => {
    expect(draw([1, 2, 3], 10, 's')).toHaveLength(3);
    expect(draw([1, 2, 3], -1, 's')).toHaveLength(0);
  });

  it('never starts an ordering question already solved', () => {
    fc.assert(fc.property(fc.string(), (seed) => {
      expect(shuffleUnsolved(['a', 'b', 'c'], seed)).not.toEqual(['a', 'b', 'c']);
    }));
  });
});

describe('exam helpers', () => {
  it.each([['k7m2qx', 'K7M2QX'], [' K7 M2 QX ', 'K7M2QX'], ['Ｋ７Ｍ２ＱＸ', 'K7M2QX'], ['abc', ''], ['试卷一', ''], ['', '']])('cleans paper code %j', (raw, code) => {
    expect(cleanPaperCode(raw)).toBe(code);
  });

  it.each([[125_000, '2:05'], [60_000, '1:00'], [999, '0:01'], [0, '0:00']])('formats %i ms as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('counts time down and stops at zero; no limit means no clock', () => {
    const paper = { seed: 'A', ids: [], started: 0, limit: 10 };
    expect(timeLeft(paper, 60_000)).toBe(540_000);
    expect(timeLeft(paper, 11 * 60_000)).toBe(0);
    expect(timeLeft({ ...paper, limit: 0 }, 5)).toBeUndefined();
  });
});

describe('history and display', () => {
  it('keeps best and last attempt', () => {
    let h = addAttempt([], { at: 1, points: 6, max: 10 });
    h = addAttempt(h, { at: 2, points: 9, max: 10 });
    h = addAttempt(h, { at: 3, points: 7, max: 10 });
    expect(summarise(h)).toEqual({ best: 90, last: 70, count: 3 });
  });

  it('keeps at most 20 attempts', () => {
    let h: { at: number; points: number; max: number }[] = [];
    for (let i = 0; i < 30; i++) h = addAttempt(h, { at: i, points: i, max: 30 });
    expect(h).toHaveLength(20);
    expect(h[0]!.at).toBe(10);
  });

  it.each([[87.25, '87.3'], [90, '90'], [66.666, '66.7'], [0.05, '0.1']])('rounds %d half-up to %s', (n, s) => expect(formatPercent(n)).toBe(s));

  it('shows points exactly as the score code carries them, so the student and the teacher read the same number', () => {
    for (const points of [2 / 7, 2 / 3, 0.005, 12.5, 6]) {
      const code = scoreCodeText({ of: 'exam', ref: 'exam-m1', student: { studentNo: '2023-0416', name: '', className: '' }, submittedAt: 0, entries: [{ kind: 'exam', id: 'exam-m1', points, max: 6 }] });
      expect(code).toContain(`:${formatPoints(points)}/6|`);
    }
    expect(formatPoints(2 / 7)).toBe('0.29');
  });

  it('splits blanks and numbers them in reading order', () => {
    expect(splitBlanks('A{{x}}B{{y}}')).toEqual([{ text: 'A' }, { blank: 'x' }, { text: 'B' }, { blank: 'y' }]);
    expect(blankNumbers(['{{b}} 和 {{a}}', '{{c}}'])).toEqual({ b: 1, a: 2, c: 3 });
  });
});

describe('examId', () => {
  it('names the saved paper of a module test and of the final exam', () => {
    expect(examId(1)).toBe('exam-m1');
    expect(examId(12)).toBe('exam-m12');
    expect(examId('final')).toBe('exam-final');
  });
});
