import * as v from 'valibot';
import { STUDENT_NO } from '../lib/quiz/student-no.ts';
import { defineArea } from './area.ts';

/**
 * Who sits an exam paper: 学号 1–32 letters, digits or '-'; 姓名 and 班级 up to 40 characters, may be
 * empty (src/lib/quiz/answer-file.ts has the same limits). The exam page words the messages
 * (src/components/exercises/exam-paper/student.ts), so lesson pages don't carry them.
 */
export const studentSchema = v.object({
  /** @example '2023-0415' */
  studentNo: v.pipe(v.string(), v.regex(STUDENT_NO)),
  name: v.pipe(v.string(), v.maxLength(40)),
  /** @example '电商2301' */
  className: v.pipe(v.string(), v.maxLength(40)),
});
export type Student = v.InferOutput<typeof studentSchema>;

/**
 * Who is learning in this browser, as far as the site needs to know: a random ID made on first use,
 * which seeds the order options show in (src/lib/quiz/display.ts), so neighbours see different orders;
 * and, once an exam has been started, the 学号, 姓名 and 班级 typed there, so they are asked once.
 * Records saved before the exam fields existed have only the ID.
 */
export const learnerSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]{6,16}$/)),
  /** 学号, from the last exam started in this browser. */
  studentNo: v.optional(studentSchema.entries.studentNo),
  /** 姓名 (optional on the exam page). */
  name: v.optional(studentSchema.entries.name),
  /** 班级 (optional on the exam page). */
  className: v.optional(studentSchema.entries.className),
});
export type Learner = v.InferOutput<typeof learnerSchema>;

/** A new random learner ID (12 characters of a–z and 0–9). */
export function newLearnerId(random: () => number = Math.random): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return Array.from({ length: 12 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

/** The learner record; empty until `learnerId()` first runs in the browser. */
export const learnerArea = defineArea<Learner>({
  name: 'learner',
  label: '学号、姓名和班级',
  version: 1,
  schema: learnerSchema,
  empty: () => ({ id: '' }),
});
export const learnerKey = learnerArea.key;
export const learner = learnerArea.store;

/** This browser's learner ID, made and saved on first use (call in the browser only). */
export function learnerId(): string {
  const current = learner.get().id;
  if (current !== '') return current;
  const id = newLearnerId();
  learner.set({ ...learner.get(), id });
  return id;
}

/** Remembers who sat the last exam, so the next one is filled in (call in the browser only). */
export function rememberStudent(student: Student) {
  learner.set({ ...learner.get(), id: learnerId(), ...student });
}
