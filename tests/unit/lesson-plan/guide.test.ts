import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { forms } from '../../../src/data/forms/index.ts';
import { buildGuideDocument, Packer } from '../../../src/lib/lesson-plan/guide-docx.ts';
import { blankForm, guideFileName, guideSheet, type GuideSource } from '../../../src/lib/lesson-plan/guide.ts';

/** A 学案 written for the tests, pointing at two real forms of lesson 1.1. */
const source: GuideSource = {
  code: '1.1',
  title: '初识客户与电子商务客户服务',
  moduleLabel: '模块1 走近网络客服工作平台',
  guide: {
    preview: ['阅读情景导入，写出周姐的三个问题', '回忆一次网购时与客服打交道的经历'],
    tasks: [{ task: '登录海尔官网了解售后服务', form: 'm1.form.haier-service' }, { task: '小组展示互评' }, { task: '分析两个海尔服务案例', form: 'm1.form.haier-cases' }],
  },
  homework: ['简述客户服务的五种分类', '制作一张商品知识卡'],
};
const sheet = guideSheet(source, forms, '电子商务客户服务');

describe('guideSheet', () => {
  it('titles the 学案 and leaves 班级 / 姓名 / 学号 to fill in by hand', () => {
    expect(sheet.title).toBe('《电子商务客户服务》学案');
    expect(sheet.subtitle).toBe('模块1 走近网络客服工作平台 · 第 1.1 课 初识客户与电子商务客户服务');
    expect(sheet.identity).toEqual(['班级', '姓名', '学号']);
  });

  it('keeps preview tasks and homework, and attaches each task’s form', () => {
    expect(sheet.preview).toEqual(source.guide.preview);
    expect(sheet.homework).toEqual(source.homework);
    expect(sheet.tasks.map((t) => [t.task, t.form?.title])).toEqual([
      ['登录海尔官网了解售后服务', '表1-1 海尔集团售后服务'],
      ['小组展示互评', undefined],
      ['分析两个海尔服务案例', '表1-3 海尔的优秀服务案例'],
    ]);
  });

  it('refuses a form that does not exist', () => {
    const broken = { ...source, guide: { ...source.guide, tasks: [{ task: '填写一张不存在的表', form: 'm1.form.nothing' }] } };
    expect(() => guideSheet(broken, forms, '电子商务客户服务')).toThrow('m1.form.nothing');
  });
});

describe('blankForm', () => {
  it.each([
    // Row headers are kept, answer cells are blank.
    ['m1.form.haier-service', ['项目', '查询结果'], ['海尔集团服务理念', ''], 1],
    // Numbered rows: the number is printed, the cells are blank.
    ['m1.form.haier-cases', ['序号', '海尔的优秀服务案例', '案例分析'], ['1', '', ''], 1],
  ])('%s prints its headers and blank rows', (id, head, firstRow, labelCells) => {
    const form = blankForm(forms[id]!);
    expect(form.columns.map((c) => c.label)).toEqual(head);
    expect(form.rows[0]).toEqual(firstRow);
    expect(form.labelCells).toBe(labelCells);
    expect(form.rows).toHaveLength(forms[id]!.rows.length);
    expect(form.columns.reduce((a, c) => a + c.percent, 0)).toBeCloseTo(100, 0);
  });
});

describe('学案 Word export', () => {
  it('writes the sections in order and each form as a table with a repeating header row', async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(buildGuideDocument(sheet)));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text.indexOf('一、课前预习')).toBeLessThan(text.indexOf('二、课堂任务'));
    expect(text.indexOf('二、课堂任务')).toBeLessThan(text.indexOf('三、课后作业'));
    expect(text).toContain('班级：＿＿＿＿＿＿');
    expect(text).toContain('1. 简述客户服务的五种分类');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(text).toContain('海尔集团服务理念');
  });

  it('names the file after the lesson', () => {
    expect(guideFileName('1.2', '客服岗位、素养与金牌客服')).toBe('学案-1.2-客服岗位、素养与金牌客服.docx');
  });
});
