import { describe, expect, it } from 'vitest';
import { cellColumns, minutesText, numbered, planFileName, planSheet, spanWidth, totalMinutes, type PlanCell, type PlanTable } from '../../../src/lib/lesson-plan/layout.ts';
import { emptyTeacherFields, teacherNotice } from '../../../src/lib/lesson-plan/teacher.ts';
import { makeLessonSchema } from '../../../src/schemas/lesson.ts';
import { assessmentModules, curriculum, requirementIds } from '../../../src/data/index.ts';
import { moduleLabel } from '../../../src/lib/labels.ts';
import { formLessons } from '../../../src/data/forms/index.ts';
import { readLessonFiles } from '../helpers/lesson-files.ts';
import { samplePlan, someFields, processRows, detailedRows } from './fixtures.ts';

const text = (cell: PlanCell) => cell.lines.join('/');
/** Each row as "label=text" pairs, the way a reader scans the table. */
const rowText = (table: PlanTable) => table.rows.map((row) => row.map(text).join('|'));
/** Grid columns a row covers, counting cells that reach down from rows above. */
function coveredWidths(table: PlanTable): number[] {
  const grid = table.head ? [table.head, ...table.rows] : table.rows;
  const starts = cellColumns({ columns: table.columns, rows: grid });
  const width = new Array<number>(grid.length).fill(0);
  grid.forEach((row, r) =>
    row.forEach((cell, i) => {
      for (let k = 0; k < (cell.rowSpan ?? 1); k++) width[r + k]! += spanWidth(table.columns, starts[r]![i]!, cell.colSpan);
    }),
  );
  return width;
}

describe('planSheet', () => {
  const sheet = planSheet(samplePlan, someFields, '电子商务客户服务', 'brief');
  const [design, process, after] = sheet.tables;

  it('titles the sheet as the course 教学简案 and names module and lesson', () => {
    expect(sheet.title).toBe('《电子商务客户服务》教学简案');
    expect(sheet.subtitle).toBe('模块2 使用网络工具 · 第 2.3 课');
  });

  it('lays out the design table like the 教学简案: facts, teacher fields, goals, strategy', () => {
    expect(rowText(design!)).toEqual([
      '课题名称|2.3 订单后台演练',
      '所属模块|模块2 使用网络工具',
      '授课班级|电商2401班|授课教师|王老师',
      '授课学时|2 学时|授课时间|',
      '授课地点||授课形式|理实一体化',
      '教学内容|1. 订单列表的筛选/2. 商品的上下架',
      '教学目标|知识目标|知道订单的几种状态',
      '能力目标|1. 会筛选待发货订单/2. 会修改商品库存',
      '素质目标|养成核对数据的习惯',
      '教学重点|筛选订单',
      '教学难点|批量修改库存',
      '教学策略|教法|讲授法、演示法',
      '学法|实践法',
      '思政元素|诚信经营，库存数据如实填写。',
    ]);
  });

  it('marks the teacher-field cells, filled or blank', () => {
    const fields = design!.rows.flat().filter((c) => c.field);
    expect(fields.map((c) => [c.field, text(c)])).toEqual([
      ['className', '电商2401班'],
      ['teacher', '王老师'],
      ['time', ''],
      ['place', ''],
    ]);
  });

  it('lists every segment with its minutes and activity, and the total', () => {
    expect(process!.caption).toBe('教学过程');
    expect(process!.head!.map(text)).toEqual(['环节', '时间', '教学活动']);
    expect(rowText(process!)).toEqual(processRows);
  });

  it('ends with 作业 and a blank, ruled 教学反思', () => {
    expect(rowText(after!)).toEqual(['作业|写出订单的五种状态', '教学反思|']);
    expect(after!.rows[1]![1]!.ruled).toBeGreaterThanOrEqual(6);
  });

  it.each(sheet.tables.map((t) => [t.id, t] as const))('fills every row of the %s table exactly (spans included)', (_, table) => {
    expect(table.columns.reduce((a, b) => a + b, 0)).toBe(100);
    for (const width of coveredWidths(table)) expect(width).toBe(100);
  });
});

