import { safeFileName } from '../file-name.ts';
import { cleanPaperCode } from '../quiz/exam.ts';
import type { Question } from '../quiz/types.ts';
import { STUDENT_NO, tidyStudentNo } from '../quiz/student-no.ts';

/** What a paper is drawn from: a module's 单元测验 (its number) or the 期末考试 (every bank). */
export type PaperScope = number | 'final';

/** One module's bank as the paper page receives it. */
export interface PaperBank {
  /** Module number. */
  module: number;
  /** Display name of the module. @example '模块3 提供语音客户服务' */
  label: string;
  /** The bank's questions, in bank order. */
  questions: Question[];
}

/** What the teacher chose; the same settings always give the same paper. */
export interface PaperSettings {
  /** A module's 单元测验 or the 期末考试. */
  scope: PaperScope;
  /** Number of questions (题量). */
  count: number;
  /** 试卷编号, already cleaned (`cleanPaperCode`). */
  code: string;
  /** 学号 for a student's own paper; '' for the code's reference paper. */
  studentNo: string;
  /** 限时 in minutes, printed on the paper. */
  limit: number;
}

/** Minutes a teacher can print as the 限时. */
export const limitChoices = [10, 15, 20, 30, 40, 45, 60, 90, 120] as const;

/** 题量 offered by default, as on the online 单元测验 and 期末模拟考试 pages. */
export const defaultCount = (scope: PaperScope) => (scope === 'final' ? 30 : 10);

/** 限时 offered by default: a short test, or one lesson period for the 期末考试. */
export const defaultLimit = (scope: PaperScope) => (scope === 'final' ? 45 : 20);

/** Largest 题量 offered as 全部 (a whole module's bank); the 期末 pool is far larger. */
const wholePoolUpTo = 60;

/** 题量 choices for a pool of `size` questions, smallest first. */
export function countChoices(size: number): number[] {
  const steps = [5, 10, 15, 20, 25, 30, 40, 50].filter((n) => n < size);
  return size <= wholePoolUpTo ? [...steps, size] : steps;
}

/** The questions a scope draws from, in bank order (the same pool the online tests use). */
export function scopePool(banks: readonly PaperBank[], scope: PaperScope): Question[] {
  return scope === 'final' ? banks.flatMap((b) => b.questions) : (banks.find((b) => b.module === scope)?.questions ?? []);
}

/** Value of a scope in forms and addresses. @example scopeValue(3) === 'm3' */
export const scopeValue = (scope: PaperScope) => (scope === 'final' ? 'final' : `m${scope}`);

/** A scope from its form or address value, if it names the 期末考试 or a module that has a bank. */
export function parseScope(value: string | null, modules: readonly number[]): PaperScope | undefined {
  if (value === 'final') return 'final';
  const module = Number(/^m(\d+)$/.exec(value ?? '')?.[1]);
  return modules.includes(module) ? module : undefined;
}

/** Name of the test. @example scopeTitle('final', []) === '期末考试' */
export function scopeTitle(scope: PaperScope, banks: readonly Pick<PaperBank, 'module' | 'label'>[]): string {
  return scope === 'final' ? '期末考试' : `${banks.find((b) => b.module === scope)?.label ?? `模块${scope}`} 单元测验`;
}

/**
 * A 学号 as the exam page reads it (full-width characters and outer spaces forgiven, letters
 * upper-cased), so the same 学号 gives the same paper here and online. '' when left blank,
 * undefined when it is not 1–32 letters, digits or '-'.
 */
export function cleanStudentNo(raw: string): string | undefined {
  const no = tidyStudentNo(raw);
  return no === '' || STUDENT_NO.test(no) ? no : undefined;
}

/** The settings in the page address, so a reload or a bookmark gives the same paper. */
export function settingsQuery(settings: PaperSettings): string {
  const params = new URLSearchParams({ scope: scopeValue(settings.scope), count: String(settings.count), paper: settings.code, limit: String(settings.limit) });
  if (settings.studentNo) params.set('student', settings.studentNo);
  return `?${params}`;
}

/**
 * Settings read from the page address; what is missing or wrong falls back to the defaults of the
 * scope. `code` is '' when the address names none (the page then offers a random one).
 */
export function readSettings(params: URLSearchParams, banks: readonly PaperBank[], fallback: PaperScope): PaperSettings {
  const scope = parseScope(params.get('scope'), banks.map((b) => b.module)) ?? fallback;
  const size = scopePool(banks, scope).length;
  const count = Number(params.get('count'));
  const limit = Number(params.get('limit'));
  return {
    scope,
    count: countChoices(size).includes(count) ? count : Math.min(defaultCount(scope), size),
    code: cleanPaperCode(params.get('paper') ?? ''),
    studentNo: cleanStudentNo(params.get('student') ?? '') ?? '',
    limit: (limitChoices as readonly number[]).includes(limit) ? limit : defaultLimit(scope),
  };
}

/**
 * Name of a Word file of the paper.
 * @example paperFileName({ scope: 'final', code: 'K7M2QX', studentNo: '' }, 'student') === '试卷-期末-K7M2QX.docx'
 */
export function paperFileName(settings: Pick<PaperSettings, 'scope' | 'code' | 'studentNo'>, part: 'student' | 'teacher'): string {
  const scope = settings.scope === 'final' ? '期末' : `模块${settings.scope}`;
  const parts = ['试卷', scope, settings.code, settings.studentNo, part === 'teacher' ? '教师用' : ''].filter(Boolean);
  return `${safeFileName(parts.join('-'), '-')}.docx`;
}
