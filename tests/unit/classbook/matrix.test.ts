import { describe, expect, it } from 'vitest';
import { addToBook } from '../../../src/lib/classbook/intake.ts';
import { classMatrix, matrixColumns } from '../../../src/lib/classbook/matrix.ts';
import { emptyClassBook, markKey } from '../../../src/lib/classbook/types.ts';
import { handInScores, scoreCodeText } from '../../../src/lib/handin/format.ts';
import { answerFileText, answers, catalog, handIn, handInText } from '../helpers/class-files.ts';

const book = addToBook(
  emptyClassBook(),
  [
    { kind: 'file', name: 'a', text: handInText(handIn('03', 0, 4, '张三')) },
    { kind: 'file', name: 'b', text: handInText(handIn('01', 0, 1, '林小悦')) },
    { kind: 'file', name: 'c', text: answerFileText(answers('01', 0, 6)) },
    { kind: 'code', name: 'd', text: scoreCodeText({ of: 'lesson', ref: '1.2', student: { studentNo: '02', name: '王五', className: '电商2301' }, submittedAt: 0, entries: handInScores(handIn('02', 0, 3)) }) },
  ],
  catalog,
  0,
).book;

describe('classMatrix', () => {
  it('has a column per lesson part the course offers and one per exam, in course order', () => {
    expect(matrixColumns(catalog).map((c) => c.label)).toEqual(['1.1 小测', '1.1 表单', '1.1 实战', '1.2 小测', 'M1 测验', '期末']);
  });

  it('shows quiz %, forms filled, best chat and exam %, with empty cells for what was not handed in', () => {
    const m = classMatrix(book, catalog);
    expect(m.rows.map((r) => r.studentNo)).toEqual(['01', '02', '03']);
    expect(m.rows[0]!.cells.map((c) => c?.text)).toEqual(['25%', '1/2', '85', undefined, '75%', undefined]);
    expect(m.rows[1]!.cells.map((c) => c?.text)).toEqual([undefined, undefined, undefined, '75%', undefined, undefined]);
    expect(m.rows[1]!.cells[3]!.fromCode).toBe(true);
    expect(m.rows[0]!.handedIn).toBe(2);
    expect(m.missing.find((x) => x.item === 'lesson:1.2')!.students.map((s) => s.name)).toEqual(['林小悦', '张三']);
    expect(m.missing.find((x) => x.item === 'exam-final')!.students).toHaveLength(3);
  });

  it('adds the teacher’s marks of short answers to the exam and quiz', () => {
    const marked = { ...book, marks: { [markKey('01', 'exam-m1', 'm1.q.b')]: { ticked: [0], points: 2, max: 2, at: 1 }, [markKey('01', 'lesson:1.1', 'm1.q.b')]: { ticked: [], points: 0, max: 3, at: 1 } } };
    const row = classMatrix(marked, catalog).rows[0]!;
    expect(row.cells[4]!.text).toBe('80%');
    expect(row.cells[0]!.text).toBe('14%');
  });

  it('filters by module and kind, and sorts by name, completion and a column', () => {
    expect(classMatrix(book, catalog, { module: 9 }).columns.map((c) => c.label)).toEqual(['期末']);
    expect(classMatrix(book, catalog, { kind: 'quiz' }).columns.map((c) => c.label)).toEqual(['1.1 小测', '1.2 小测']);
    expect(classMatrix(book, catalog, { sort: { by: 'name' } }).rows.map((r) => r.name)).toEqual(['林小悦', '王五', '张三']);
    expect(classMatrix(book, catalog, { sort: { by: 'completion', descending: true } }).rows.map((r) => r.studentNo)).toEqual(['01', '02', '03']);
    const byQuiz = classMatrix(book, catalog, { sort: { by: 'column', column: 'lesson:1.1:quiz', descending: true } });
    expect(byQuiz.rows.map((r) => r.studentNo)).toEqual(['03', '01', '02']);
    expect(classMatrix(book, catalog, { sort: { by: 'column', column: 'lesson:1.1:quiz' } }).rows.map((r) => r.studentNo)).toEqual(['01', '03', '02']);
    expect(classMatrix(book, catalog, { sort: { by: 'studentNo', descending: true } }).rows.map((r) => r.studentNo)).toEqual(['03', '02', '01']);
  });

  it('orders 学号 as numbers, as a class list does: 2025-2 before 2025-10', () => {
    const numbered = addToBook(emptyClassBook(), ['2025-10', '2025-2', '2025-1'].map((no) => ({ kind: 'file' as const, name: no, text: handInText(handIn(no)) })), catalog, 0).book;
    expect(classMatrix(numbered, catalog).rows.map((r) => r.studentNo)).toEqual(['2025-1', '2025-2', '2025-10']);
  });
});
