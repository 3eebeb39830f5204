import { describe, expect, it } from 'vitest';
import { allQuestions } from '../../../src/data/questions/index.ts';
import { answerKey, grade } from '../../../src/lib/quiz/grade.ts';
import type { Question, Response } from '../../../src/lib/quiz/types.ts';
import { studentResponse, toInteraction } from '../../../src/lib/scorm/interactions.ts';

const first = <T extends Question['type']>(type: T) => allQuestions.find((q) => q.type === type) as Extract<Question, { type: T }>;

describe('a question as a SCORM 1.2 interaction', () => {
  it.each([
    ['single', 'choice'],
    ['multiple', 'choice'],
    ['truefalse', 'true-false'],
    ['blank', 'fill-in'],
    ['ordering', 'sequencing'],
    ['matching', 'matching'],
    ['short', 'performance'],
  ] as const)('a %s question is a %s interaction; its answer key is correct', (type, scormType) => {
    const q = first(type);
    const key = answerKey(q);
    const i = toInteraction(q, key, grade(q, key), '0000:01:00.00');
    expect(i).toMatchObject({ id: q.id, type: scormType, weighting: String(q.points), latency: '0000:01:00.00' });
    expect(i.result).toBe(type === 'short' ? 'neutral' : 'correct');
    expect(i.student_response.length).toBeGreaterThan(0);
    expect(i.student_response.length).toBeLessThanOrEqual(255);
  });

  it('names options by their place in the question: a, b, c …', () => {
    const single = first('single');
    expect(studentResponse(single, { type: 'single', choice: single.options[1]!.id })).toBe('b');
    const multiple = first('multiple');
    const picked = [multiple.options[2]!.id, multiple.options[0]!.id];
    expect(studentResponse(multiple, { type: 'multiple', choices: picked })).toBe('a,c');
    expect(studentResponse(first('truefalse'), { type: 'truefalse', value: false })).toBe('f');
    expect(studentResponse(first('truefalse'), { type: 'truefalse' })).toBe('');
  });

  it('writes sequencing in the learner order, matching as item.category pairs', () => {
    const ordering = first('ordering');
    const reversed = [...ordering.items].reverse().map((i) => i.id);
    const letters = 'abcdefghijklmnopqrstuvwxyz'.slice(0, ordering.items.length).split('').reverse().join(',');
    expect(studentResponse(ordering, { type: 'ordering', order: reversed })).toBe(letters);
    const matching = first('matching');
    const placements = { [matching.items[0]!.id]: matching.categories[1]!.id };
    expect(studentResponse(matching, { type: 'matching', placements })).toBe('a.2');
  });

  it('marks wrong and part-right answers, and cuts long text at 255 characters', () => {
    const single = first('single');
    const wrong = single.options.find((o) => o.id !== single.answer)!.id;
    const r: Response = { type: 'single', choice: wrong };
    expect(toInteraction(single, r, grade(single, r)).result).toBe('wrong');
    const multiple = first('multiple');
    const half: Response = { type: 'multiple', choices: [multiple.answer[0]!] };
    expect(Number(toInteraction(multiple, half, grade(multiple, half)).result)).toBeGreaterThan(0);
    const short = first('short');
    const long: Response = { type: 'short', text: '客'.repeat(400), checked: [] };
    expect(toInteraction(short, long, grade(short, long)).student_response).toBe('客'.repeat(255));
    expect(studentResponse(short, undefined)).toBe('');
    expect(studentResponse(short, { type: 'short', text: '先倾听\n- 再道歉\r\n  再给方案', checked: [] })).toBe('先倾听 - 再道歉 再给方案');
  });
});