describe('planSheet, 详案', () => {
  const sheet = planSheet(samplePlan, someFields, '电子商务客户服务');
  const [design, process, after] = sheet.tables;

  it('is the default and is titled 教学详案', () => {
    expect(sheet.title).toBe('《电子商务客户服务》教学详案');
    expect(design!.rows).toEqual(planSheet(samplePlan, someFields, '电子商务客户服务', 'brief').tables[0]!.rows);
  });

  it('gives each segment its 教师活动, 学生活动 and 设计意图, numbered, and the total', () => {
    expect(process!.head!.map(text)).toEqual(['教学环节', '时间', '教师活动', '学生活动', '设计意图']);
    expect(rowText(process!)).toEqual(detailedRows);
  });

  it('carries the 板书设计, which the 简案 leaves out', () => {
    expect(sheet.board).toEqual(samplePlan.board);
    expect(planSheet(samplePlan, someFields, '电子商务客户服务', 'brief').board).toBeUndefined();
    expect(rowText(after!)).toEqual(['作业|写出订单的五种状态', '教学反思|']);
  });

  it.each(sheet.tables.map((t) => [t.id, t] as const))('fills every row of the %s table exactly (spans included)', (_, table) => {
    for (const width of coveredWidths(table)) expect(width).toBe(100);
  });
});

describe('every lesson of the course', () => {
  const schema = makeLessonSchema({ requirementIds, formLessons, minutesPerHour: curriculum.course.minutesPerHour, assessmentModules });
  const lessons = readLessonFiles().map((f) => schema.parse(f.data));

  it.each(lessons.map((l) => [l.code, l] as const))('%s lays out with all sections and 90 minutes', (_, lesson) => {
    const module = curriculum.modules.find((m) => m.number === lesson.module)!;
    for (const [kind, process] of [['brief', ['环节', '教学活动']], ['detailed', ['教学环节', '教师活动', '学生活动', '设计意图']]] as const) {
      const sheet = planSheet({ ...lesson, moduleLabel: moduleLabel(module) }, emptyTeacherFields(), curriculum.course.name, kind);
      const labels = sheet.tables.flatMap((t) => [...(t.head ?? []), ...t.rows.flat()]).filter((c) => c.header).map(text);
      for (const section of ['课题名称', '授课班级', '授课教师', '授课时间', '授课地点', '授课学时', '授课形式', '教学内容', '知识目标', '能力目标', '素质目标', '教学重点', '教学难点', '教法', '学法', '思政元素', ...process, '作业', '教学反思']) {
        expect(labels, `${kind} ${section}`).toContain(section);
      }
      expect(text(sheet.tables[1]!.rows.at(-1)![1]!)).toBe('90 分钟');
      for (const table of sheet.tables) for (const width of coveredWidths(table)) expect(width).toBe(100);
    }
  });
});

describe.each([
  [['甲'], ['甲']],
  [['甲', '乙'], ['1. 甲', '2. 乙']],
  [[], []],
])('numbered(%j)', (items, expected) => {
  it(`gives ${JSON.stringify(expected)}`, () => expect(numbered(items)).toEqual(expected));
});

describe('small helpers', () => {
  it.each([
    [5, '5 分钟'],
    [40, '40 分钟'],
  ])('minutesText(%i)', (m, t) => expect(minutesText(m)).toBe(t));

  it('sums minutes', () => expect(totalMinutes(samplePlan.segments)).toBe(90));

  it.each([
    ['1.1', '初识客户与电子商务客户服务', 'detailed', '教案-1.1-初识客户与电子商务客户服务.docx'],
    ['7.4', '工作交接与售后表', 'brief', '简案-7.4-工作交接与售后表.docx'],
    ['9.1', '综合考核：模拟实战/理论测验?', 'detailed', '教案-9.1-综合考核：模拟实战-理论测验-.docx'],
  ] as const)('planFileName(%s, %s, %s)', (code, title, kind, name) => expect(planFileName(code, title, kind)).toBe(name));

  it('finds where cells start under row spans', () => {
    const cell = (rowSpan?: number, colSpan?: number): PlanCell => ({ lines: [], rowSpan, colSpan });
    expect(cellColumns({ columns: [25, 25, 50], rows: [[cell(3), cell(), cell()], [cell(), cell()], [cell(undefined, 2)], [cell(), cell(undefined, 2)]] })).toEqual([
      [0, 1, 2],
      [1, 2],
      [1],
      [0, 1],
    ]);
  });
});

describe('teacherNotice', () => {
  it.each([
    ['ok', 0, ''],
    ['unavailable', 1, '无痕或隐私模式'],
    ['full', 1, '存储空间已满'],
  ] as const)('mode %s gives %i line(s)', (mode, count, phrase) => {
    const lines = teacherNotice(mode);
    expect(lines).toHaveLength(count);
    if (count) expect(lines.join('')).toContain(phrase);
  });
});
