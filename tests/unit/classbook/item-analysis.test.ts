import { describe, expect, it } from 'vitest';
import type { AnalysisQuiz } from '../../../src/lib/classbook/analysis-input.ts';
import { analyseQuiz, groupSizeOf, pearson } from '../../../src/lib/classbook/item-analysis.ts';
import { markKey } from '../../../src/lib/classbook/types.ts';
import type { Response } from '../../../src/lib/quiz/types.ts';
import { answersRecord, bookOf, handInRecord, scoreCodeRecord, short, single, truefalse, type Someone } from './fixtures.ts';

const S = (n: number): Someone => ({ no: `S${n}`, name: `学生${n}` });
const one = (choice: string): Response => ({ type: 'single', choice });
const tf = (value: boolean): Response => ({ type: 'truefalse', value });
const mark = (points: number, max = 2) => ({ ticked: [], points, max, at: 0 });

describe('analyseQuiz: a hand-computed class of four', () => {
  // q1 single keyed a, q2 true/false keyed 对, q3 short of 2 points marked by the teacher.
  //        q1       q2        q3 (teacher)   earned / at stake   total
  // S1     a  1     对 1      2/2  1          4 / 4               1.00
  // S2     a  1     错 0      1/2  0.5        2 / 4               0.50
  // S3     b  0     对 1      not marked      1 / 2               0.50
  // S4     c  0     (none) 0  0/2  0          0 / 4               0.00
  // Ranked by total, ties by 学号: S1, S2, S3, S4. Groups of round(0.27 × n), at least 1: S1 above, S4 below.
  const quiz: AnalysisQuiz = { item: 'lesson:1.1', id: 'lesson-1-1', title: '课堂小测', questions: [single('m1.q.one'), truefalse('m1.q.two'), short('m1.q.three')] };
  const answers: Record<string, Response>[] = [
    { 'm1.q.one': one('a'), 'm1.q.two': tf(true) },
    { 'm1.q.one': one('a'), 'm1.q.two': tf(false) },
    { 'm1.q.one': one('b'), 'm1.q.two': tf(true) },
    { 'm1.q.one': one('c') },
  ];
  const book = bookOf(
    [...answers.map((r, i) => [S(i + 1), quiz.item, handInRecord(S(i + 1), quiz, r)] as const), [S(5), quiz.item, scoreCodeRecord(S(5))] as const],
    { [markKey('S1', quiz.item, 'm1.q.three')]: mark(2), [markKey('S2', quiz.item, 'm1.q.three')]: mark(1), [markKey('S4', quiz.item, 'm1.q.three')]: mark(0) },
  );
  const result = analyseQuiz(book, quiz);
  const [q1, q2, q3] = result.questions;

  it('counts the students with answers, names those who only showed a score code, and calls four students unreliable', () => {
    expect(result.students).toBe(4);
    expect(result.scoreOnly).toEqual([{ studentNo: 'S5', name: '学生5' }]);
    expect(result.reliable).toBe(false);
  });

  it('computes p and D of a single-choice question: p = 2/4, D = 1 − 0', () => {
    expect(q1!.p).toBe(0.5);
    expect(q1!.d).toBe(1);
  });

  it('computes the corrected point-biserial against the total without the item', () => {
    // Item [1,1,0,0]; rest = (earned − item) / (stake − 1): S1 3/3 = 1, S2 1/3, S3 1/1 = 1, S4 0/3 = 0.
    // Means 0.5 and 0.58333; Σdxdy = 0.16667, Σdx² = 1, Σdy² = 0.75; r = 0.16667 / √0.75 = 0.19245.
    expect(q1!.r).toBeCloseTo(0.19245, 4);
  });

  it('counts choices per option with the key marked, and flags the distractor nobody chose', () => {
    expect(q1!.choices!.map((c) => [c.label, c.count, c.key])).toEqual([['A. 选项A', 2, true], ['B. 选项B', 1, false], ['C. 选项C', 1, false], ['D. 选项D', 0, false], ['未作答', 0, false]]);
    expect(q1!.flags.map((f) => f.kind)).toEqual(['unused-distractor']);
    expect(q1!.flags[0]!.text).toContain('D. 选项D');
  });

  it('counts true/false answers as 对, 错 and 未作答', () => {
    expect(q2!.choices!.map((c) => [c.label, c.count, c.key])).toEqual([['对', 2, true], ['错', 1, false], ['未作答', 1, false]]);
    expect(q2!.p).toBe(0.5);
  });

  it('scores a short answer by the teacher marks only, and says how many are not marked', () => {
    // Scored S1 1, S2 0.5, S4 0: p = 0.5; three scored → groups of 1: S1 − S4 = 1.
    expect(q3!.scored).toBe(3);
    expect(q3!.unmarked).toBe(1);
    expect(q3!.p).toBe(0.5);
    expect(q3!.d).toBe(1);
    expect(q3!.choices).toBeUndefined();
    expect(q3!.flags.map((f) => f.text)).toContain('1 份简答还未批改，未计入本题的数字。');
  });
});

