import { describe, expect, it } from 'vitest';
import { collectForm, collectQuiz, shortPrompt, shortQuestions } from '../../../src/lib/classbook/analysis-input.ts';
import { answersRecord, bookOf, catalogOf, handInRecord, sampleForm, scoreCodeRecord, short, single } from './fixtures.ts';

const quiz = { item: 'lesson:1.1', id: 'lesson-1-1', title: '课堂小测', questions: [single('m1.q.a'), short('m1.q.b')] };
const exam = { item: 'exam-m1', id: 'exam-m1', title: '模块一测验', questions: [single('m1.q.a')] };
const lin = { no: 'S2', name: '林小悦' };
const wang = { no: 'S1', name: '王明' };
const zhang = { no: 'S3', name: '张婷' };

describe('collecting answers from the class book', () => {
  const otherQuiz = { ...quiz, id: 'lesson-1-1-extra' };
  const book = bookOf([
    [lin, quiz.item, handInRecord(lin, quiz, { 'm1.q.a': { type: 'single', choice: 'b' } }, { note: { result: '补发' } })],
    [wang, quiz.item, handInRecord(wang, otherQuiz, {})],
    [zhang, quiz.item, scoreCodeRecord(zhang)],
    [lin, exam.item, answersRecord(lin, exam, ['m1.q.a'], { 'm1.q.a': { type: 'single', choice: 'a' } })],
    [wang, exam.item, answersRecord(wang, { ...exam, id: 'exam-m2' }, ['m1.q.a'], {})],
  ]);

  it('takes a quiz from the hand-ins that hold it, and lists score codes apart', () => {
    const got = collectQuiz(book, quiz);
    expect(got.students.map((s) => [s.studentNo, s.name, s.asked, s.responses['m1.q.a']])).toEqual([['S2', '林小悦', ['m1.q.a', 'm1.q.b'], { type: 'single', choice: 'b' }]]);
    expect(got.scoreOnly).toEqual([{ studentNo: 'S3', name: '张婷' }]);
  });

  it('takes an exam from the answer files of that exam only', () => {
    expect(collectQuiz(book, exam).students.map((s) => [s.studentNo, s.asked])).toEqual([['S2', ['m1.q.a']]]);
  });

  it('takes a form from hand-ins, not from answer files', () => {
    const [form] = catalogOf().forms;
    expect(collectForm(book, form!).students.map((s) => [s.studentNo, s.values.cells])).toEqual([['S2', { note: { result: '补发' } }]]);
    expect(collectForm(book, { ...form!, item: exam.item }).students).toEqual([]);
    expect(collectForm(book, form!).scoreOnly.map((s) => s.name)).toEqual(['张婷']);
    expect(form!.form).toBe(sampleForm);
  });

  it('names a student by the class book, else by the file', () => {
    const nameless = { ...book, students: {} };
    expect(collectQuiz(nameless, quiz).students[0]!.name).toBe('林小悦');
    expect(collectQuiz(nameless, quiz).scoreOnly[0]!.name).toBe('张婷');
  });
});

describe('prompts and short questions', () => {
  it.each([
    ['客户的{{b1}}是指什么？', '客户的____是指什么？'],
    ['一行\n  两行', '一行 两行'],
  ])('shows %j as %j', (prompt, shown) => expect(shortPrompt(prompt)).toBe(shown));

  it('cuts a long prompt to 40 characters ending in …', () => {
    const long = `请说明${'客户服务'.repeat(12)}的要点`;
    expect(shortPrompt(long)).toBe(`${long.slice(0, 39)}…`);
    expect(shortPrompt(long, 10)).toHaveLength(10);
  });

  it('picks the short questions of a quiz', () => expect(shortQuestions(quiz).map((q) => q.id)).toEqual(['m1.q.b']));
});
