import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildPlanDocument, Packer } from '../../../src/lib/lesson-plan/docx.ts';
import { planSheet } from '../../../src/lib/lesson-plan/layout.ts';
import { emptyTeacherFields, type TeacherFields } from '../../../src/lib/lesson-plan/teacher.ts';
import type { PlanKind } from '../../../src/lib/lesson-plan/layout.ts';
import { samplePlan, someFields, processRows, detailedRows } from './fixtures.ts';

async function documentXml(fields: TeacherFields, kind: PlanKind = 'brief'): Promise<string> {
  const buffer = await Packer.toBuffer(buildPlanDocument(planSheet(samplePlan, fields, '电子商务客户服务', kind)));
  const zip = await JSZip.loadAsync(buffer);
  return zip.file('word/document.xml')!.async('string');
}

/** Each table as rows of cell texts (paragraphs joined by /), read back from the XML. */
const tables = (xml: string) =>
  [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([table]) =>
    [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([row]) =>
      [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)]
        .map(([cell]) =>
          [...cell.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gs)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('/'),
        )
        .join('|'),
    ),
  );

describe('lesson plan Word export', () => {
  it('has the title, the module line and three real tables', async () => {
    const xml = await documentXml(someFields);
    expect(xml).toContain('《电子商务客户服务》教学简案');
    expect(xml).toContain('模块2 使用网络工具 · 第 2.3 课');
    expect(tables(xml)).toHaveLength(3);
  });

  it('writes the design table with the teacher fields filled and the goals merged down three rows', async () => {
    const [design] = tables(await documentXml(someFields));
    expect(design!.slice(0, 4)).toEqual(['课题名称|2.3 订单后台演练', '所属模块|模块2 使用网络工具', '授课班级|电商2401班|授课教师|王老师', '授课学时|2 学时|授课时间|']);
    // Word repeats a merged cell as an empty continuation cell in the rows below.
    expect(design!.slice(6, 9)).toEqual(['教学目标|知识目标|知道订单的几种状态', '|能力目标|1. 会筛选待发货订单/2. 会修改商品库存', '|素质目标|养成核对数据的习惯']);
    const xml = await documentXml(someFields);
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
  });

  it('writes 教学过程 as 环节 / 时间 / 教学活动 with a repeating header row and the total', async () => {
    const xml = await documentXml(someFields);
    const [, process] = tables(xml);
    expect(process![0]).toBe('环节|时间|教学活动');
    expect(process!.slice(1)).toEqual(processRows);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('教学过程');
  });

  it('leaves 教学反思 as ruled blank lines and keeps blank teacher fields blank', async () => {
    const xml = await documentXml(emptyTeacherFields());
    const [design, , after] = tables(xml);
    expect(design![2]).toBe('授课班级||授课教师|');
    expect(after![1]).toMatch(/^教学反思\|(\/){5,}$/);
    expect(xml).toMatch(/<w:pBdr>.*<w:bottom w:val="single"/s);
  });

  it('writes the 详案 as 教学环节 / 时间 / 教师活动 / 学生活动 / 设计意图 with a repeating header, then the 板书设计 box', async () => {
    const xml = await documentXml(someFields, 'detailed');
    expect(xml).toContain('《电子商务客户服务》教学详案');
    const [, process, board, after] = tables(xml);
    expect(process![0]).toBe('教学环节|时间|教师活动|学生活动|设计意图');
    expect(process!.slice(1)).toEqual(detailedRows);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(board).toEqual(['订单后台演练/一、订单状态　　待付款　待发货/二、筛选订单/三、商品上下架　　库存']);
    expect(xml).toMatch(/板书设计.*订单后台演练/s);
    expect(after![0]).toBe('作业|写出订单的五种状态');
  });

  it('is portrait A4 with fixed column widths', async () => {
    const xml = await documentXml(someFields);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
  });
});
