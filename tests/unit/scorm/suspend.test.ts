import { describe, expect, it } from 'vitest';
import { bankOf, questionsByIds } from '../../../src/data/questions/index.ts';
import { lessonQuizzes } from '../../../src/data/quizzes/index.ts';
import { outline } from '../../../src/data/index.ts';
import { answerKey } from '../../../src/lib/quiz/grade.ts';
import type { Question, Response } from '../../../src/lib/quiz/types.ts';
import { decodeSuspend, encodeSuspend, itemsToRestore, suspendLimit } from '../../../src/lib/scorm/suspend.ts';
import { keys, scoReport, suspendOrder, type ScoConfig } from '../../../src/lib/scorm/report.ts';

/** Text that compresses about as badly as a learner's own sentences: common characters in a random order. */
const pool = '客户服务订单发货退款物流售后评价咨询商品价格优惠活动尺码颜色质量问题处理及时耐心解释道歉补偿方案满意回访记录跟进快递包裹地址电话核对确认库存缺货预售赠品';
let seed = 7;
const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
const sentence = (n: number) => Array.from({ length: n }, () => pool[Math.floor(rand() * pool.length)]).join('');

/** A fully answered quiz as the site saves it (src/stores/quiz.ts in the envelope of src/lib/storage-codec.ts). */
function savedQuiz(questions: Question[], attempts: number, paper = false): string {
  const responses: Record<string, Response> = {};
  for (const q of questions) {
    const key = answerKey(q);
    responses[q.id] = key.type === 'short' ? { type: 'short', text: sentence(200), checked: [0, 1] } : key.type === 'blank' ? { type: 'blank', values: Object.fromEntries(Object.keys(key.values).map((b) => [b, sentence(12)])) } : key;
  }
  const data = {
    responses,
    checked: Object.fromEntries(questions.map((q) => [q.id, true])),
    solved: {},
    attempts: Array.from({ length: attempts }, (_, i) => ({ at: 1_760_000_000_000 + i * 60_000, points: i, max: 20 })),
    ...(paper ? { paper: { seed: 'K7M2QX', ids: questions.map((q) => q.id), started: 1_760_000_000_000, limit: 45, submitted: 1_760_000_900_000, student: { studentNo: '202301015', name: '林小悦', className: '电商2301' } } } : {}),
  };
  return JSON.stringify({ v: 1, data });
}

function moduleConfig(module: number): ScoConfig {
  const lessons = outline.filter((l) => l.module === module).map((l) => l.code);
  return {
    module,
    title: `模块${module}`,
    start: `modules/${module}/index.html`,
    lessons,
    quizzes: Object.fromEntries(lessonQuizzes.filter((q) => lessons.includes(q.lesson)).map((q) => [q.id, questionsByIds(q.questions, 'test')])),
    exam: { id: `exam-m${module}`, pool: bankOf(module)!.questions },
    mastery: 60,
  };
}

/** A learner who did everything in the module: every lesson quiz and the test answered in full, twenty attempts each, every lesson visited, other saved work besides. */
function everything(config: ScoConfig) {
  const items: Record<string, string> = {};
  const times: Record<string, number> = {};
  let t = 1_760_000_000_000;
  for (const [id, questions] of Object.entries(config.quizzes)) items[keys.quiz(id)] = savedQuiz(questions, 20);
  items[keys.quiz(config.exam!.id)] = savedQuiz(config.exam!.pool.slice(0, 10), 20, true);
  items[keys.visits] = JSON.stringify({ v: 1, data: Object.fromEntries(outline.map((l, i) => [l.code, { first: t + i, last: t + i * 1000, count: 3 + i }])) });
  for (let i = 0; i < 12; i++) items[`kefu:v1:form:other-${i}`] = JSON.stringify({ v: 1, data: { rows: [[sentence(150), sentence(150)]] } });
  for (const key of Object.keys(items)) times[key] = t++;
  return { items, times };
}

