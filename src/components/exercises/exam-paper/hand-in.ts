import { answerFileHeader, type AnswerFileBody } from '../../../lib/quiz/answer-file.ts';
import { courseFileName } from '../../../lib/course-file.ts';
import { releaseCode } from '../../../lib/quiz/exam.ts';
import { markPaper } from '../../../lib/quiz/mark.ts';
import type { Question, Response } from '../../../lib/quiz/types.ts';
import type { SavedPaper } from '../../../stores/quiz.ts';

/**
 * What happens to an exam paper after 交卷, as pure functions of the saved paper: what the site marks,
 * what waits for the teacher, the answer file's content, and when answers show.
 */

export { markPaper };

/** A paper that was handed in by a named student. */
export type HandedPaper = SavedPaper & Required<Pick<SavedPaper, 'submitted' | 'student'>>;

/** Whether a paper was handed in by a named student (older papers have no answer file). */
export const isHanded = (paper: SavedPaper | undefined): paper is HandedPaper => Boolean(paper?.submitted && paper.student);

/**
 * The content of a handed-in paper's answer file (src/lib/quiz/answer-file.ts): the questions in the
 * order shown, every answer as the student saw it (`responses` as `shownResponse` gives them).
 */
export function answerBody(exam: { id: string; title: string }, paper: HandedPaper, questions: readonly Question[], responses: Readonly<Record<string, Response>>): AnswerFileBody {
  return {
    ...answerFileHeader(paper.submitted),
    exam: { id: exam.id, title: exam.title, code: paper.seed, limit: paper.limit, questions: [...paper.ids] },
    student: { ...paper.student },
    startedAt: paper.started,
    submittedAt: paper.submitted,
    responses: Object.fromEntries(questions.flatMap((q) => (responses[q.id] ? [[q.id, responses[q.id]!]] : []))),
    ...markPaper(questions, responses),
  };
}

/** The answer file's name (the rule of src/lib/course-file.ts). @example answerFileName('2023-0415', 'K7M2QX', new Date(2026, 11, 5)) === '答题-2023-0415-K7M2QX-2026-12-05.json' */
export const answerFileName = (studentNo: string, code: string, submitted: Date) => courseFileName(['答题', studentNo, code], submitted, 'json');

/** Whether the page runs in WeChat's in-app browser, which does not save downloads. */
export const isWeChat = (userAgent: string) => /MicroMessenger/i.test(userAgent);

/** Whether a student typed the paper's 查看码 (full-width digits and spaces are forgiven). */
export const isReleaseCode = (code: string, typed: string) => typed.normalize('NFKC').replace(/\s+/g, '') === releaseCode(code);

/** Whether a paper's answers and explanations show: after 交卷, at once or once the 查看码 was typed. */
export const answersShown = (paper: SavedPaper) => Boolean(paper.submitted) && (paper.reveal !== 'code' || Boolean(paper.released));

/** How the answer file left the page. */
export type Delivery = 'shared' | 'downloaded' | 'cancelled' | 'wechat';

/** What the student is told after the answer file was (or could not be) handed over. */
export function deliveryText(delivery: Delivery, fileName: string): string {
  switch (delivery) {
    case 'shared': return `已打开分享：把“${fileName}”发给老师。没发出去的话，点“再次下载答题文件”。`;
    case 'downloaded': return `已下载“${fileName}”，一般在本设备的“下载”文件夹里。`;
    case 'cancelled': return '答题文件没有分享出去。点“再次下载答题文件”保存后再交。';
    case 'wechat': return '请点右上角 ··· 选择“在浏览器中打开”后再下载';
  }
}
