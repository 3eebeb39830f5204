import { describe, expect, it } from 'vitest';
import { classBookFile, classBookFileName, mergeClassBooks, readClassBookFile } from '../../../src/lib/classbook/book-file.ts';
import { addToBook } from '../../../src/lib/classbook/intake.ts';
import { emptyClassBook, markKey, recordKey } from '../../../src/lib/classbook/types.ts';
import { answerFileText, answers, catalog, handIn, handInText } from '../helpers/class-files.ts';

const now = new Date(2026, 11, 5);
const book = { ...addToBook(emptyClassBook(), [{ kind: 'file', name: 'a', text: handInText(handIn('01', 0)) }, { kind: 'file', name: 'c', text: answerFileText(answers('02')) }], catalog, 0).book, className: '电商2301', marks: { [markKey('02', 'exam-m1', 'm1.q.b')]: { ticked: [0], points: 2, max: 2, at: 5 } } };

describe('class-book files', () => {
  it('round-trip the whole book', () => {
    expect(readClassBookFile(classBookFile(book, now))).toEqual({ ok: true, book });
    expect(classBookFileName('电商2301', now)).toBe('班级成绩册-电商2301-2026-12-05.json');
  });

  it('are read past the 5 MB of other course files (a class’s hand-ins), up to 100 MB', () => {
    const students = Object.fromEntries(Array.from({ length: 70_000 }, (_, i) => [`S${i}`, { name: `学生${i}`, className: '电商2301' }]));
    const large = { ...book, students: { ...book.students, ...students } };
    const text = classBookFile(large, now);
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(readClassBookFile(text)).toEqual({ ok: true, book: large });
    expect(readClassBookFile(' '.repeat(100 * 1024 * 1024 + 1))).toEqual({ ok: false, reason: expect.stringContaining('超过 100 MB') });
  });

  it('refuse a tampered file, another kind and another app’s file', () => {
    const text = classBookFile(book, now);
    expect(readClassBookFile(text.replace('"points": 2', '"points": 9'))).toEqual({ ok: false, reason: expect.stringContaining('核对码对不上') });
    expect(readClassBookFile(handInText(handIn()))).toEqual({ ok: false, reason: expect.stringContaining('作业提交文件，不是班级成绩册文件') });
    expect(readClassBookFile('{"app":"other","book":{}}')).toEqual({ ok: false, reason: expect.stringContaining('不是本课程网站导出的') });
    expect(readClassBookFile(text.replace('"className": "电商2301"', '"className": 5'))).toEqual({ ok: false, reason: expect.stringContaining('格式不对') });
  });

  it('merge newer-wins: records by submittedAt, marks by time; nothing here is lost', () => {
    const later = addToBook(emptyClassBook(), [{ kind: 'file', name: 'a', text: handInText(handIn('01', 30, 4)) }, { kind: 'file', name: 'b', text: handInText(handIn('03', 0)) }], catalog, 0).book;
    const incoming = { ...later, marks: { [markKey('02', 'exam-m1', 'm1.q.b')]: { ticked: [], points: 0, max: 2, at: 1 }, [markKey('01', 'lesson:1.1', 'm1.q.b')]: { ticked: [1], points: 1, max: 3, at: 9 } } };
    const { book: merged, count } = mergeClassBooks(book, incoming);
    expect(count).toEqual({ added: 1, updated: 1, marks: 1 });
    const r = merged.records[recordKey('01', 'lesson:1.1')]!;
    expect(r.source === 'handin' && r.file.submittedAt).toBe(handIn('01', 30).submittedAt);
    expect(merged.records[recordKey('02', 'exam-m1')]).toEqual(book.records[recordKey('02', 'exam-m1')]);
    expect(merged.marks[markKey('02', 'exam-m1', 'm1.q.b')]!.points).toBe(2);
    expect(merged.className).toBe('电商2301');
    expect(Object.keys(merged.students).sort()).toEqual(['01', '02', '03']);
    // Merging an older book changes nothing.
    expect(mergeClassBooks(merged, book).count).toEqual({ added: 0, updated: 0, marks: 0 });
  });
});