describe('suspend_data', () => {
  it('round-trips saved items and their times', () => {
    const data = { items: { 'kefu:v1:visits': '{"v":1,"data":{}}', 'kefu:v1:quiz:a': '{"v":1}' }, times: { 'kefu:v1:visits': 5 } };
    const { text, dropped } = encodeSuspend(data, Object.keys(data.items));
    expect(dropped).toEqual([]);
    expect(text).toMatch(/^K1[A-Za-z0-9+/=]+$/);
    expect(decodeSuspend(text)).toEqual(data);
  });

  it('reads nothing from empty, foreign or damaged data', () => {
    expect(decodeSuspend('')).toBeUndefined();
    expect(decodeSuspend('lesson=3;score=80')).toBeUndefined();
    expect(decodeSuspend('K1!!!')).toBeUndefined();
    const { text } = encodeSuspend({ items: { a: 'x' }, times: {} }, ['a']);
    expect(decodeSuspend(text.slice(0, -6))).toBeUndefined();
  });

  it.each([2, 5])('keeps a learner who did everything in module %i within 4,096 characters, the module test and lesson quizzes first', (module) => {
    const config = moduleConfig(module);
    const data = everything(config);
    const order = suspendOrder(config, Object.keys(data.items), data.times);
    const raw = JSON.stringify(data).length;
    const { text, dropped } = encodeSuspend(data, order);
    expect(raw).toBeGreaterThan(suspendLimit);
    expect(text.length).toBeLessThanOrEqual(suspendLimit);
    const kept = decodeSuspend(text)!;
    // The module's own work survives whole; what had to go is other saved work, least recent first.
    for (const id of [config.exam!.id, ...Object.keys(config.quizzes)]) expect(kept.items[keys.quiz(id)]).toBe(data.items[keys.quiz(id)]);
    expect(kept.items[keys.visits]).toBe(data.items[keys.visits]);
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((k) => k.startsWith('kefu:v1:form:'))).toBe(true);
    expect(dropped).toEqual(order.slice(-dropped.length).reverse());
  });

  it('leaves out the least important items first and says which', () => {
    const items = { a: sentence(1500), b: sentence(1500), c: 'small' };
    expect(encodeSuspend({ items: { a: items.a }, times: {} }, ['a']).dropped).toEqual([]);
    const { text, dropped } = encodeSuspend({ items, times: {} }, ['c', 'a', 'b']);
    expect(dropped).toEqual(['b']);
    expect(Object.keys(decodeSuspend(text)!.items)).toEqual(['c', 'a']);
    const none = encodeSuspend({ items: { a: sentence(9000) }, times: {} }, ['a']);
    expect(none.dropped).toEqual(['a']);
    expect(decodeSuspend(none.text)).toEqual({ items: {}, times: {} });
  });

  it('restores what this browser lacks or holds an older copy of, and keeps newer local work', () => {
    const saved = { items: { a: 'lms-a', b: 'lms-b', c: 'same', d: 'lms-d' }, times: { a: 10, b: 10, d: 10 } };
    expect(itemsToRestore(saved, { b: 'local-b', c: 'same', d: 'local-d' }, { b: 5, d: 20 })).toEqual({ a: 'lms-a', b: 'lms-b' });
  });
});

describe('what a module reports', () => {
  const config = moduleConfig(1);
  const lessonQuiz = Object.keys(config.quizzes)[0]!;
  const questions = config.quizzes[lessonQuiz]!;

  it('is incomplete with nothing done, and reports no interactions', () => {
    expect(scoReport(config, {}, new Set())).toEqual({ status: 'incomplete', interactions: [], reported: [] });
  });

  it('reports each question of a new attempt once, and the module test as score and pass', () => {
    const exam = config.exam!.pool.slice(0, 10);
    const items = {
      [keys.quiz(lessonQuiz)]: savedQuiz(questions, 1),
      [keys.quiz(config.exam!.id)]: JSON.stringify({ v: 1, data: { ...JSON.parse(savedQuiz(exam, 1, true)).data, attempts: [{ at: 1_760_000_100_000, points: 7, max: 10 }] } }),
      [keys.visits]: JSON.stringify({ v: 1, data: { '1.1': { first: 1, last: 1, count: 1 } } }),
    };
    const report = scoReport(config, items, new Set(), '0000:02:00.00');
    expect(report.status).toBe('passed');
    expect(report.score).toBe(70);
    expect(report.interactions.map((i) => i.id)).toEqual([...questions, ...exam].map((q) => q.id));
    expect(report.reported).toEqual([`${lessonQuiz}@1760000000000`, 'exam-m1@1760000100000']);
    expect(scoReport(config, items, new Set(report.reported)).interactions).toEqual([]);
  });

  it('ignores unreadable saved items', () => {
    expect(scoReport(config, { [keys.quiz(lessonQuiz)]: '{', [keys.visits]: 'null' }, new Set()).status).toBe('incomplete');
  });

  it('orders suspend_data keys: learner, module test, lesson quizzes, visits, then the rest by recency', () => {
    const saved = ['kefu:v1:form:x', keys.visits, 'kefu:v1:form:y', keys.quiz(lessonQuiz), keys.quiz('exam-m1'), 'other'];
    expect(suspendOrder(config, [...saved, keys.learner], { 'kefu:v1:form:x': 1, 'kefu:v1:form:y': 2 })).toEqual([keys.learner, keys.quiz('exam-m1'), keys.quiz(lessonQuiz), keys.visits, 'kefu:v1:form:y', 'kefu:v1:form:x']);
  });
});
