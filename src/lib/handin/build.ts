import type { FormExercise } from '../../schemas/form.ts';
import { completion } from '../form/completion.ts';
import { emptyValues, normalizeValues, type FormValues } from '../form/values.ts';
import { isAttempted } from '../quiz/grade.ts';
import { markPaper } from '../quiz/mark.ts';
import type { Question, Response } from '../quiz/types.ts';
import { handInFileName, handInHeader, handInScores, makeHandIn, type HandInBody, type HandInChat, type HandInForm, type HandInQuiz, type HandInStudent, type ScoreCode } from './format.ts';

/**
 * Builds a lesson's hand-in file (src/lib/handin/format.ts) from what this browser saved: the lesson
 * page passes its exercises' definitions (src/components/exercises/hand-in/HandInBlock.astro) and the
 * island reads the saved values from the stores. Pure, so the same saves always give the same file.
 */

/** A lesson as the hand-in needs it: its exercises' definitions, in page order. */
export interface HandInLesson {
  code: string;
  title: string;
  quizzes: { id: string; title: string; questions: Question[] }[];
  forms: FormExercise[];
  chats: { id: string; title: string }[];
  /** Whether the lesson has the typing trainer, so the best typing result belongs to it. */
  typing: boolean;
}

/** What a quiz saves that the hand-in reads (src/stores/quiz.ts). */
export interface SavedQuizPart {
  responses: Record<string, Response>;
  attempts: { at: number; points: number; max: number }[];
}

/** A mock chat's best report as src/stores/chat.ts keeps it. */
export interface SavedChatPart {
  best: { at: number; total: number; outcome?: string; rubric: { id: string; label: string; points: number; max: number }[] };
  count: number;
}

/** The saved values the hand-in reads, each as its store gives it. */
export interface HandInSaved {
  quizzes: Readonly<Record<string, SavedQuizPart | undefined>>;
  forms: Readonly<Record<string, FormValues | undefined>>;
  chats: Readonly<Record<string, SavedChatPart | undefined>>;
  /** The best typing attempt in this browser (src/stores/typing.ts `bestTyping`). */
  typing?: { at: number; speed: number; accuracy: number };
  /** Visits per lesson code (src/stores/progress.ts). */
  visits: Readonly<Record<string, { first: number; last: number; count: number } | undefined>>;
}

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

function quizPart(quiz: HandInLesson['quizzes'][number], saved: SavedQuizPart | undefined): HandInQuiz {
  const responses = Object.fromEntries(quiz.questions.flatMap((q) => {
    const response = saved?.responses[q.id];
    return response && isAttempted(response) ? [[q.id, response] as const] : [];
  }));
  const attempts = saved?.attempts ?? [];
  const best = attempts.reduce<{ points: number; max: number } | undefined>((top, a) => (!top || a.points > top.points ? { points: a.points, max: a.max } : top), undefined);
  return {
    id: quiz.id,
    title: cut(quiz.title, 80),
    questions: quiz.questions.map((q) => q.id),
    responses,
    ...markPaper(quiz.questions, responses),
    attempts: attempts.length,
    ...(best ? { best } : {}),
  };
}

function formPart(form: FormExercise, saved: FormValues | undefined): HandInForm {
  const values = normalizeValues(form, saved ?? emptyValues()).values;
  const { filled, total } = completion(form, values);
  return { id: form.id, title: cut(form.title, 80), values, filled, total };
}

function chatPart(chat: HandInLesson['chats'][number], saved: SavedChatPart): HandInChat {
  const { at, total, outcome, rubric } = saved.best;
  return {
    id: chat.id,
    title: cut(chat.title, 80),
    best: { at, total, ...(outcome === undefined ? {} : { outcome: cut(outcome, 40) }), rubric: rubric.map((r) => ({ id: cut(r.id, 40), label: cut(r.label, 40), points: r.points, max: r.max })) },
    count: saved.count,
  };
}

