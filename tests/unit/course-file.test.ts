import { describe, expect, it } from 'vitest';
import { courseFileHeader, courseFileName, maxCourseFileBytes, readCourseFile } from '../../src/lib/course-file.ts';

const fix = '请选择本网站导出的文件。';
const read = (data: unknown, kind: Parameters<typeof readCourseFile>[2] = 'chat-report', newest = 2) => {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return readCourseFile(text, text.length, kind, newest, fix);
};

describe('course files: one header, one limit, one name rule, one reader', () => {
  it('every kind is written with the same header and read back', () => {
    const now = new Date('2026-12-05T08:00:00Z');
    for (const kind of ['progress', 'form', 'chat-report', 'answers'] as const) {
      const header = courseFileHeader(kind, 2, now);
      expect(header).toEqual({ app: 'kefu-course', kind, version: 2, created: '2026-12-05T08:00:00.000Z' });
      expect(read({ ...header, body: 1 }, kind)).toMatchObject({ ok: true, kind, version: 2, created: '2026-12-05T08:00:00.000Z' });
    }
  });

  it.each([
    ['a 学习记录 file of format 1', { app: 'kefu-course', format: 1, exportedAt: '2026-11-22T08:00:00.000Z', items: {} }, 'progress'],
    ['a 表格 file', { format: 'kefu-form', version: 1, exportedAt: '2026-11-22T08:00:00.000Z' }, 'form'],
    ['a 实战报告 file', { format: 'kefu-chat-report', version: 1, exportedAt: '2026-11-22T08:00:00.000Z' }, 'chat-report'],
    ['an 答题 file', { format: 'kefu-answers', version: 1, submittedAt: Date.parse('2026-11-22T08:00:00.000Z') }, 'answers'],
  ] as const)('%s written before the shared header is still recognised', (_, data, kind) => {
    expect(read(data, kind)).toMatchObject({ ok: true, kind, version: 1, created: '2026-11-22T08:00:00.000Z' });
  });

  it.each([
    ['too big', () => readCourseFile('{}', maxCourseFileBytes + 1, 'form', 2, fix), '超过 5 MB 的上限'],
    ['empty', () => read('  '), '文件是空的'],
    ['cut off', () => read('{"app":"kefu-course","kind":"chat-'), '被截断'],
    ['not JSON', () => read('hello'), '不是有效的实战报告文件'],
    ['another program', () => read({ name: 'x' }), '不是本课程网站导出的实战报告文件'],
    ['another kind', () => read(courseFileHeader('answers', 2, new Date())), '这是本课程的答题文件，不是实战报告文件'],
    ['an unknown kind', () => read({ ...courseFileHeader('answers', 2, new Date()), kind: 'constructor' }), '不是本课程网站导出的实战报告文件'],
    ['a newer version', () => read(courseFileHeader('chat-report', 3, new Date())), '格式版本 3'],
    ['no version', () => read({ app: 'kefu-course', kind: 'chat-report' }), '无法识别文件的格式版本'],
  ])('refuses a file that is %s, in Chinese, saying what to do', (_, run, words) => {
    const result = run();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(words);
      expect(result.message).toMatch(/。$/);
    }
  });

  it('names files by what they are, whose they are and the local date', () => {
    const day = new Date(2026, 11, 5);
    expect(courseFileName(['客服课程学习记录'], day, 'json')).toBe('客服课程学习记录-2026-12-05.json');
    expect(courseFileName(['表1-2 “小智”的服务', '林/小悦 '], day, 'docx')).toBe('表1-2 “小智”的服务-林-小悦-2026-12-05.docx');
    expect(courseFileName(['答题', '', 'K7M2QX'], day, 'json')).toBe('答题-K7M2QX-2026-12-05.json');
  });
});
