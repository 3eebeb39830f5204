import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { answerSheet } from '../../../src/lib/paper/answer-sheet.ts';
import { buildStudentDocument, buildTeacherDocument, Packer } from '../../../src/lib/paper/docx.ts';
import { keyLines, paperSheet } from '../../../src/lib/paper/layout.ts';
import { releaseCode } from '../../../src/lib/quiz/exam.ts';
import type { Document } from 'docx';
import { finalSettings, sampleQuestions, sheetOf } from './fixtures.ts';

/** Text of every paragraph of a part of the file (runs joined), and the raw XML. */
async function read(doc: Document, part = 'word/document.xml'): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const xml = await zip.file(part)!.async('string');
  const text = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
  return { xml, text };
}

const sample = paperSheet(sampleQuestions, { course: '电子商务客户服务', title: '模块1 单元测验', code: 'ABCD12', studentNo: '2023-0415', limit: 20 });

describe('paper Word files', () => {
  it('the student file: header, sections, the 答题卡 from a new page, and nothing of the key', async () => {
    const { xml, text } = await read(buildStudentDocument(sample, answerSheet(sample)));
    for (const line of ['《电子商务客户服务》', '模块1 单元测验', '试卷编号：ABCD12　　限时：20 分钟　　总分：10 分　　共 7 题', '一、单项选择题', '七、简答题', '模块1 单元测验 答题卡']) expect(text).toContain(line);
    expect(text).toContain('\u30002023-0415\u3000');
    expect(xml).toContain('<w:pageBreakBefore/>');
    expect(text.indexOf('试卷到此结束')).toBeLessThan(text.indexOf('模块1 单元测验 答题卡'));
    expect(text).not.toContain('【答案】');
    expect(text).not.toContain('教师用');
    for (const q of sampleQuestions) expect(text).not.toContain(q.explanation);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('the teacher file: 教师用 and the 查看码 in the header of every page, every key and 评分要点', async () => {
    const doc = buildTeacherDocument(sample);
    const { text } = await read(doc);
    const header = await read(doc, 'word/header1.xml');
    expect(header.text).toBe(`教师用 · 内含答案，请勿发给学生 · 试卷编号 ABCD12 · 学号 2023-0415 · 查看码 ${releaseCode('ABCD12')}`);
    expect(text).toContain('模块1 单元测验（教师卷）');
    expect(text).toContain('答案速查');
    for (const q of sample.sections.flatMap((s) => s.questions)) {
      for (const line of keyLines(q)) {
        expect(text).toContain(`【${line.label}】${line.text}`);
        for (const item of line.items ?? []) expect(text).toContain(item);
      }
    }
    expect(text).not.toContain('答题卡');
  });

  it('a 30-question 期末 paper makes both files', async () => {
    const sheet = sheetOf(finalSettings);
    const student = await read(buildStudentDocument(sheet, answerSheet(sheet)));
    const teacher = await read(buildTeacherDocument(sheet));
    expect(student.text).toContain('期末考试 答题卡');
    for (const n of [1, 30]) expect(student.text).toContain(`${n}. `);
    expect(teacher.text.match(/【解析】/g)).toHaveLength(30);
  });
});
