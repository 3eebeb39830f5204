import type { Board, LessonData } from '../../schemas/lesson.ts';
import { safeFileName } from '../file-name.ts';
import { teacherFieldLabels, type TeacherFieldKey, type TeacherFields } from './teacher.ts';

/** What a lesson plan is made from: the lesson's front matter plus its module's display name. */
export type PlanSource = Pick<
  LessonData,
  | 'code'
  | 'title'
  | 'hours'
  | 'format'
  | 'content'
  | 'objectives'
  | 'keyPoints'
  | 'difficulties'
  | 'teachingMethods'
  | 'learningMethods'
  | 'ideology'
  | 'segments'
  | 'homework'
  | 'board'
> & {
  /** 所属模块, e.g. '模块1 走近网络客服工作平台'. */
  moduleLabel: string;
};

/** One cell of a plan table; the web page and the Word file render the same cells. */
export interface PlanCell {
  /** Text of the cell, one paragraph per line. */
  lines: string[];
  /** A label cell (表头): bold, shaded, a `<th>`. */
  header?: boolean;
  /** Columns the cell spans. @default 1 */
  colSpan?: number;
  /** Rows the cell spans (its column is left out of the following rows). @default 1 */
  rowSpan?: number;
  /** The teacher field this cell shows. */
  field?: TeacherFieldKey;
  /** Number of blank ruled lines left for handwriting (教学反思). */
  ruled?: number;
  /** Centre the text (labels and minutes). */
  center?: boolean;
}

/** One table of the 教学简案. */
export interface PlanTable {
  /** Stable ID (HTML ids, tests). */
  id: 'design' | 'process' | 'after';
  /** Name of the table (screen readers; printed only when `showCaption`). */
  caption: string;
  /** Whether the caption is printed above the table. */
  showCaption: boolean;
  /** Width of each grid column in percent; they sum to 100. */
  columns: number[];
  /** Column-header row, if any. */
  head?: PlanCell[];
  rows: PlanCell[][];
}

/** The two forms of the 教案: the short 简案 (one line per segment) and the 详案 (教师活动 / 学生活动 / 设计意图, 板书设计). */
export const planKinds = ['detailed', 'brief'] as const;
export type PlanKind = (typeof planKinds)[number];
/** What each form is called on the page, in the title and in the file name. */
export const planKindNames: Record<PlanKind, string> = { detailed: '详案', brief: '简案' };

/** The whole 教案 of one lesson, ready to render. */
export interface PlanSheet {
  /** 《课程名》教学详案 or 教学简案 */
  title: string;
  /** Module and lesson line under the title. */
  subtitle: string;
  tables: PlanTable[];
  /** 板书设计, printed between 教学过程 and 作业 (详案 only). */
  board?: Board;
}

/** Blank ruled lines left under 教学反思. */
export const reflectionLines = 8;

/** Numbers the items when there is more than one. @example numbered(['甲', '乙']) → ['1. 甲', '2. 乙'] */
export const numbered = (items: readonly string[]): string[] => (items.length > 1 ? items.map((item, i) => `${i + 1}. ${item}`) : [...items]);

/** Minutes as printed in the plan. @example minutesText(40) === '40 分钟' */
export const minutesText = (minutes: number) => `${minutes} 分钟`;

/** Total minutes of the lesson's segments. */
export const totalMinutes = (segments: readonly { minutes: number }[]) => segments.reduce((sum, s) => sum + s.minutes, 0);

const label = (text: string, extra: Partial<PlanCell> = {}): PlanCell => ({ lines: [text], header: true, center: true, ...extra });
const text = (lines: string[], colSpan = 1): PlanCell => ({ lines, ...(colSpan > 1 ? { colSpan } : {}) });
const teacher = (fields: TeacherFields, key: TeacherFieldKey): [PlanCell, PlanCell] => [
  label(teacherFieldLabels[key]),
  { lines: fields[key] ? [fields[key]] : [], field: key },
];

/** The 详案's 教学过程: per segment 教学环节 / 时间 / 教师活动 / 学生活动 / 设计意图, then the total. */
function detailedProcess(plan: PlanSource): PlanTable {
  return {
    id: 'process',
    caption: '教学过程',
    showCaption: true,
    columns: [10, 10, 30, 27, 23],
    head: [label('教学环节'), label('时间'), label('教师活动'), label('学生活动'), label('设计意图')],
    rows: [
      ...plan.segments.map((s) => [
        label(s.name),
        { lines: [minutesText(s.minutes)], center: true },
        text(numbered(s.teacher)),
        text(numbered(s.students)),
        text([s.purpose]),
      ]),
      [label('合计'), { lines: [minutesText(totalMinutes(plan.segments))], center: true }, text([`${plan.hours} 学时`], 3)],
    ],
  };
}

