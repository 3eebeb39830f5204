import { describe, expect, it } from 'vitest';
import { checklistPoints, formMark, formMax, itemTotal, shortMark, unmarkedParts } from '../../../src/lib/classbook/marking.ts';
import { markKey } from '../../../src/lib/classbook/types.ts';
import { answersRecord, bookOf, catalogOf, handInRecord, scoreCodeRecord, short, single } from './fixtures.ts';

const three = { points: 3, checklist: ['说明岗位', '举例', '总结'] };

describe('checklist marking', () => {
  it.each([
    [[], 0],
    [[0], 1],
    [[0, 2], 2],
    [[2, 1, 0], 3],
    [[0, 0, 9, -1], 1],
  ])('ticked %j of three equal points out of 3 gives %d', (ticked, points) => expect(checklistPoints(three, ticked)).toBe(points));

  it('rounds to hundredths: one of three points of a 2-point question is 0.67', () => expect(checklistPoints({ points: 2, checklist: ['a', 'b', 'c'] }, [1])).toBe(0.67));

  it('makes a mark with the ticked points sorted once, the points and the max', () => {
    expect(shortMark(three, [2, 0, 2, 7], 5)).toEqual({ ticked: [0, 2], points: 2, max: 3, at: 5 });
  });

  it.each([[7, 7], [7.3, 7.5], [12, formMax], [-1, 0], [Number.NaN, 0]])('a form marked %d keeps %d out of 10', (given, kept) => {
    expect(formMark(given, 1)).toEqual({ ticked: [], points: kept, max: 10, at: 1 });
  });
});

describe('item totals', () => {
  const quiz = { item: 'lesson:1.1', id: 'lesson-1-1', title: '课堂小测', questions: [single('m1.q.a'), short('m1.q.b', 3)] };
  const who = { no: 'S1', name: '林小悦' };
  const record = handInRecord(who, quiz, { 'm1.q.a': { type: 'single', choice: 'a' } }, { note: { result: '已补发' } }, 1);

  it('adds nothing for what is not marked, and lists it', () => {
    const total = itemTotal(bookOf([[who, quiz.item, record]]), 'S1', quiz.item);
    expect([total.points, total.max]).toEqual([1, 1]);
    expect(total.unmarked.map((u) => [u.part, u.kind])).toEqual([['m1.q.b', 'short'], ['m1.form.sample', 'form']]);
  });

  it('adds the teacher marks of short answers and forms to what the site marked', () => {
    const book = bookOf([[who, quiz.item, record]], { [markKey('S1', quiz.item, 'm1.q.b')]: shortMark({ points: 3, checklist: ['a', 'b'] }, [0], 0), [markKey('S1', quiz.item, 'm1.form.sample')]: formMark(8, 0) });
    expect(itemTotal(book, 'S1', quiz.item)).toEqual({ points: 10.5, max: 14, unmarked: [] });
    expect(unmarkedParts(book, catalogOf(quiz))).toEqual([]);
  });

  it('counts a score code as its quiz scores, and an exam answer file as marked', () => {
    const exam = { item: 'exam-m1', id: 'exam-m1', title: '模块一测验', questions: [] };
    const book = bookOf([[who, 'lesson:1.1', scoreCodeRecord(who)], [{ no: 'S2', name: '王明' }, 'exam-m1', answersRecord({ no: 'S2', name: '王明' }, exam, [], {})]]);
    expect(itemTotal(book, 'S1', 'lesson:1.1')).toEqual({ points: 3, max: 4, unmarked: [] });
    expect(itemTotal(book, 'S2', 'exam-m1')).toEqual({ points: 0, max: 0, unmarked: [] });
    expect(itemTotal(book, 'S3', 'exam-m1')).toEqual({ points: 0, max: 0, unmarked: [] });
  });

  it('lists what waits for marking across the class, for the catalog items only', () => {
    const other = handInRecord({ no: 'S2', name: '王明' }, quiz, {});
    const book = bookOf([[who, quiz.item, record], [{ no: 'S2', name: '王明' }, quiz.item, other], [who, 'lesson:9.9', record]]);
    expect(unmarkedParts(book, catalogOf(quiz)).map((u) => `${u.studentNo} ${u.part}`)).toEqual(['S1 m1.q.b', 'S1 m1.form.sample', 'S2 m1.q.b']);
  });
});
