import { lessonItem, markKey, recordKey, type ClassBook, type ClassRecord } from '../classbook/types.ts';
import { clip } from './clip.ts';
import { readScore } from './roster.ts';
import { roundHalfUp } from './round.ts';
import { flattenItems, type FlatItem, type GradingScheme } from './scheme.ts';

/**
 * Grades from evidence (docs/class-loop.md): the class book (src/lib/classbook/types.ts) turned into
 * one value 0–100 per student and scheme item, by a rule the teacher sees and can change. Missing
 * evidence gives a blank (the calculator's blank-item rule then applies), never a silent 0. The
 * teacher may override a value, always with a reason; the result is a table the grade calculator reads
 * like a pasted one (学号, 姓名, one column per mapped item, 调整说明).
 */

/** What the page passes in: the written lessons (with their exercises) and the exams, from the course data. */
export interface EvidenceCatalog {
  lessons: { code: string; module: number; quizzes: string[]; forms: string[]; chats: string[] }[];
  /** Exam IDs as saved (`exam-m1`, `exam-final`); `module` is 'final' for the final exam. */
  exams: { id: string; module: number | 'final'; title: string }[];
}

/** Where an item's value comes from; `exam:<id>` is one exam. */
export type EvidenceSource = 'off' | 'handed-in' | 'lesson-quizzes' | 'form-marks' | 'form-filled' | 'chats' | 'module-tests' | `exam:${string}`;

/** One choice of evidence, with the rule the teacher reads. */
export interface SourceOption {
  value: EvidenceSource;
  label: string;
  rule: string;
}

/** Every source the catalog allows, with its one-line Chinese rule. */
export function sourceOptions(catalog: EvidenceCatalog): SourceOption[] {
  return [
    { value: 'off', label: '不从成绩册读取', rule: '保留手工录入，不从成绩册读取。' },
    { value: 'handed-in', label: '课次作业提交率', rule: '交了作业的课次数 ÷ 本班已布置的课次数（至少有一名学生交过的课次）× 100。' },
    { value: 'lesson-quizzes', label: '课堂小测得分率', rule: '课次小测的得分 ÷ 满分 × 100：客观题按网站判分，简答题按教师批改的分数。' },
    { value: 'form-marks', label: '表单作品评分', rule: '教师给每张表单评的分（占满分的百分比）的平均值。' },
    { value: 'form-filled', label: '表单完成度', rule: '每张表单已填单元格占全部单元格的百分比的平均值。' },
    { value: 'chats', label: '模拟客服对话', rule: '每个模拟对话最好一次的评分（满分 100）的平均值。' },
    { value: 'module-tests', label: '单元测验平均', rule: '各模块单元测验得分率的平均值：客观题按网站判分，简答题按教师批改的分数。' },
    ...catalog.exams.map((e) => ({
      value: `exam:${e.id}` as const,
      label: e.title,
      rule: `${e.title}的得分率 × 100：客观题按网站判分，简答题按教师批改的分数。`,
    })),
  ];
}

/** The default source of each item of the site's schemes (src/data/grading.ts); other items stay as typed. */
const defaults: Record<string, EvidenceSource> = {
  'process.questions': 'lesson-quizzes',
  'process.work-quality': 'form-marks',
  'process.participation': 'handed-in',
  'process.shop-results': 'chats',
  'result.midterm': 'module-tests',
  'result.final': 'exam:exam-final',
  'process.overall': 'lesson-quizzes',
  'final.exam': 'exam:exam-final',
};

/** The default mapping for a scheme: item id → source; a source the catalog can't give is off. */
export function defaultMapping(scheme: GradingScheme, catalog: EvidenceCatalog): Record<string, EvidenceSource> {
  const allowed = new Set(sourceOptions(catalog).map((o) => o.value));
  return Object.fromEntries(flattenItems(scheme).map((i) => {
    const source = defaults[i.id] ?? 'off';
    return [i.id, allowed.has(source) ? source : 'off'];
  }));
}

/** One student's value of one item: a number 0–100 (one decimal) or blank, with what the teacher should know. */
export interface EvidenceValue {
  value?: number;
  /** Chinese notes, e.g. 有未批改的简答. */
  flags: string[];
}

/** One student's row of the preview. */
export interface EvidenceRow {
  studentNo: string;
  name: string;
  values: Record<string, EvidenceValue>;
}

/** Points earned and at stake, and whether some short answers wait for the teacher. */
interface Tally {
  points: number;
  max: number;
  unmarked: number;
}

const percent = (points: number, max: number) => roundHalfUp((points / max) * 100, 1);
const mean = (list: number[]) => (list.length ? roundHalfUp(list.reduce((s, x) => s + x, 0) / list.length, 1) : undefined);

