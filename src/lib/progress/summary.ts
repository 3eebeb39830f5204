import type { Completion } from '../form/completion.ts';
import type { ExerciseRef, LessonCatalog, ModuleCatalog } from './catalog.ts';

/** What the progress page reads from the saved data, already reduced per exercise. */
export interface SavedProgress {
  /** Visit count per lesson code. */
  visits: Record<string, { count: number; last: number }>;
  /** Per quiz ID: submissions and best score in percent. */
  quizzes: Record<string, { attempts: number; best?: number }>;
  /** Per form ID: how much is filled in. */
  forms: Record<string, Completion>;
  /** Per scenario ID: finished conversations and the best rubric total (out of 100). */
  chats: Record<string, { count: number; best: number }>;
  /** Per call-script ID: timed readings and self-check items ticked. */
  scripts: Record<string, { attempts: number; checks: number }>;
}

/** One exercise as the page lists it. */
export interface ExerciseStatus extends ExerciseRef {
  kind: '小测' | '表格' | '模拟实战' | '通话话术';
  done: boolean;
  /** Short Chinese note, e.g. “最好 86%（提交 2 次）”. */
  note: string;
}

/** One lesson's progress. */
export interface LessonStatus {
  code: string;
  title: string;
  href: string;
  visits: number;
  exercises: ExerciseStatus[];
  done: number;
}

/** One module's progress; `percent` follows the same rule as the overall figure. */
export interface ModuleStatus {
  number: number;
  label: string;
  lessons: LessonStatus[];
  read: number;
  done: number;
  exercises: number;
  percent: number;
  examBest?: number;
}

/** The whole course's progress. */
export interface CourseStatus {
  modules: ModuleStatus[];
  lessons: number;
  read: number;
  exercises: number;
  done: number;
  /** (lessons read + exercises done) ÷ (lessons + exercises) × 100, rounded down. */
  percent: number;
}

/** Percent of `part` in `whole`, rounded down so 100 % means everything; 0 when there is nothing. */
export const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((part * 100) / whole));
const shown = (value: number) => String(Math.round(value));

function lessonStatus(lesson: LessonCatalog, saved: SavedProgress): LessonStatus {
  const exercises: ExerciseStatus[] = [
    ...lesson.quizzes.map((q) => {
      const s = saved.quizzes[q.id];
      const done = (s?.attempts ?? 0) > 0;
      return { id: q.id, title: q.title, kind: '小测' as const, done, note: done ? `最好 ${shown(s!.best ?? 0)}%（提交 ${s!.attempts} 次）` : `${q.questions} 题，未提交` };
    }),
    ...lesson.forms.map((f) => {
      const c = saved.forms[f.id];
      return { ...f, kind: '表格' as const, done: !!c?.complete, note: c && c.total > 0 ? `已填 ${c.filled}/${c.total} 格` : '未填写' };
    }),
    ...lesson.chats.map((c) => {
      const s = saved.chats[c.id];
      return { ...c, kind: '模拟实战' as const, done: !!s, note: s ? `最好 ${shown(s.best)} 分（完成 ${s.count} 次）` : '未完成' };
    }),
    ...lesson.scripts.map((c) => {
      const s = saved.scripts[c.id];
      const done = (s?.attempts ?? 0) > 0;
      return { ...c, kind: '通话话术' as const, done, note: done ? `计时练习 ${s!.attempts} 次` : s && s.checks > 0 ? `自查已勾 ${s.checks} 项，未计时` : '未练习' };
    }),
  ];
  return { code: lesson.code, title: lesson.title, href: lesson.href, visits: saved.visits[lesson.code]?.count ?? 0, exercises, done: exercises.filter((e) => e.done).length };
}

/** Works out per-lesson, per-module and overall progress from the catalog and the saved data. */
export function courseStatus(catalog: readonly ModuleCatalog[], saved: SavedProgress): CourseStatus {
  const modules = catalog.map((module): ModuleStatus => {
    const lessons = module.lessons.map((l) => lessonStatus(l, saved));
    const read = lessons.filter((l) => l.visits > 0).length;
    const done = lessons.reduce((n, l) => n + l.done, 0);
    const exercises = lessons.reduce((n, l) => n + l.exercises.length, 0);
    const exam = module.examId ? saved.quizzes[module.examId] : undefined;
    return { number: module.number, label: module.label, lessons, read, done, exercises, percent: percentOf(read + done, lessons.length + exercises), examBest: exam?.attempts ? exam.best : undefined };
  });
  const sum = (pick: (m: ModuleStatus) => number) => modules.reduce((n, m) => n + pick(m), 0);
  const lessons = sum((m) => m.lessons.length);
  const read = sum((m) => m.read);
  const exercises = sum((m) => m.exercises);
  const done = sum((m) => m.done);
  return { modules, lessons, read, exercises, done, percent: percentOf(read + done, lessons + exercises) };
}