describe('analyseQuiz: the flags', () => {
  // e 对 (all right), k single keyed a (key wrong on purpose), h 错 (everyone says 对), m1–m3 对 rank the class.
  //        e   k      h   m1 m2 m3   total
  // S1     1   b 0    0   1  1  1    4/6
  // S2     1   b 0    0   1  1  0    3/6
  // S3     1   c 0    0   1  0  0    2/6
  // S4     1   a 1    0   0  0  0    2/6   (tie with S3; S3 first by 学号, so S4 is the lower group)
  const quiz: AnalysisQuiz = {
    item: 'lesson:1.1',
    id: 'lesson-1-1',
    title: '课堂小测',
    questions: [truefalse('m1.q.e'), single('m1.q.k', ['a', 'b', 'c']), truefalse('m1.q.h', false), truefalse('m1.q.m1'), truefalse('m1.q.m2'), truefalse('m1.q.m3')],
  };
  const rows: [string, boolean, boolean, boolean][] = [['b', true, true, true], ['b', true, true, false], ['c', true, false, false], ['a', false, false, false]];
  const book = bookOf(rows.map(([k, m1, m2, m3], i) => [S(i + 1), quiz.item, handInRecord(S(i + 1), quiz, { 'm1.q.e': tf(true), 'm1.q.k': one(k), 'm1.q.h': tf(true), 'm1.q.m1': tf(m1), 'm1.q.m2': tf(m2), 'm1.q.m3': tf(m3) })]));
  const byId = Object.fromEntries(analyseQuiz(book, quiz).questions.map((q) => [q.question.id, q]));
  const kinds = (id: string) => byId[id]!.flags.map((f) => f.kind);

  it('says a question everyone got is too easy and does not discriminate; its correlation is undefined', () => {
    expect(byId['m1.q.e']!.p).toBe(1);
    expect(kinds('m1.q.e')).toEqual(['easy', 'low-discrimination']);
    expect(byId['m1.q.e']!.r).toBeNull();
  });

  it('says a question nobody got is too hard', () => {
    expect(byId['m1.q.h']!.p).toBe(0);
    expect(kinds('m1.q.h')).toContain('hard');
  });

  it('flags negative discrimination with "check the key", and a distractor the upper group chose more', () => {
    // k: upper S1 scores 0, lower S4 scores 1 → D = −1. Option b: upper 1 (S1), lower 0.
    expect(byId['m1.q.k']!.d).toBe(-1);
    expect(kinds('m1.q.k')).toEqual(['negative', 'distractor-upper']);
    expect(byId['m1.q.k']!.flags[0]!.text).toContain('核对答案');
    expect(byId['m1.q.k']!.flags[1]!.text).toContain('B. 选项B');
  });

  it('does not flag a question that separates the class well', () => {
    // m1: upper S1 1, lower S4 0 → D = 1; p = 0.75.
    expect(byId['m1.q.m1']!.p).toBe(0.75);
    expect(kinds('m1.q.m1')).toEqual([]);
  });
});

describe('analyseQuiz: exam papers', () => {
  it('leaves a question out for a student whose paper did not ask it', () => {
    const exam: AnalysisQuiz = { item: 'exam-m1', id: 'exam-m1', title: '模块一测验', questions: [truefalse('m1.q.x'), truefalse('m1.q.y')] };
    const book = bookOf([
      [S(1), exam.item, answersRecord(S(1), exam, ['m1.q.x'], { 'm1.q.x': tf(true) })],
      [S(2), exam.item, answersRecord(S(2), exam, ['m1.q.x', 'm1.q.y'], { 'm1.q.x': tf(false), 'm1.q.y': tf(true) })],
    ]);
    const [x, y] = analyseQuiz(book, exam).questions;
    expect(x!.scored).toBe(2);
    expect(x!.p).toBe(0.5);
    expect(y!.scored).toBe(1);
    expect(y!.choices!.find((c) => c.label === '未作答')!.count).toBe(0);
  });
});

describe('helpers', () => {
  it.each([[0, 0], [1, 0], [2, 1], [4, 1], [10, 3], [30, 8], [200, 54]])('groups of %i students hold %i each', (n, size) => expect(groupSizeOf(n)).toBe(size));
  it('pearson is 1 for a line and null without variation or with too few pairs', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2], [1, 2])).toBeNull();
  });
});