/** A quiz or exam as the site marked it, plus the teacher's marks of its short answers; unmarked ones are left out. */
function tallyMarked(book: ClassBook, studentNo: string, item: string, marked: { points: number; max: number }, pending: { id: string; points: number }[]): Tally {
  const tally = { points: marked.points, max: marked.max, unmarked: 0 };
  for (const p of pending) {
    const mark = book.marks[markKey(studentNo, item, p.id)];
    if (mark) {
      tally.points += mark.points;
      tally.max += mark.max;
    } else tally.unmarked++;
  }
  return tally;
}

const unmarkedFlag = '有未批改的简答';
/** A score code carries the site's marks only: no short answers for the teacher to mark. */
const codeFlag = '含成绩码，只有网站判分的题';

/** Computes the value of one source for one student. */
function valueOf(source: EvidenceSource, studentNo: string, book: ClassBook, catalog: EvidenceCatalog, assigned: Set<string>): EvidenceValue {
  const record = (item: string): ClassRecord | undefined => book.records[recordKey(studentNo, item)];
  const lessons = catalog.lessons.map((l) => ({ lesson: l, item: lessonItem(l.code), record: record(lessonItem(l.code)) }));
  const handed = lessons.filter((l) => l.record && l.record.source !== 'answers');
  const flags: string[] = [];

  if (source === 'handed-in') {
    if (!assigned.size) return { flags: ['本班还没有人交过课次作业'] };
    const count = handed.filter((l) => assigned.has(l.lesson.code)).length;
    if (!count) return { flags: ['没有交过课次作业'] };
    return { value: percent(count, assigned.size), flags: [`交了 ${count} / ${assigned.size} 个课次`] };
  }

  if (source === 'lesson-quizzes') {
    const total = { points: 0, max: 0, unmarked: 0 };
    let fromCode = false;
    for (const { lesson, item, record: r } of handed) {
      const known = new Set(lesson.quizzes);
      if (r!.source === 'handin') {
        for (const q of r!.file.quizzes.filter((q) => known.has(q.id))) {
          const t = tallyMarked(book, studentNo, item, q.marked, q.pending);
          total.points += t.points; total.max += t.max; total.unmarked += t.unmarked;
        }
      } else if (r!.source === 'score-code') {
        for (const e of r!.code.entries.filter((e) => e.kind === 'quiz' && known.has(e.id))) {
          total.points += e.points; total.max += e.max; fromCode = true;
        }
      }
    }
    if (total.unmarked) flags.push(unmarkedFlag);
    if (fromCode) flags.push(codeFlag);
    if (!total.max) return { flags: [...flags, '没有课堂小测成绩'] };
    return { value: percent(total.points, total.max), flags };
  }

  if (source === 'form-marks' || source === 'form-filled') {
    const shares: number[] = [];
    let unmarked = 0;
    for (const { lesson, item, record: r } of handed) {
      const known = new Set(lesson.forms);
      if (r!.source === 'handin') {
        for (const f of r!.file.forms.filter((f) => known.has(f.id))) {
          if (source === 'form-filled') {
            if (f.total) shares.push((f.filled / f.total) * 100);
            continue;
          }
          const mark = book.marks[markKey(studentNo, item, f.id)];
          if (mark && mark.max > 0) shares.push((mark.points / mark.max) * 100);
          else unmarked++;
        }
      } else if (r!.source === 'score-code' && source === 'form-filled') {
        for (const e of r!.code.entries.filter((e) => e.kind === 'form' && known.has(e.id) && e.max > 0)) shares.push((e.points / e.max) * 100);
      }
    }
    if (unmarked) flags.push('有未评分的表单');
    const value = mean(shares);
    return value === undefined ? { flags: [...flags, source === 'form-marks' ? '没有已评分的表单' : '没有交过表单'] } : { value, flags };
  }

  if (source === 'chats') {
    const best = new Map<string, number>();
    const keep = (id: string, total: number) => best.set(id, Math.max(best.get(id) ?? 0, total));
    for (const { lesson, record: r } of handed) {
      const known = new Set(lesson.chats);
      if (r!.source === 'handin') for (const c of r!.file.chats) if (known.has(c.id)) keep(c.id, c.best.total);
      if (r!.source === 'score-code') for (const e of r!.code.entries) if (e.kind === 'chat' && known.has(e.id)) keep(e.id, e.points);
    }
    const value = mean([...best.values()]);
    return value === undefined ? { flags: ['没有模拟对话成绩'] } : { value, flags };
  }

  // An exam, or the mean of the module tests.
  const exams = source === 'module-tests' ? catalog.exams.filter((e) => e.module !== 'final') : catalog.exams.filter((e) => source === `exam:${e.id}`);
  const shares: number[] = [];
  let unmarked = 0;
  let fromCode = false;
  for (const exam of exams) {
    const r = record(exam.id);
    let tally: Tally | undefined;
    if (r?.source === 'answers') tally = tallyMarked(book, studentNo, exam.id, r.file.marked, r.file.pending);
    else if (r?.source === 'score-code') {
      const entries = r.code.entries.filter((e) => e.kind === 'exam');
      tally = { points: entries.reduce((s, e) => s + e.points, 0), max: entries.reduce((s, e) => s + e.max, 0), unmarked: 0 };
      fromCode = true;
    }
    if (!tally) continue;
    unmarked += tally.unmarked;
    if (tally.max > 0) shares.push((tally.points / tally.max) * 100);
  }
  if (unmarked) flags.push(unmarkedFlag);
  if (fromCode) flags.push(codeFlag);
  const value = mean(shares);
  if (value === undefined) return { flags: [...flags, source === 'module-tests' ? '没有单元测验成绩' : '没有这场考试的成绩'] };
  if (source === 'module-tests') flags.push(`${shares.length} 次单元测验`);
  return { value, flags };
}

