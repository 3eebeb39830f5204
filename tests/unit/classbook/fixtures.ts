import type { AnalysisCatalog, AnalysisQuiz } from '../../../src/lib/classbook/analysis-input.ts';
import { recordKey, type ClassBook, type ClassRecord } from '../../../src/lib/classbook/types.ts';
import type { FormValues } from '../../../src/lib/form/values.ts';
import { makeHandIn } from '../../../src/lib/handin/format.ts';
import { answerFileHeader, makeAnswerFile } from '../../../src/lib/quiz/answer-file.ts';
import type { Question, Response } from '../../../src/lib/quiz/types.ts';
import { formSchema, type FormExercise } from '../../../src/schemas/form.ts';
import { questionSchema, type QuestionInput } from '../../../src/schemas/question.ts';
import { at, sampleHandIn } from '../helpers/hand-in.ts';

/** A question with the schema's defaults. */
export const question = (input: Partial<QuestionInput> & Pick<QuestionInput, 'id' | 'type'>): Question =>
  questionSchema.parse({ prompt: `题目 ${input.id}`, explanation: '见课文相关内容。', ...input } as QuestionInput);

/** A single-choice question keyed `a` with options a–d. */
export const single = (id: string, options = ['a', 'b', 'c', 'd']) =>
  question({ id, type: 'single', options: options.map((o) => ({ id: o, text: `选项${o.toUpperCase()}` })), answer: 'a' });
/** A true/false question keyed `answer`. */
export const truefalse = (id: string, answer = true) => question({ id, type: 'truefalse', answer });
/** A short question worth `points` with a two-point checklist. */
export const short = (id: string, points = 2) =>
  question({ id, type: 'short', points, prompt: '顾客收到的商品有破损，要求退货。请写出你作为客服的回复要点。', reference: '先道歉安抚，请顾客拍照，核实后办理退货并说明运费和退款时间。', checklist: ['道歉安抚', '说明退货办法'] });

/** A form with fixed text, a reference answer and an open cell. */
export const sampleForm: FormExercise = formSchema.parse({
  id: 'm1.form.sample',
  title: '表1-9 售后处理记录',
  lesson: '1.1',
  instructions: '根据案例填写售后处理记录。',
  rowHeader: '项目',
  columns: [{ id: 'result', label: '内容', type: 'longtext' }],
  rows: [
    { id: 'case', label: '案例', cells: { result: { value: '顾客收到的杯子碎了' } } },
    { id: 'reply', label: '回复顾客', cells: { result: { reference: '您好，非常抱歉，请拍照给我们，我们马上为您补发。' } } },
    { id: 'note', label: '处理说明' },
  ],
});

/** A student. */
export interface Someone {
  no: string;
  name: string;
}

/** A hand-in record of lesson 1.1 for `who`: one quiz of these answers (`marked` points as the site marked them), optionally the sample form. */
export function handInRecord(who: Someone, quiz: AnalysisQuiz, responses: Record<string, Response>, form?: FormValues['cells'], marked = 0): ClassRecord {
  const base = sampleHandIn();
  const pending = quiz.questions.filter((q) => q.type === 'short').map((q) => ({ id: q.id, points: q.points, checklist: q.type === 'short' ? q.checklist : [] }));
  const objective = quiz.questions.filter((q) => q.type !== 'short').reduce((sum, q) => sum + q.points, 0);
  return {
    source: 'handin',
    receivedAt: at,
    file: makeHandIn({
      ...base,
      student: { studentNo: who.no, name: who.name, className: '电商2301' },
      quizzes: [{ id: quiz.id, title: quiz.title, questions: quiz.questions.map((q) => q.id), responses, marked: { points: marked, max: objective }, pending, attempts: 1 }],
      forms: form ? [{ id: sampleForm.id, title: sampleForm.title, values: { name: who.name, className: '电商2301', cells: form, added: [] }, filled: 1, total: 2 }] : [],
    }),
  };
}

/** An answer-file record of exam `exam.id` for `who`, asked `asked`. */
export function answersRecord(who: Someone, exam: AnalysisQuiz, asked: string[], responses: Record<string, Response>): ClassRecord {
  return {
    source: 'answers',
    receivedAt: at,
    file: makeAnswerFile({
      ...answerFileHeader(at),
      exam: { id: exam.id, title: exam.title, code: 'A1', limit: 0, questions: asked },
      student: { studentNo: who.no, name: who.name, className: '电商2301' },
      startedAt: at - 600_000,
      submittedAt: at,
      responses,
      marked: { points: 0, max: 0 },
      pending: [],
    }),
  };
}

/** A score-code record of lesson 1.1. */
export const scoreCodeRecord = (who: Someone): ClassRecord => ({
  source: 'score-code',
  receivedAt: at,
  code: { of: 'lesson', ref: '1.1', student: { studentNo: who.no, name: who.name, className: '电商2301' }, submittedAt: at, entries: [{ kind: 'quiz', id: 'lesson-1-1', points: 3, max: 4 }] },
});

/** A class book of these records by student and item. */
export function bookOf(records: readonly (readonly [Someone, string, ClassRecord])[], marks: ClassBook['marks'] = {}): ClassBook {
  return {
    className: '电商2301',
    students: Object.fromEntries(records.map(([who]) => [who.no, { name: who.name, className: '电商2301' }])),
    records: Object.fromEntries(records.map(([who, item, record]) => [recordKey(who.no, item), record])),
    marks,
  };
}

/** A catalog of these quizzes and the sample form. */
export const catalogOf = (...quizzes: AnalysisQuiz[]): AnalysisCatalog => ({ quizzes, forms: [{ item: 'lesson:1.1', id: sampleForm.id, title: sampleForm.title, form: sampleForm }] });
