import type { QuestionType } from './types.ts';

/** Chinese name of each question type (kept apart from the zod schemas so views stay light). */
export const questionTypeLabels: Record<QuestionType, string> = {
  single: '单选题',
  multiple: '多选题',
  truefalse: '判断题',
  blank: '填空题',
  ordering: '排序题',
  matching: '匹配题',
  short: '简答题',
};