/**
 * Lays a lesson's front matter out as a 教案 (docs/curriculum.md, lesson-plan format): the design table,
 * the 教学过程 table — in the 简案 环节 / 时间 / 教学活动, in the 详案 教学环节 / 时间 / 教师活动 / 学生活动 /
 * 设计意图 followed by the 板书设计 — and the 作业 / 教学反思 table, with the teacher's fields filled in.
 * Pure: the page and the Word export both render what this returns.
 */
export function planSheet(plan: PlanSource, fields: TeacherFields, courseName: string, kind: PlanKind = 'detailed'): PlanSheet {
  const { objectives } = plan;
  const design: PlanTable = {
    id: 'design',
    caption: '教学设计',
    showCaption: false,
    columns: [14, 18, 14, 54],
    rows: [
      [label('课题名称'), text([`${plan.code} ${plan.title}`], 3)],
      [label('所属模块'), text([plan.moduleLabel], 3)],
      [...teacher(fields, 'className'), ...teacher(fields, 'teacher')],
      [label('授课学时'), text([`${plan.hours} 学时`]), ...teacher(fields, 'time')],
      [...teacher(fields, 'place'), label('授课形式'), text([plan.format])],
      [label('教学内容'), text(numbered(plan.content), 3)],
      [label('教学目标', { rowSpan: 3 }), label('知识目标'), text(numbered(objectives.knowledge), 2)],
      [label('能力目标'), text(numbered(objectives.skill), 2)],
      [label('素质目标'), text(numbered(objectives.quality), 2)],
      [label('教学重点'), text(numbered(plan.keyPoints), 3)],
      [label('教学难点'), text(numbered(plan.difficulties), 3)],
      [label('教学策略', { rowSpan: 2 }), label('教法'), text([plan.teachingMethods.join('、')], 2)],
      [label('学法'), text([plan.learningMethods.join('、')], 2)],
      [label('思政元素'), text([plan.ideology], 3)],
    ],
  };
  const brief: PlanTable = {
    id: 'process',
    caption: '教学过程',
    showCaption: true,
    columns: [14, 18, 68],
    head: [label('环节'), label('时间'), label('教学活动')],
    rows: [
      ...plan.segments.map((s) => [label(s.name), { lines: [minutesText(s.minutes)], center: true }, text([s.activity])]),
      [label('合计'), { lines: [minutesText(totalMinutes(plan.segments))], center: true }, text([`${plan.hours} 学时`])],
    ],
  };
  const after: PlanTable = {
    id: 'after',
    caption: '作业与教学反思',
    showCaption: false,
    columns: [14, 86],
    rows: [
      [label('作业'), text(numbered(plan.homework))],
      [label('教学反思'), { lines: [], ruled: reflectionLines }],
    ],
  };
  const detailed = kind === 'detailed';
  return {
    title: `《${courseName}》教学${planKindNames[kind]}`,
    subtitle: `${plan.moduleLabel} · 第 ${plan.code} 课`,
    tables: [design, detailed ? detailedProcess(plan) : brief, after],
    ...(detailed ? { board: plan.board } : {}),
  };
}

/** Which grid columns each cell of each row starts at, honouring column and row spans. */
export function cellColumns(table: Pick<PlanTable, 'columns' | 'rows'>): number[][] {
  // Columns still covered by a cell with rowSpan from a row above: column → rows left.
  const covered = new Map<number, number>();
  return table.rows.map((row) => {
    const starts: number[] = [];
    let column = 0;
    for (const cell of row) {
      while ((covered.get(column) ?? 0) > 0) column++;
      starts.push(column);
      const span = cell.colSpan ?? 1;
      if ((cell.rowSpan ?? 1) > 1) for (let c = column; c < column + span; c++) covered.set(c, cell.rowSpan!);
      column += span;
    }
    for (const [c, left] of covered) covered.set(c, left - 1);
    return starts;
  });
}

/** Width in percent of a cell starting at `column` and spanning `span` columns. */
export const spanWidth = (columns: readonly number[], column: number, span = 1) => columns.slice(column, column + span).reduce((a, b) => a + b, 0);

/** Name of the Word file. @example planFileName('1.1', '初识客户与电子商务客户服务', 'brief') === '简案-1.1-初识客户与电子商务客户服务.docx' */
export function planFileName(code: string, title: string, kind: PlanKind = 'detailed'): string {
  return `${safeFileName(`${kind === 'detailed' ? '教案' : '简案'}-${code}-${title}`, '-')}.docx`;
}
