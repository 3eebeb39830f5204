import { describe, expect, it } from 'vitest';
import { addToBook, type IntakeInput } from '../../../src/lib/classbook/intake.ts';
import { emptyClassBook, recordKey } from '../../../src/lib/classbook/types.ts';
import { courseFileHeader } from '../../../src/lib/course-file.ts';
import { handInScores, scoreCodeText } from '../../../src/lib/handin/format.ts';
import { answerFileText, answers, catalog, handIn, handInText } from '../helpers/class-files.ts';

const file = (name: string, text: string): IntakeInput => ({ kind: 'file', name, text });
const now = 1_800_000_000_000;

describe('addToBook', () => {
  it('adds hand-ins and answer files, one record per student × item, and knows the students', () => {
    const { book, outcomes } = addToBook(emptyClassBook(), [file('a.json', handInText(handIn('01'))), file('b.json', handInText(handIn('02', 0, 3, '王明'))), file('c.json', answerFileText(answers('01')))], catalog, now);
    expect(outcomes.map((o) => o.status)).toEqual(['新增', '新增', '新增']);
    expect(outcomes[2]!.what).toBe('01 林小悦 · 模块1 认识客服 单元测验');
    expect(Object.keys(book.records).sort()).toEqual([recordKey('01', 'exam-m1'), recordKey('01', 'lesson:1.1'), recordKey('02', 'lesson:1.1')].sort());
    expect(book.students['02']).toEqual({ name: '王明', className: '电商2301' });
    expect(book.records[recordKey('01', 'lesson:1.1')]!.receivedAt).toBe(now);
  });

  it('replaces an older hand-in with a newer one, keeps the newer against an older, and tells duplicates', () => {
    const first = addToBook(emptyClassBook(), [file('old.json', handInText(handIn('01', 0, 1)))], catalog, now).book;
    const { book, outcomes } = addToBook(first, [file('new.json', handInText(handIn('01', 10, 4, '林小悦（改名）'))), file('old.json', handInText(handIn('01', 0, 1))), file('new-again.json', handInText(handIn('01', 10, 4, '林小悦（改名）'))), file('older.json', handInText(handIn('01', 5, 3)))], catalog, now);
    expect(outcomes.map((o) => o.status)).toEqual(['已更新', '较旧', '重复', '较旧']);
    const record = book.records[recordKey('01', 'lesson:1.1')]!;
    expect(record.source === 'handin' && record.file.quizzes[0]!.marked.points).toBe(4);
    expect(book.students['01']!.name).toBe('林小悦（改名）');
    // The book given is not changed.
    expect(Object.values(first.records)[0]!.source === 'handin' && (Object.values(first.records)[0] as { file: { quizzes: { marked: { points: number } }[] } }).file.quizzes[0]!.marked.points).toBe(1);
  });

  it('refuses broken, foreign, tampered and other-kind files with a Chinese reason, changing nothing', () => {
    const start = addToBook(emptyClassBook(), [file('a.json', handInText(handIn('01')))], catalog, now).book;
    const tampered = handInText(handIn('02')).replace('"points": 2', '"points": 4');
    const progress = JSON.stringify({ ...courseFileHeader('progress', 2, new Date(now)), items: {} });
    const { book, outcomes } = addToBook(start, [file('t.json', tampered), file('x.json', '{"name":"别的软件"}'), file('b.json', '{"app": "kefu-course", "kind": "handin"'), file('p.json', progress), file('e.json', '')], catalog, now);
    expect(outcomes.every((o) => o.status === '未读取')).toBe(true);
    expect(outcomes[0]!.reason).toContain('核对码对不上');
    expect(outcomes[1]!.reason).toContain('不是本课程网站导出的');
    expect(outcomes[2]!.reason).toContain('不完整');
    expect(outcomes[3]!.reason).toContain('学习记录文件，不是作业提交文件');
    expect(outcomes[4]!.reason).toContain('空的');
    expect(book.records).toEqual(start.records);
  });

  it('refuses a lesson or exam the course does not have', () => {
    const { book, outcomes } = addToBook(emptyClassBook(), [file('l.json', handInText(handIn('01', 0, 2, '林小悦', '电商2301', '12.7'))), file('e.json', answerFileText(answers('01', 0, 6, 'exam-m42')))], catalog, now);
    expect(outcomes[0]).toMatchObject({ status: '未读取', reason: expect.stringContaining('没有第12.7课') });
    expect(outcomes[1]).toMatchObject({ status: '未读取', reason: expect.stringContaining('exam-m42') });
    expect(book.records).toEqual({});
  });

  it('accepts a file of another class but flags it', () => {
    const book = { ...emptyClassBook(), className: '电商2302' };
    const { outcomes } = addToBook(book, [file('a.json', handInText(handIn('01')))], catalog, now);
    expect(outcomes[0]).toMatchObject({ status: '新增', warning: expect.stringContaining('班级与成绩册不同，请核实') });
    expect(addToBook({ ...book, className: '电商2301' }, [file('a.json', handInText(handIn('01')))], catalog, now).outcomes[0]!.warning).toBeUndefined();
  });

  it('adds a score code only when no file of that student × item is at least as new', () => {
    const codeOf = (minutes: number) => {
      const f = handIn('01', minutes, 3);
      return scoreCodeText({ of: 'lesson', ref: '1.1', student: f.student, submittedAt: f.submittedAt, entries: handInScores(f) });
    };
    const withFile = addToBook(emptyClassBook(), [file('a.json', handInText(handIn('01', 10)))], catalog, now).book;
    const older = addToBook(withFile, [{ kind: 'code', name: '成绩码', text: codeOf(5) }], catalog, now);
    expect(older.outcomes[0]!.status).toBe('较旧');
    expect(older.book.records[recordKey('01', 'lesson:1.1')]!.source).toBe('handin');
    const newer = addToBook(withFile, [{ kind: 'code', name: '成绩码', text: codeOf(20) }, { kind: 'code', name: '成绩码', text: codeOf(20) }], catalog, now);
    expect(newer.outcomes.map((o) => o.status)).toEqual(['已更新', '重复']);
    expect(newer.book.records[recordKey('01', 'lesson:1.1')]!.source).toBe('score-code');
    // A file as new as the code replaces it.
    expect(addToBook(newer.book, [file('b.json', handInText(handIn('01', 20)))], catalog, now).outcomes[0]!.status).toBe('已更新');
    expect(addToBook(emptyClassBook(), [{ kind: 'code', name: '成绩码', text: 'hello' }], catalog, now).outcomes[0]!.reason).toContain('不是本课程网站的成绩码');
    const exam = scoreCodeText({ of: 'exam', ref: 'exam-m42', student: handIn().student, submittedAt: 0, entries: [] });
    expect(addToBook(emptyClassBook(), [{ kind: 'code', name: '成绩码', text: exam }], catalog, now).outcomes[0]!.reason).toContain('exam-m42');
    const lesson = scoreCodeText({ of: 'lesson', ref: '12.7', student: handIn().student, submittedAt: 0, entries: [] });
    expect(addToBook(emptyClassBook(), [{ kind: 'code', name: '成绩码', text: lesson }], catalog, now).outcomes[0]!.reason).toContain('12.7');
  });

  it('refuses an answer file without a student number', () => {
    const f = answers('');
    expect(addToBook(emptyClassBook(), [file('a.json', answerFileText(f))], catalog, now).outcomes[0]!.reason).toContain('学号');
  });
});
