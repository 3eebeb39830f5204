/** SCORM 1.2 cmi.core.lesson_status values a module reports. */
export type LessonStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

/** A module as its SCO sees it: the lessons to visit and the module test's latest result. */
export interface ModuleProgress {
  lessons: readonly string[];
  visited: ReadonlySet<string>;
  /** The latest scored attempt of the module test (points of max), if any. */
  test?: { points: number; max: number };
  /** adlcp:masteryscore, percent; without it a scored test only completes the module. */
  mastery?: number;
}

/** The module test as a SCORM 1.2 score: a percentage, 0–100, rounded to whole points. */
export const percent = (test: { points: number; max: number }): number => (test.max > 0 ? Math.round((test.points / test.max) * 100) : 0);

/**
 * Status of a module: passed or failed once its test is scored against a mastery score; otherwise
 * completed when every lesson was visited (or the test taken), incomplete before that.
 */
export function moduleStatus(progress: ModuleProgress): LessonStatus {
  const { test, mastery } = progress;
  if (test && test.max > 0 && mastery !== undefined) return percent(test) >= mastery ? 'passed' : 'failed';
  if (test && test.max > 0) return 'completed';
  return progress.lessons.every((code) => progress.visited.has(code)) ? 'completed' : 'incomplete';
}
