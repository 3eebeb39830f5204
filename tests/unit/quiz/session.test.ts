import { describe, expect, it } from 'vitest';
import { questionSchema, type QuestionInput } from '../../../src/schemas/question.ts';
import {
  allChecked,
  canShowSolution,
  carryOver,
  displaySeed,
  emptyResponse,
  grade,
  resetAnswers,
  responseFor,
  shownResponse,
  startOrder,
  submit,
  summarise,
  type Question,
  type QuizProgress,
  type Response,
} from '../../../src/lib/quiz/index.ts';

// A small quiz of one question per kind the learner can meet in a lesson.
const q = (input: QuestionInput) => questionSchema.parse(input);
const base = { prompt: '下面哪一项正确？', explanation: '因为如此。' };
const single = q({ ...base, id: 'm9.q.session-single', type: 'single', options: [{ id: 'a', text: '欢迎语' }, { id: 'b', text: '结束语' }], answer: 'a' });
const multiple = q({ ...base, id: 'm9.q.session-multiple', type: 'multiple', points: 2, options: [{ id: 'a', text: '甲' }, { id: 'b', text: '乙' }, { id: 'c', text: '丙' }, { id: 'd', text: '丁' }], answer: ['a', 'b'] });
const ordering = q({ ...base, id: 'm9.q.session-ordering', type: 'ordering', items: [{ id: 'a', text: '问候' }, { id: 'b', text: '询问需求' }, { id: 'c', text: '推荐' }, { id: 'd', text: '道别' }] }) as Extract<Question, { type: 'ordering' }>;
const short = q({ ...base, id: 'm9.q.session-short', type: 'short', reference: '先道歉，再说明原因，最后给方案。', checklist: ['道歉', '说明原因', '给出方案'] });
const questions = [single, multiple, ordering, short];

const fresh = (): QuizProgress => ({ responses: {}, checked: {}, solved: {}, attempts: [] });
const answered = (responses: Record<string, Response>, more: Partial<QuizProgress> = {}): QuizProgress => ({ ...fresh(), responses, ...more });
const seed = displaySeed('learner1', 'lesson-9-1', 0);

describe('the answer a learner sees', () => {
  it('is the saved one when it still fits the question', () => {
    const state = answered({ [single.id]: { type: 'single', choice: 'b' } });
    expect(responseFor(state, single)).toEqual({ type: 'single', choice: 'b' });
  });

  it.each<[string, Question, QuizProgress]>([
    ['nothing is saved', single, fresh()],
    ['the question changed type since it was saved (an edited bank)', single, answered({ [single.id]: { type: 'truefalse', value: true } })],
    ['another question was answered', multiple, answered({ [single.id]: { type: 'single', choice: 'a' } })],
  ])('starts empty when %s', (_, question, state) => {
    expect(responseFor(state, question)).toEqual(emptyResponse(question));
  });

  it('for an untouched ordering question is the shuffled start order, never already solved', () => {
    const shown = shownResponse(fresh(), ordering, seed);
    expect(shown).toEqual({ type: 'ordering', order: startOrder(ordering, seed) });
    expect(grade(ordering, shown).status).not.toBe('correct');
    // Before the page knows the learner the order comes from the question alone, still not solved.
    expect(grade(ordering, shownResponse(fresh(), ordering)).status).not.toBe('correct');
  });

  it('for a moved ordering question is the learner’s own order', () => {
    const state = answered({ [ordering.id]: { type: 'ordering', order: ['a', 'b', 'c', 'd'] } });
    expect(shownResponse(state, ordering, seed)).toEqual({ type: 'ordering', order: ['a', 'b', 'c', 'd'] });
  });
});

describe('scoring the whole quiz (提交全部并计分)', () => {
  it('gives partial credit, counts unanswered questions as 0 and records one attempt with its time', () => {
    // Single right (1), multiple half right (1 of 2), ordering untouched, short not written.
    const state = answered({ [single.id]: { type: 'single', choice: 'a' }, [multiple.id]: { type: 'multiple', choices: ['a'] } });
    const untouchedOrdering = grade(ordering, shownResponse(state, ordering, seed)).points;
    const next = submit(state, questions, 1_700_000_000_000, seed);
    expect(next.attempts).toEqual([{ at: 1_700_000_000_000, points: 2 + untouchedOrdering, max: 1 + 2 + 1 + 1 }]);
  });

  it('marks every question checked, so each shows its feedback, and keeps the answers', () => {
    const state = answered({ [single.id]: { type: 'single', choice: 'b' } });
    expect(allChecked(state, questions)).toBe(false);
    const next = submit(state, questions, 1, seed);
    expect(allChecked(next, questions)).toBe(true);
    expect(next.responses).toEqual(state.responses);
  });

  it('scores a fully right quiz as full marks', () => {
    const state = answered({
      [single.id]: { type: 'single', choice: 'a' },
      [multiple.id]: { type: 'multiple', choices: ['b', 'a'] },
      [ordering.id]: { type: 'ordering', order: ['a', 'b', 'c', 'd'] },
      [short.id]: { type: 'short', text: '很抱歉，原因是……，我们为您补发。', checked: [0, 1, 2] },
    });
    const [attempt] = submit(state, questions, 1, seed).attempts;
    expect(attempt!.points).toBe(attempt!.max);
  });

  it('adds to the history on each submission, so best and last both show', () => {
    const wrong = answered({ [single.id]: { type: 'single', choice: 'b' } });
    const right = answered({ [single.id]: { type: 'single', choice: 'a' } });
    const once = submit(wrong, [single], 1);
    const twice = submit({ ...right, attempts: once.attempts }, [single], 2);
    expect(summarise(twice.attempts)).toEqual({ count: 2, best: 100, last: 100 });
    const thrice = submit({ ...wrong, attempts: twice.attempts }, [single], 3);
    expect(summarise(thrice.attempts)).toEqual({ count: 3, best: 100, last: 0 });
  });

  it('keeps only the newest 20 attempts, so saved data cannot grow without end', () => {
    let state = answered({ [single.id]: { type: 'single', choice: 'a' } });
    for (let at = 1; at <= 25; at++) state = submit(state, [single], at);
    expect(state.attempts).toHaveLength(20);
    expect(state.attempts[0]!.at).toBe(6);
    expect(state.attempts.at(-1)!.at).toBe(25);
  });

  it('keeps what the quiz saves beside the progress (e.g. an exam paper)', () => {
    const state = { ...fresh(), paper: { seed: 'x', ids: [single.id], started: 1 } };
    expect(submit(state, [single], 1).paper).toEqual(state.paper);
  });
});

