import { buildClassCatalog, type ClassCatalog } from '../../../src/lib/classbook/catalog.ts';
import { answerFileHeader, answerFileText, makeAnswerFile, type AnswerFile } from '../../../src/lib/quiz/answer-file.ts';
import { makeHandIn, type HandIn } from '../../../src/lib/handin/format.ts';
import { at, sampleHandIn } from './hand-in.ts';

/** A small course: module 1 with lessons 1.1 and 1.2 and its test, and the final exam in module 9. */
export const catalog: ClassCatalog = buildClassCatalog(
  [
    {
      number: 1,
      label: '模块1 认识客服',
      examId: 'exam-m1',
      lessons: [
        { code: '1.1', title: '认识电商客服岗位', href: '/', quizzes: [{ id: 'lesson-1-1', title: '课堂小测', questions: 2 }], forms: [{ id: 'form-1-1', title: '岗位认知表' }, { id: 'form-1-1b', title: '第二张表' }], chats: [{ id: 'scn-1', title: '咨询' }], scripts: [] },
        { code: '1.2', title: '客服岗位', href: '/', quizzes: [{ id: 'lesson-1-2', title: '课堂小测', questions: 1 }], forms: [], chats: [], scripts: [] },
      ],
    },
    { number: 9, label: '综合考核', examId: 'exam-final', lessons: [{ code: '9.1', title: '综合', href: '/', quizzes: [], forms: [], chats: [], scripts: [] }] },
  ],
  { quizzes: [{ id: 'lesson-1-1', title: '课堂小测', lesson: '1.1', questions: ['m1.q.a', 'm1.q.b'] }, { id: 'lesson-1-2', title: '课堂小测', lesson: '1.2', questions: ['m1.q.c'] }], forms: [], chats: [], scripts: [] },
);

/** A hand-in of lesson 1.1 by a student, handed in `minutes` after the sample's time, with `points` of 4 on its quiz. */
export function handIn(studentNo = '2023-0415', minutes = 0, points = 2, name = '林小悦', className = '电商2301', lesson = '1.1'): HandIn {
  const body = sampleHandIn();
  const time = at + minutes * 60_000;
  return makeHandIn({
    ...body,
    student: { studentNo, name, className },
    lesson: { ...body.lesson, code: lesson },
    submittedAt: time,
    quizzes: body.quizzes.map((q) => ({ ...q, marked: { points, max: 4 } })),
  });
}

export const handInText = (file: HandIn) => `${JSON.stringify(file, null, 2)}\n`;

/** An answer file of the module 1 test. */
export function answers(studentNo = '2023-0415', minutes = 0, points = 6, examId = 'exam-m1'): AnswerFile {
  const time = at + minutes * 60_000;
  return makeAnswerFile({
    ...answerFileHeader(time),
    exam: { id: examId, title: '模块1 单元测验', code: 'A1', limit: 0, questions: ['m1.q.a', 'm1.q.b'] },
    student: { studentNo, name: '林小悦', className: '电商2301' },
    startedAt: time - 600_000,
    submittedAt: time,
    responses: {},
    marked: { points, max: 8 },
    pending: [{ id: 'm1.q.b', points: 2, checklist: ['要点'] }],
  });
}

export { answerFileText };
