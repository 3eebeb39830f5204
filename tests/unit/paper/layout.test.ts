import { describe, expect, it } from 'vitest';
import { allQuestions, bankOf } from '../../../src/data/questions/index.ts';
import { keyLines, metaLine, paperSheet, pointsText, quickKey, scoreTable, sectionNames, teacherMark } from '../../../src/lib/paper/layout.ts';
import { makePaper, makeStudentPaper, releaseCode } from '../../../src/lib/quiz/exam.ts';
import type { Question } from '../../../src/lib/quiz/types.ts';
import { finalSettings, sampleQuestions, sheetOf } from './fixtures.ts';

const sample = paperSheet(sampleQuestions, { course: '电子商务客户服务', title: '模块1 走近网络客服工作平台 单元测验', code: 'ABCD12', studentNo: '', limit: 20 });
const byId = new Map(allQuestions.map((q) => [q.id, q]));

describe('paperSheet: sections in the Chinese order, numbered through the paper', () => {
  it('groups by type as a Chinese paper does, numbering the present sections 一、二、…', () => {
    expect(sample.sections.map((s) => s.heading)).toEqual(['一、单项选择题', '二、多项选择题', '三、判断题', '四、填空题', '五、排序题', '六、匹配题', '七、简答题']);
    expect(sample.sections.flatMap((s) => s.questions.map((q) => `${q.number}:${q.type}`))).toEqual(['1:single', '2:multiple', '3:truefalse', '4:blank', '5:ordering', '6:matching', '7:short']);
  });

  it.each([
    ['the 期末考试', finalSettings],
    ['a module test', { ...finalSettings, scope: 3, count: 15 } as const],
    ['a student’s own paper', { ...finalSettings, studentNo: '2023-0415' }],
  ])('%s: every drawn question once, types in order, numbers 1…n, sections add up to the total', (_, settings) => {
    const pool = settings.scope === 'final' ? allQuestions : (bankOf(settings.scope)!.questions as Question[]);
    const sheet = sheetOf(settings, pool);
    const questions = sheet.sections.flatMap((s) => s.questions);
    expect(questions.map((q) => q.number)).toEqual(questions.map((_, i) => i + 1));
    expect(new Set(questions.map((q) => q.id)).size).toBe(settings.count);
    expect(questions.map((q) => q.id).sort()).toEqual(makeStudentPaper(pool, settings.count, settings.code, settings.studentNo, 0, 0).ids.sort());
    const order = Object.keys(sectionNames);
    expect(sheet.sections.map((s) => order.indexOf(s.type))).toEqual([...sheet.sections.map((s) => order.indexOf(s.type))].sort((a, b) => a - b));
    for (const s of sheet.sections) {
      expect(s.questions.every((q) => q.type === s.type)).toBe(true);
      expect(s.points).toBe(s.questions.reduce((sum, q) => sum + q.points, 0));
      expect(s.note).toContain(`共 ${s.questions.length} 题`);
      expect(s.note).toContain(`共 ${pointsText(s.points)} 分`);
    }
    expect(sheet.header.total).toBe(questions.reduce((sum, q) => sum + byId.get(q.id)!.points, 0));
    expect(sheet.header.count).toBe(settings.count);
  });

  it('keeps the drawn order within a type', () => {
    const drawn = makePaper(allQuestions, 30, 'K7M2QX', 0, 0).ids.map((id) => byId.get(id)!);
    for (const s of sheetOf(finalSettings).sections) expect(s.questions.map((q) => q.id)).toEqual(drawn.filter((q) => q.type === s.type).map((q) => q.id));
  });

  it('says 每题 … 分 when a section’s points are equal, and prints each question’s points when they differ', () => {
    const sheet = paperSheet([...sampleQuestions, { ...sampleQuestions[3]!, id: 'm1.q.blank-2', points: 1 } as Question], { course: '课', title: '测验', code: 'ABCD12', studentNo: '', limit: 20 });
    const single = sheet.sections.find((s) => s.type === 'single')!;
    const blank = sheet.sections.find((s) => s.type === 'blank')!;
    expect(single.note).toBe('（共 1 题，每题 1 分，共 1 分）');
    expect(single.pointsEach).toBe(false);
    expect(blank.note).toBe('（共 2 题，共 3 分）');
    expect(blank.pointsEach).toBe(true);
  });

  it('the same code, 题量 and 学号 give the same paper; another code or 学号 another', () => {
    const json = (s: typeof finalSettings) => JSON.stringify(sheetOf(s));
    expect(json(finalSettings)).toBe(json({ ...finalSettings }));
    expect(json({ ...finalSettings, studentNo: '7' })).toBe(json({ ...finalSettings, studentNo: '7' }));
    expect(json({ ...finalSettings, code: 'K7M2QY' })).not.toBe(json(finalSettings));
    expect(json({ ...finalSettings, studentNo: '7' })).not.toBe(json(finalSettings));
  });

  it('without a 学号 prints the questions the online test draws for the code', () => {
    const ids = sheetOf(finalSettings).sections.flatMap((s) => s.questions.map((q) => q.id));
    expect(ids.sort()).toEqual(makePaper(allQuestions, 30, 'K7M2QX', 45, 0).ids.sort());
  });
});

