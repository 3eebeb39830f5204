import { describe, expect, it } from 'vitest';
import { displayed, displaySeed, isPinned, resetAnswers, shownResponse, startOrder, type Question, type QuizProgress } from '../../../src/lib/quiz/index.ts';
import { allQuestions } from '../../../src/data/questions/index.ts';

const single: Extract<Question, { type: 'single' }> = {
  id: 'm9.q.test',
  type: 'single',
  prompt: '测试题目的题干',
  explanation: '测试题目的解析',
  requirements: [],
  points: 1,
  options: [
    { id: 'a', text: '甲' },
    { id: 'b', text: '乙' },
    { id: 'c', text: '丙' },
    { id: 'd', text: '以上都是' },
  ],
  answer: 'd',
};

describe('display order', () => {
  it('is the canonical order before the page knows the learner', () => {
    expect(displaySeed('', 'lesson-1-1', 0)).toBe('');
    expect(displayed(single, '')).toBe(single);
  });

  it('is the same for the same learner, quiz and attempt (a reload), and keeps 以上都是 in place', () => {
    const seed = displaySeed('learner1', 'lesson-1-1', 0);
    const once = displayed(single, seed).options.map((o) => o.id);
    expect(displayed(single, seed).options.map((o) => o.id)).toEqual(once);
    expect(once.at(-1)).toBe('d');
    expect([...once].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('differs between learners and between attempts, over the whole bank', () => {
    const choice = allQuestions.filter((q) => q.type === 'single' || q.type === 'multiple');
    const order = (learner: string, attempt: number) => choice.map((q) => displayed(q, displaySeed(learner, 'exam', attempt)).options.map((o) => o.id).join('')).join('|');
    expect(order('learner1', 0)).not.toBe(order('learner2', 0));
    expect(order('learner1', 0)).not.toBe(order('learner1', 1));
  });

  it('spreads keys over positions for one learner (no position holds more than 40 % of single-choice keys)', () => {
    const singles = allQuestions.filter((q): q is Extract<Question, { type: 'single' }> => q.type === 'single');
    const seed = displaySeed('learner1', 'exam', 0);
    const counts = new Map<number, number>();
    for (const q of singles) {
      const at = displayed(q, seed).options.findIndex((o) => o.id === q.answer);
      counts.set(at, (counts.get(at) ?? 0) + 1);
    }
    expect(Math.max(...counts.values()) / singles.length).toBeLessThanOrEqual(0.4);
  });

  it.each(['以上都是', '以上都不对', '以上说法都正确', '都对', '都不是'])('%s is pinned', (text) => {
    expect(isPinned(text)).toBe(true);
  });

  it.each(['都市白领', '以旧换新', '上门取件'])('%s is not pinned', (text) => {
    expect(isPinned(text)).toBe(false);
  });

  it('shuffles both columns of a matching question and leaves the key alone', () => {
    const matching = allQuestions.find((q): q is Extract<Question, { type: 'matching' }> => q.type === 'matching')!;
    const shown = displayed(matching, displaySeed('learner1', 'quiz', 0));
    expect([...shown.categories].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...matching.categories].sort((a, b) => a.id.localeCompare(b.id)));
    expect(shown.items.map((i) => [i.id, i.category]).sort()).toEqual(matching.items.map((i) => [i.id, i.category]).sort());
  });

  it('starts an ordering question in an order of the learner’s own, kept for the attempt', () => {
    const ordering = allQuestions.find((q): q is Extract<Question, { type: 'ordering' }> => q.type === 'ordering')!;
    const one = startOrder(ordering, displaySeed('learner1', 'quiz', 0));
    expect(startOrder(ordering, displaySeed('learner1', 'quiz', 0))).toEqual(one);
    const state = { responses: {}, checked: {}, solved: {}, attempts: [] };
    expect(shownResponse(state, ordering, displaySeed('learner1', 'quiz', 0))).toEqual({ type: 'ordering', order: one });
  });

  it('a new attempt (全部重做) moves to the next round', () => {
    const state: QuizProgress = { responses: {}, checked: {}, solved: {}, attempts: [] };
    expect(resetAnswers(state).round).toBe(1);
    expect(resetAnswers(resetAnswers(state)).round).toBe(2);
  });
});
