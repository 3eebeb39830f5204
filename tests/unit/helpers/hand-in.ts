import { handInHeader, type HandInBody } from '../../../src/lib/handin/format.ts';

/** When the sample was handed in. */
export const at = Date.UTC(2026, 11, 5, 8, 30);

/** A hand-in of lesson 1.1 with one of each part. */
export const sampleHandIn = (): HandInBody => ({
  ...handInHeader(at),
  student: { studentNo: '2023-0415', name: '林小悦', className: '电商2301' },
  lesson: { code: '1.1', title: '认识电商客服岗位' },
  submittedAt: at,
  quizzes: [{ id: 'lesson-1-1', title: '课堂小测', questions: ['m1.q.a', 'm1.q.b'], responses: { 'm1.q.a': { type: 'single', choice: 'b' } }, marked: { points: 2, max: 4 }, pending: [{ id: 'm1.q.b', points: 3, checklist: ['说明岗位', '举例'] }], attempts: 1, best: { points: 2, max: 4 } }],
  forms: [{ id: 'form-1-1', title: '岗位认知表', values: { name: '林小悦', className: '电商2301', cells: { r1: { c1: '售前' } }, added: [] }, filled: 1, total: 6 }],
  chats: [{ id: 'scn-1', title: '咨询', best: { at, total: 85, rubric: [{ id: 'polite', label: '礼貌', points: 20, max: 20 }] }, count: 2 }],
  typing: { at, speed: 62, accuracy: 0.98 },
  visits: { first: at - 86_400_000, last: at, count: 3 },
});
