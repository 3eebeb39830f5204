/**
 * The 学号 rule, in one place: the exam page (src/components/exercises/exam-paper/student.ts), the
 * saved learner record (src/stores/learner.ts) and the printable papers (src/lib/paper/settings.ts)
 * read a 学号 the same way, so one 学号 gives one paper online and on paper.
 */

/** 1–32 letters, digits or '-'. */
export const STUDENT_NO = /^[A-Za-z0-9-]{1,32}$/;

/** A 学号 as typed, tidied: full-width characters and outer spaces forgiven, letters upper-cased. */
export const tidyStudentNo = (raw: string): string => raw.normalize('NFKC').trim().toUpperCase();