/** Every student of the book (by 学号) with the value of every mapped item; items mapped 'off' are left out. */
export function evidenceRows(book: ClassBook, catalog: EvidenceCatalog, mapping: Record<string, EvidenceSource>): EvidenceRow[] {
  const students = Object.keys(book.students);
  const handedBy = (no: string, code: string) => {
    const r = book.records[recordKey(no, lessonItem(code))];
    return r !== undefined && r.source !== 'answers';
  };
  const assigned = new Set(catalog.lessons.filter((l) => students.some((no) => handedBy(no, l.code))).map((l) => l.code));
  const mapped = Object.entries(mapping).filter(([, s]) => s !== 'off');
  return students
    .sort((a, b) => a.localeCompare(b, 'zh-CN'))
    .map((studentNo) => ({
      studentNo,
      name: book.students[studentNo]!.name,
      values: Object.fromEntries(mapped.map(([item, source]) => [item, valueOf(source, studentNo, book, catalog, assigned)])),
    }));
}

/** The teacher's change of one value: the new value and why. */
export interface Override {
  value: number;
  reason: string;
}

/** Longest reason the teacher may give. */
export const maxReasonLength = 100;

/** Reads an override as typed: a value 0–100 and a reason are both required. */
export function readOverride(valueText: string, reasonText: string): { ok: true; override: Override } | { ok: false; message: string } {
  const { value, error } = readScore(valueText);
  if (error) return { ok: false, message: `分数${error}，请输入 0–100 之间的数字。` };
  if (value === undefined) return { ok: false, message: '请填写调整后的分数（0–100）。' };
  const reason = reasonText.trim().replace(/\s+/g, ' ');
  if (!reason) return { ok: false, message: '请填写调整原因：调整后的分数必须说明原因。' };
  if (reason.length > maxReasonLength) return { ok: false, message: `调整原因最多 ${maxReasonLength} 个字，请精简后再保存。` };
  return { ok: true, override: { value, reason } };
}

/** Overrides by `${studentNo}|${itemId}`. */
export type Overrides = Record<string, Override>;
export const overrideKey = (studentNo: string, itemId: string) => `${studentNo}|${itemId}`;

/** Header of an item's column, as the calculator's auto-mapping reads it (src/lib/grade/columns.ts). */
export const itemHeader = (item: FlatItem) => `${item.componentName}-${item.name}`;
/** Header of the column that keeps the override reasons (mapped to 'note' by src/lib/grade/columns.ts). */
export const noteHeader = '调整说明';

/** The rows with the overrides applied: an override replaces the value, clears the evidence's flags and says why. */
export function applyOverrides(rows: EvidenceRow[], overrides: Overrides): EvidenceRow[] {
  return rows.map((row) => ({
    ...row,
    values: Object.fromEntries(Object.entries(row.values).map(([item, v]) => {
      const o = overrides[overrideKey(row.studentNo, item)];
      return [item, o ? { value: o.value, flags: [`教师调整：${o.reason}`] } : v];
    })),
  }));
}

/**
 * The table the grade calculator reads: 学号, 姓名, one column per mapped item (in scheme order), and
 * 调整说明 listing each override as “项目 原值→新值：原因”.
 */
export function evidenceTable(rows: EvidenceRow[], scheme: GradingScheme, overrides: Overrides): string[][] {
  const items = flattenItems(scheme).filter((i) => rows.some((r) => i.id in r.values));
  const cell = (v: number | undefined) => (v === undefined ? '' : String(v));
  const header = ['学号', '姓名', ...items.map(itemHeader), noteHeader];
  const body = rows.map((row) => {
    const notes = items.flatMap((i) => {
      const o = overrides[overrideKey(row.studentNo, i.id)];
      if (!o || !(i.id in row.values)) return [];
      const before = row.values[i.id]!.value;
      return [`${i.name} ${before === undefined ? '空白' : before}→${o.value}：${clip(o.reason, maxReasonLength)}`];
    });
    const values = applyOverrides([row], overrides)[0]!.values;
    return [row.studentNo, row.name, ...items.map((i) => cell(values[i.id]?.value)), notes.join('；')];
  });
  return [header, ...body];
}

/** How much the book holds, for the card to say. */
export function bookSummary(book: ClassBook): { students: number; records: number; marks: number } {
  return { students: Object.keys(book.students).length, records: Object.keys(book.records).length, marks: Object.keys(book.marks).length };
}
