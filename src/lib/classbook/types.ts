import type { HandIn, ScoreCode } from '../handin/format.ts';
import type { AnswerFile } from '../quiz/answer-file.ts';

/**
 * The teacher's class book (班级成绩册): everything students handed in, as read on the class page
 * (/teacher/class/), and the teacher's own marks. Kept in this browser's IndexedDB
 * (src/stores/class-book.ts), exported and imported as one course file of kind `class-book`.
 *
 * One record per student and item: a lesson (`lesson:1.1`) or an exam (`exam-m1`, `exam-final`). A
 * newer file for the same student and item replaces the older one; the same file again is a duplicate.
 */

/** Key of a record. @example recordKey('2023-0415', 'lesson:1.1') */
export const recordKey = (studentNo: string, item: string) => `${studentNo}|${item}`;
/** Item of a lesson. @example lessonItem('1.1') === 'lesson:1.1' */
export const lessonItem = (code: string) => `lesson:${code}`;

/** Where a record came from: a file (hand-in or answer file) or a scanned score code. */
export type ClassRecord =
  | { source: 'handin'; file: HandIn; receivedAt: number }
  | { source: 'answers'; file: AnswerFile; receivedAt: number }
  | { source: 'score-code'; code: ScoreCode; receivedAt: number };

/** The teacher's marks of one short answer or one form of one student: checklist points ticked, points given. */
export interface Mark {
  /** Indexes of the checklist points the teacher ticked. */
  ticked: number[];
  points: number;
  max: number;
  at: number;
}

/** Key of a mark: student, item, and the question or form ID. @example markKey('2023-0415', 'lesson:1.1', 'm1.q.b') */
export const markKey = (studentNo: string, item: string, part: string) => `${studentNo}|${item}|${part}`;

export interface ClassBook {
  /** The class's name, as the teacher typed it. */
  className: string;
  /** Students by 学号: the latest 姓名 and 班级 they handed in with. */
  students: Record<string, { name: string; className: string }>;
  /** Records by `recordKey`. */
  records: Record<string, ClassRecord>;
  /** The teacher's marks by `markKey`. */
  marks: Record<string, Mark>;
}

/** A class book with nothing in it. */
export const emptyClassBook = (): ClassBook => ({ className: '', students: {}, records: {}, marks: {} });