/** The content of the lesson's hand-in file, handed in by `student` at `now`. */
export function buildHandIn(lesson: HandInLesson, saved: HandInSaved, student: HandInStudent, now: number): HandInBody {
  const visit = saved.visits[lesson.code];
  return {
    ...handInHeader(now),
    student: { ...student },
    lesson: { code: lesson.code, title: cut(lesson.title, 80) },
    submittedAt: now,
    quizzes: lesson.quizzes.map((quiz) => quizPart(quiz, saved.quizzes[quiz.id])),
    forms: lesson.forms.map((form) => formPart(form, saved.forms[form.id])),
    // A chat never finished has no report to hand in.
    chats: lesson.chats.flatMap((chat) => {
      const report = saved.chats[chat.id];
      return report ? [chatPart(chat, report)] : [];
    }),
    ...(lesson.typing && saved.typing ? { typing: { at: saved.typing.at, speed: saved.typing.speed, accuracy: saved.typing.accuracy } } : {}),
    ...(visit ? { visits: { first: visit.first, last: visit.last, count: visit.count } } : {}),
  };
}

/** What the student is shown before handing in: how much of each kind of exercise the file holds. */
export interface HandInSummary {
  quizzes: { answered: number; total: number };
  forms: { filled: number; total: number };
  chats: { done: number; total: number };
}

/** How many quizzes have an answer, forms have a filled cell, and chats were finished. */
export function handInSummary(lesson: HandInLesson, body: HandInBody): HandInSummary {
  return {
    quizzes: { answered: body.quizzes.filter((q) => Object.keys(q.responses).length > 0).length, total: lesson.quizzes.length },
    forms: { filled: body.forms.filter((f) => f.filled > 0).length, total: lesson.forms.length },
    chats: { done: body.chats.length, total: lesson.chats.length },
  };
}

/** The score code of a lesson's hand-in, for the QR code the teacher scans. */
export function lessonScoreCode(body: HandInBody): ScoreCode {
  return { of: 'lesson', ref: body.lesson.code, student: body.student, submittedAt: body.submittedAt, entries: handInScores(body) };
}

/** How the file left the page (src/components/exercises/exam-paper/deliver.ts). */
type Delivery = 'shared' | 'downloaded' | 'cancelled' | 'wechat';

/** What the student is told after the hand-in file was (or could not be) handed over. */
export function handInDeliveryText(delivery: Delivery, fileName: string): string {
  switch (delivery) {
    case 'shared': return `已打开分享：把“${fileName}”发给老师。没发出去的话，再点一次“发送作业文件”。`;
    case 'downloaded': return `已下载“${fileName}”，一般在本设备的“下载”文件夹里。请按老师的要求把它交上去。`;
    case 'cancelled': return '作业文件没有分享出去。再点一次“发送作业文件”即可重新发送。';
    case 'wechat': return '请点右上角 ··· 选择“在浏览器中打开”后再下载';
  }
}

/** One line on what the file will hold, e.g. “小测已答 1/1 个，表格已填 2/5 张”; parts the lesson lacks are left out. */
export function summaryText(summary: HandInSummary): string {
  const parts = [
    summary.quizzes.total ? `小测已答 ${summary.quizzes.answered}/${summary.quizzes.total} 个` : '',
    summary.forms.total ? `表格已填 ${summary.forms.filled}/${summary.forms.total} 张` : '',
    summary.chats.total ? `模拟实战已完成 ${summary.chats.done}/${summary.chats.total} 个` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join('，')}。` : '本课没有小测、表格或模拟实战，文件只记录你读过本课。';
}

/** The file to hand in: its name and its text. */
export function handInFile(body: HandInBody): { name: string; text: string } {
  return { name: handInFileName(body.student.studentNo, body.lesson.code, new Date(body.submittedAt)), text: `${JSON.stringify(makeHandIn(body), null, 2)}\n` };
}
