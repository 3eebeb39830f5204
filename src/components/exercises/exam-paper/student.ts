import * as v from 'valibot';
import { studentSchema, type Student } from '../../../stores/learner.ts';
import { tidyStudentNo } from '../../../lib/quiz/student-no.ts';

/** What a student typed into the exam page's 考生信息 fields. */
export type StudentInput = Record<keyof Student, string>;

/** A field's message in Chinese, for the fields that need fixing. */
export type StudentErrors = Partial<Record<keyof Student, string>>;

/**
 * Checks and tidies what a student typed (full-width characters and spaces at either end are
 * forgiven; letters of the 学号 are upper-cased, so the same 学号 always gives the same paper).
 */
export function readStudent(input: StudentInput): { ok: true; student: Student } | { ok: false; errors: StudentErrors } {
  const tidy = (s: string) => s.normalize('NFKC').trim();
  const student = { studentNo: tidyStudentNo(input.studentNo), name: tidy(input.name), className: tidy(input.className) };
  const errors = fieldErrors(student);
  if (student.studentNo === '') errors.studentNo = '请填写学号：它决定你的试卷，也会写进交给老师的答题文件。';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, student };
}

/** What to fix in each field, in the limits of `studentSchema`. */
const messages: Record<keyof Student, string> = {
  studentNo: '学号只能包含字母、数字和短横线（-），最多 32 位，例如 2023-0415。',
  name: '姓名最多 40 个字。',
  className: '班级最多 40 个字。',
};

/** The fields `studentSchema` refuses, with what to fix. */
function fieldErrors(student: Student): StudentErrors {
  const result = v.safeParse(studentSchema, student);
  const errors: StudentErrors = {};
  for (const issue of result.issues ?? []) {
    const key = issue.path?.[0]?.key as keyof Student | undefined;
    if (key) errors[key] = messages[key];
  }
  return errors;
}