describe('the header', () => {
  it('names the course, the test, the code, the 限时 and the 总分', () => {
    expect(sample.header).toMatchObject({ course: '《电子商务客户服务》', title: '模块1 走近网络客服工作平台 单元测验', code: 'ABCD12', limit: 20, total: 10, count: 7, releaseCode: releaseCode('ABCD12') });
    expect(metaLine(sample.header)).toBe('试卷编号：ABCD12　　限时：20 分钟　　总分：10 分　　共 7 题');
  });

  it('scores per section, with the full marks and the total', () => {
    expect(scoreTable(sample)).toEqual({ heads: ['一', '二', '三', '四', '五', '六', '七', '总分'], full: ['1', '1', '1', '2', '2', '1', '2', '10'] });
  });

  it('marks the teacher copy with 教师用, the code, the 学号 and the 查看码', () => {
    expect(teacherMark(sample.header)).toBe(`教师用 · 内含答案，请勿发给学生 · 试卷编号 ABCD12 · 查看码 ${releaseCode('ABCD12')}`);
    expect(teacherMark({ ...sample.header, studentNo: '2023-0415' })).toContain('学号 2023-0415');
  });
});

describe('the teacher copy', () => {
  const find = (type: string) => sample.sections.flatMap((s) => s.questions).find((q) => q.type === type)!;

  it.each([
    ['single', [['答案', 'B'], ['解析', '先问候。']]],
    ['multiple', [['答案', 'AC'], ['解析', '签收之后。']]],
    ['truefalse', [['答案', '×（错误）'], ['解析', '改价要有授权。']]],
    ['blank', [['答案', '① 下单人数（也可答：成交人数）；② 咨询人数'], ['解析', '按定义。']]],
    ['short', [['参考答案', '解答咨询，促成交易。'], ['评分要点', '共 2 条'], ['解析', '答出两点即可。']]],
  ])('prints the key of a %s question', (type, lines) => {
    expect(keyLines(find(type)).map((l) => [l.label, l.text])).toEqual(lines);
  });

  it('lists the 评分要点 of a short answer one by one', () => {
    expect(keyLines(find('short'))[1]!.items).toEqual(['1. 解答咨询', '2. 促成交易']);
  });

  it('gives the choice and 判断 keys at a glance', () => {
    expect(quickKey(sample)).toEqual([
      { heading: '一、单项选择题', keys: '1. B' },
      { heading: '二、多项选择题', keys: '2. AC' },
      { heading: '三、判断题', keys: '3. ×' },
    ]);
  });

  it('has every question’s key, reference answer and each 评分要点 on the 期末 paper', () => {
    for (const q of sheetOf(finalSettings).sections.flatMap((s) => s.questions)) {
      const bank = byId.get(q.id)!;
      const text = keyLines(q).flatMap((l) => [l.text, ...(l.items ?? [])]).join('\n');
      expect(text).toContain(bank.explanation);
      if (bank.type === 'short') {
        expect(text).toContain(bank.reference);
        for (const point of bank.checklist) expect(text).toContain(point);
      } else {
        expect(q.key.answer).not.toBe('');
        expect(text).toContain(q.key.answer);
      }
      if (bank.type === 'blank') for (const b of bank.blanks) expect(text).toContain(b.accept[0]);
    }
  });
});
