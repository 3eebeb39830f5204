import { z } from './zod.ts';

/*
 * Which exercises a lesson holds is declared once, in src/data, by each exercise naming its lesson:
 * a quiz in src/data/quizzes/lessons.ts (this schema), a form in src/data/forms/, a mock chat in
 * src/data/scenarios/, a call script in src/data/call-scripts/. The lesson's MDX only places an
 * exercise in the text by ID (`<Quiz id="lesson-1-1" />`). The widget, the progress catalogue
 * (src/data/progress-catalog.ts), the build's membership check (checkMembership in
 * src/lib/curriculum-checks.ts, run by src/data/course.ts, fed by src/data/members.ts) and the tests
 * read these declarations, never the MDX. Forms, chats and scripts already named their lesson in
 * src/data, so quizzes joined them there rather than in the lesson front matter: one place for all
 * four kinds, readable from plain Node (unit and Playwright tests) without parsing MDX.
 */

/** A quiz placed in a lesson (课堂小测 or a 练一练), and the bank questions it asks, in order. */
export const lessonQuizSchema = z.object({
  /** Stable ID: saved answers and scores live under it, so it never changes. @example 'lesson-1-1' */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: '测验编号只用小写字母、数字和连字符，如 lesson-1-1' }),
  /** Code of the lesson whose text places the quiz. @example '1.1' */
  lesson: z.string().regex(/^\d+\.\d+$/, { error: '课次编号应写成 “模块号.序号”，如 1.1' }),
  /** Heading of the quiz. @default '课堂小测' */
  title: z.string().min(2).default('课堂小测'),
  /**
   * ID of a quiz that asked some of these questions before they moved here. Until this quiz has saved
   * anything, it shows the learner's answers to its questions from that quiz (src/lib/quiz/carry.ts),
   * so no saved answer is lost when a question changes quiz. @example 'lesson-1-1'
   */
  carriesFrom: z.string().optional(),
  /** Question IDs from the module's bank in src/data/questions/, in the order they are asked. @example ['m1.q.customer-type'] */
  questions: z.array(z.string()).min(1, { error: '测验至少有 1 道题' }),
});

export type LessonQuiz = z.output<typeof lessonQuizSchema>;
export type LessonQuizInput = z.input<typeof lessonQuizSchema>;