describe('starting again (全部重做)', () => {
  const worked = submit(
    answered({ [single.id]: { type: 'single', choice: 'b' } }, { solved: { [single.id]: true } }),
    questions,
    42,
    seed,
  );

  it('clears answers, checks and shown solutions but keeps the score history', () => {
    const next = resetAnswers(worked);
    expect(next.responses).toEqual({});
    expect(next.checked).toEqual({});
    expect(next.solved).toEqual({});
    expect(next.attempts).toEqual(worked.attempts);
    expect(responseFor(next, single)).toEqual(emptyResponse(single));
  });

  it('starts a new round, so an ordering question starts from a new order', () => {
    const next = resetAnswers(worked);
    expect(next.round).toBe(1);
    const before = startOrder(ordering, displaySeed('learner1', 'lesson-9-1', worked.round ?? 0));
    const after = startOrder(ordering, displaySeed('learner1', 'lesson-9-1', next.round!));
    expect(after).not.toEqual(before);
  });
});

describe('when 查看答案 may be used', () => {
  it.each<[string, QuizProgress, boolean, boolean]>([
    ['not before any answer', fresh(), false, false],
    ['after choosing an answer', answered({ [single.id]: { type: 'single', choice: 'b' } }), false, true],
    ['after checking', answered({}, { checked: { [single.id]: true } }), false, true],
    ['when the teacher reveals answers', fresh(), true, true],
    ['not because another question was answered', answered({ [multiple.id]: { type: 'multiple', choices: ['a'] } }), false, false],
  ])('%s', (_, state, teacher, expected) => {
    expect(canShowSolution(state, single, teacher)).toBe(expected);
  });
});

describe('resuming from saved state', () => {
  it('a saved quiz read back from storage shows the same answers and score', () => {
    const state = submit(answered({ [multiple.id]: { type: 'multiple', choices: ['a', 'c'] }, [single.id]: { type: 'single', choice: 'a' } }), questions, 7, seed);
    const reloaded: QuizProgress = JSON.parse(JSON.stringify(state));
    for (const question of questions) {
      expect(grade(question, shownResponse(reloaded, question, seed))).toEqual(grade(question, shownResponse(state, question, seed)));
    }
    expect(allChecked(reloaded, questions)).toBe(true);
    expect(summarise(reloaded.attempts)).toEqual(summarise(state.attempts));
  });

  it('an untouched ordering question shows the same start order after a reload in the same round', () => {
    const round = resetAnswers(resetAnswers(fresh()));
    const seedNow = displaySeed('learner1', 'lesson-9-1', round.round!);
    const reloaded: QuizProgress = JSON.parse(JSON.stringify(round));
    expect(shownResponse(reloaded, ordering, seedNow)).toEqual(shownResponse(round, ordering, seedNow));
  });
});

describe('carryOver: a question that moved to another quiz keeps the learner\'s answer', () => {
  const earlier = answered(
    { [single.id]: { type: 'single', choice: 'a' }, [ordering.id]: { type: 'ordering', order: ['a', 'b', 'c', 'd'] } },
    { checked: { [single.id]: true }, solved: { [ordering.id]: true }, attempts: [{ at: 1, points: 1, max: 5 }] },
  );
  it.each([
    ['takes the answers, checks and solved marks of its own questions only', fresh(), [single.id], { responses: { [single.id]: earlier.responses[single.id] }, checked: { [single.id]: true }, solved: {} }],
    ['never the other quiz\'s attempts', fresh(), [ordering.id, short.id], { responses: { [ordering.id]: earlier.responses[ordering.id] }, checked: {}, solved: { [ordering.id]: true } }],
    ['nothing when the earlier quiz never answered them', fresh(), [short.id], null],
    ['nothing once this quiz holds an answer of its own', answered({ [short.id]: { type: 'short', text: '我的答案', checked: [] } }), [single.id], null],
    ['nothing once this quiz was submitted', answered({}, { attempts: [{ at: 2, points: 0, max: 1 }] }), [single.id], null],
  ] as const)('%s', (_, own, ids, expected) => {
    const result = carryOver(own, earlier, ids);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toEqual({ ...own, ...expected, attempts: [] });
  });
});
