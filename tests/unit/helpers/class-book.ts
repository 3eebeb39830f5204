import { makeHandIn, type HandInBody } from '../../../src/lib/handin/format.ts';
import { answerFileHeader, makeAnswerFile, type AnswerFileBody } from '../../../src/lib/quiz/answer-file.ts';
import { lessonItem, markKey, recordKey, type ClassBook } from '../../../src/lib/classbook/types.ts';
import type { EvidenceCatalog } from '../../../src/lib/grade/evidence.ts';
import { at, sampleHandIn } from './hand-in.ts';

/** The exercise IDs of the sample's two lessons (1.1 and 1.2). */
export interface SampleIds {
  quiz11: string;
  form11: string;
  chat11: string;
  form12: string;
}
const testIds: SampleIds = { quiz11: 'lesson-1-1', form11: 'form-1-1', chat11: 'scn-1', form12: 'form-1-2' };
/** The site's own IDs of lessons 1.1 and 1.2 (src/data/quizzes/lessons.ts, src/data/forms/m1.ts); lesson 1.1 has no mock chat there. */
export const siteIds: SampleIds = { quiz11: 'lesson-1-1', form11: 'm1.form.haier-service', chat11: 'no-chat-in-1.1', form12: 'm1.form.job-requirements' };

/** Two lessons of module 1, a module test and the final exam; with `siteIds`, the part of the site's catalog the sample touches. */
export const sampleCatalog = (ids = testIds): EvidenceCatalog => ({
  lessons: [
    { code: '1.1', module: 1, quizzes: [ids.quiz11], forms: [ids.form11], chats: ids === siteIds ? [] : [ids.chat11] },
    { code: '1.2', module: 1, quizzes: ['lesson-1-2'], forms: [ids.form12], chats: [] },
  ],
  exams: [
    { id: 'exam-m1', module: 1, title: '模块一单元测验' },
    { id: 'exam-final', module: 'final', title: '期末考试' },
  ],
});

const student = (studentNo: string, name: string) => ({ studentNo, name, className: '电商2301' });

const answers = (studentNo: string, name: string, exam: string, marked: { points: number; max: number }, pending: AnswerFileBody['pending'] = []) =>
  makeAnswerFile({
    ...answerFileHeader(at),
    exam: { id: exam, title: exam, code: 'ABC123', limit: 0, questions: [] },
    student: student(studentNo, name),
    startedAt: at - 60_000,
    submittedAt: at,
    responses: {},
    marked,
    pending,
  });

/**
 * A hand-made class book:
 * - 2023-0415 林小悦 handed in lesson 1.1 as a file (quiz 2/4 + a short answer of 3 the teacher marked 2;
 *   form marked 8/10, 1 of 6 cells; chat 85) and lesson 1.2 as a file (quiz 3/3 + an unmarked short answer of 2;
 *   form unmarked, 3 of 6 cells); exam-m1 answers 30/40 + a short answer of 10 marked 6; exam-final answers 50/80.
 * - 2023-0416 周明 handed in lesson 1.1 as a score code (quiz 4/4, form 6/6, chat 70) and exam-m1 as a score code 45/50.
 * - 2023-0417 陈晨 handed in nothing but the final exam (answers 60/100).
 */
export function sampleClassBook(ids = testIds): ClassBook {
  const base = sampleHandIn();
  const lesson11: HandInBody = {
    ...base,
    quizzes: [{ ...base.quizzes[0]!, id: ids.quiz11 }],
    forms: [{ ...base.forms[0]!, id: ids.form11 }],
    chats: [{ ...base.chats[0]!, id: ids.chat11 }],
  };
  const lesson12: HandInBody = {
    ...base,
    lesson: { code: '1.2', title: '客服礼仪' },
    quizzes: [{ ...base.quizzes[0]!, id: 'lesson-1-2', marked: { points: 3, max: 3 }, pending: [{ id: 'm1.q.c', points: 2, checklist: [] }] }],
    forms: [{ ...base.forms[0]!, id: ids.form12, filled: 3, total: 6 }],
    chats: [],
  };
  const zhou = student('2023-0416', '周明');
  const book: ClassBook = {
    className: '电商2301',
    students: { '2023-0415': { name: '林小悦', className: '电商2301' }, '2023-0416': { name: '周明', className: '电商2301' }, '2023-0417': { name: '陈晨', className: '电商2301' } },
    records: {
      [recordKey('2023-0415', lessonItem('1.1'))]: { source: 'handin', file: makeHandIn(lesson11), receivedAt: at },
      [recordKey('2023-0415', lessonItem('1.2'))]: { source: 'handin', file: makeHandIn(lesson12), receivedAt: at },
      [recordKey('2023-0415', 'exam-m1')]: { source: 'answers', file: answers('2023-0415', '林小悦', 'exam-m1', { points: 30, max: 40 }, [{ id: 'm1.q.s', points: 10, checklist: [] }]), receivedAt: at },
      [recordKey('2023-0415', 'exam-final')]: { source: 'answers', file: answers('2023-0415', '林小悦', 'exam-final', { points: 50, max: 80 }), receivedAt: at },
      [recordKey('2023-0416', lessonItem('1.1'))]: {
        source: 'score-code',
        code: { of: 'lesson', ref: '1.1', student: zhou, submittedAt: at, entries: [{ kind: 'quiz', id: ids.quiz11, points: 4, max: 4 }, { kind: 'form', id: ids.form11, points: 6, max: 6 }, { kind: 'chat', id: ids.chat11, points: 70, max: 100 }] },
        receivedAt: at,
      },
      [recordKey('2023-0416', 'exam-m1')]: { source: 'score-code', code: { of: 'exam', ref: 'exam-m1', student: zhou, submittedAt: at, entries: [{ kind: 'exam', id: 'exam-m1', points: 45, max: 50 }] }, receivedAt: at },
      [recordKey('2023-0417', 'exam-final')]: { source: 'answers', file: answers('2023-0417', '陈晨', 'exam-final', { points: 60, max: 100 }), receivedAt: at },
    },
    marks: {
      [markKey('2023-0415', lessonItem('1.1'), 'm1.q.b')]: { ticked: [0], points: 2, max: 3, at },
      [markKey('2023-0415', lessonItem('1.1'), ids.form11)]: { ticked: [], points: 8, max: 10, at },
      [markKey('2023-0415', 'exam-m1', 'm1.q.s')]: { ticked: [0, 1], points: 6, max: 10, at },
    },
  };
  return book;
}
