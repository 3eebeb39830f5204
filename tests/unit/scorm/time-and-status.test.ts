import { describe, expect, it } from 'vitest';
import { sessionTime } from '../../../src/lib/scorm/time.ts';
import { moduleStatus, percent } from '../../../src/lib/scorm/status.ts';

// SCORM 1.2 CMITimespan as scorm-again checks it (hours of two to four digits, optional hundredths).
const timespan = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;

describe('session time (SCORM 1.2 CMITimespan)', () => {
  it.each([
    [0, '0000:00:00.00'],
    [1_234, '0000:00:01.23'],
    [3_723_450, '0001:02:03.45'],
    [59_999, '0000:01:00.00'],
    [-5, '0000:00:00.00'],
    [1e12, '9999:59:59.99'],
  ])('%d ms is %s', (ms, text) => {
    expect(sessionTime(ms)).toBe(text);
    expect(text).toMatch(timespan);
  });
});

describe('module status', () => {
  const lessons = ['1.1', '1.2'];
  it('is incomplete until every lesson was visited, then completed', () => {
    expect(moduleStatus({ lessons, visited: new Set(['1.1']) })).toBe('incomplete');
    expect(moduleStatus({ lessons, visited: new Set(['1.1', '1.2']) })).toBe('completed');
  });
  it('is passed or failed once the test is scored against the mastery score', () => {
    expect(moduleStatus({ lessons, visited: new Set(), test: { points: 6, max: 10 }, mastery: 60 })).toBe('passed');
    expect(moduleStatus({ lessons, visited: new Set(['1.1', '1.2']), test: { points: 5.9, max: 10 }, mastery: 60 })).toBe('failed');
  });
  it('is completed by a scored test when there is no mastery score', () => {
    expect(moduleStatus({ lessons, visited: new Set(), test: { points: 1, max: 10 } })).toBe('completed');
  });
  it('rounds the score to whole percent', () => {
    expect(percent({ points: 2, max: 3 })).toBe(67);
    expect(percent({ points: 0, max: 0 })).toBe(0);
  });
});

describe('the keys the launch page reads are the stores’ own', () => {
  it('matches the visit, learner and quiz areas', async () => {
    const { keys } = await import('../../../src/lib/scorm/report.ts');
    const { visitsArea } = await import('../../../src/stores/progress.ts');
    const { learnerArea } = await import('../../../src/stores/learner.ts');
    const { quizArea } = await import('../../../src/stores/quiz.ts');
    expect([keys.visits, keys.learner, keys.quiz('lesson-1-1')]).toEqual([visitsArea.key, learnerArea.key, quizArea.keyOf('lesson-1-1')]);
  });
});
