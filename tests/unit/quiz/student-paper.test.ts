import { describe, expect, it } from 'vitest';
import { blueprint, makePaper, makeStudentPaper, releaseCode, type Question } from '../../../src/lib/quiz/index.ts';
import { allQuestions, bankOf } from '../../../src/data/questions/index.ts';

const byId = new Map(allQuestions.map((q) => [q.id, q]));
const signature = (ids: string[]) => ids.map((id) => byId.get(id)!).map((q) => `${q.id.split('.')[0]!.slice(1)}:${q.type}:${q.points}`).sort();
const points = (ids: string[]) => ids.reduce((sum, id) => sum + byId.get(id)!.points, 0);

describe('papers per student', () => {
  it.each([
    ['the final exam', allQuestions, 30],
    ['a module test', bankOf(3)!.questions as Question[], 15],
  ])('%s: two students with different 学号 get different papers of the same blueprint', (_name, pool, count) => {
    const a = makeStudentPaper(pool, count, 'K7M2QX', '20230101', 0, 0);
    const b = makeStudentPaper(pool, count, 'K7M2QX', '20230102', 0, 0);
    expect(a.ids).toHaveLength(count);
    expect(new Set(a.ids).size).toBe(count);
    expect(a.ids).not.toEqual(b.ids);
    expect(a.ids.filter((id) => b.ids.includes(id)).length).toBeLessThan(count);
    expect(signature(a.ids)).toEqual(signature(b.ids));
    expect(signature(a.ids)).toEqual(blueprint(pool, count, 'K7M2QX').sort());
    expect(points(a.ids)).toBe(points(b.ids));
  });

  it('the same code and 学号 give the same paper (a reload, another device)', () => {
    expect(makeStudentPaper(allQuestions, 20, 'ABCD12', '7', 0, 0).ids).toEqual(makeStudentPaper(allQuestions, 20, 'ABCD12', '7', 0, 99).ids);
  });

  it('without a 学号 everyone gets the reference paper of the code', () => {
    expect(makeStudentPaper(allQuestions, 20, 'ABCD12', '', 0, 0).ids).toEqual(makePaper(allQuestions, 20, 'ABCD12', 0, 0).ids);
  });

  it('a release code is four digits, fixed for a paper code', () => {
    expect(releaseCode('K7M2QX')).toMatch(/^\d{4}$/);
    expect(releaseCode('K7M2QX')).toBe(releaseCode('K7M2QX'));
    expect(releaseCode('K7M2QX')).not.toBe(releaseCode('K7M2QY'));
  });
});
