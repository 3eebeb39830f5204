import { formSchema, type FormExercise, type FormInput } from '../../schemas/form.ts';
import type { OutlineEntry } from '../../schemas/curriculum.ts';
import { assertNoProblems, parseEntry, type Problem } from '../../lib/content-error.ts';
import { outline, requirementIds } from '../index.ts';
import { m1Forms } from './m1.ts';
import { m2Forms } from './m2.ts';
import { m3Forms } from './m3.ts';
import { m4Forms } from './m4.ts';
import { m5Forms } from './m5.ts';
import { m6Forms } from './m6.ts';
import { m7Forms } from './m7.ts';
import { m8Forms } from './m8.ts';

/** Data files of form exercises, by the repository path named in error messages. */
export const formFiles: Record<string, FormInput[]> = {
  'src/data/forms/m1.ts': m1Forms,
  'src/data/forms/m2.ts': m2Forms,
  'src/data/forms/m3.ts': m3Forms,
  'src/data/forms/m4.ts': m4Forms,
  'src/data/forms/m5.ts': m5Forms,
  'src/data/forms/m6.ts': m6Forms,
  'src/data/forms/m7.ts': m7Forms,
  'src/data/forms/m8.ts': m8Forms,
};

/**
 * Validates every form with its schema and against the curriculum (the lesson exists, requirement
 * IDs are real, form IDs are unique), fills in the lesson title, and returns the forms by ID.
 * Returns the problems instead of throwing, so tests can check each rule.
 */
export function checkForms(
  files: Record<string, FormInput[]>,
  context: { outline: readonly OutlineEntry[]; requirementIds: ReadonlySet<string> },
): { forms: Record<string, FormExercise>; problems: Problem[] } {
  const forms: Record<string, FormExercise> = {};
  const problems: Problem[] = [];
  for (const [file, list] of Object.entries(files)) {
    for (const data of list) {
      const form = parseEntry(formSchema, data, file, data.id ?? '（无编号）', problems);
      if (!form) continue;
      const lesson = context.outline.find((entry) => entry.code === form.lesson);
      if (!lesson) problems.push({ file, message: `${form.id} 的课次 ${form.lesson} 不在课程大纲中` });
      for (const id of form.requirements) {
        if (!context.requirementIds.has(id)) problems.push({ file, message: `${form.id} 引用了课程标准中不存在的要求编号 ${id}` });
      }
      if (forms[form.id]) problems.push({ file, message: `表格编号 ${form.id} 重复` });
      forms[form.id] = { ...form, lessonTitle: form.lessonTitle ?? lesson?.title };
    }
  }
  return { forms, problems };
}

const checked = checkForms(formFiles, { outline, requirementIds });
assertNoProblems('表格练习的数据不符合要求：', checked.problems);

/** Every validated form exercise by ID, e.g. `forms['m1.form.haier-service']`. */
export const forms: Readonly<Record<string, FormExercise>> = checked.forms;

/** The forms of one lesson, in the order they are written. */
export function formsOfLesson(code: string): FormExercise[] {
  return Object.values(forms).filter((form) => form.lesson === code);
}

/** Each form's ID with the code of the lesson it belongs to (the lesson schema checks 学案 references against it). */
export const formLessons: ReadonlyMap<string, string> = new Map(Object.values(forms).map((f) => [f.id, f.lesson]));
