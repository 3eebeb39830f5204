import type { FormExercise } from '../../schemas/form.ts';
import type { FormValues } from '../form/values.ts';
import type { Question, Response } from '../quiz/types.ts';
import type { ClassBook, ClassRecord, Mark } from './types.ts';

/**
 * What item analysis, marking and similar-work flags need to know of the course (src/lib/classbook/
 * item-analysis.ts, marking.ts, similarity.ts), and the answers they read from the class book
 * (src/lib/classbook/types.ts). The class page builds the catalog from src/data/; tests build small ones.
 */

/** One quiz of a lesson or one exam, with its questions. */
export interface AnalysisQuiz {
  /** The class book's item: `lesson:1.1` or `exam-m1`. */
  item: string;
  /** The quiz ID in a hand-in file (`quizzes[].id`) or the exam ID of an answer file (`exam.id`). */
  id: string;
  title: string;
  /** Every question the quiz or exam can ask (an exam's papers are drawn from these). */
  questions: Question[];
}

/** One form of a lesson. */
export interface AnalysisForm {
  /** The class book's item: `lesson:1.1`. */
  item: string;
  /** The form ID in a hand-in file (`forms[].id`). */
  id: string;
  title: string;
  form: FormExercise;
}

/** The quizzes, exams and forms the class page can analyse and mark. */
export interface AnalysisCatalog {
  quizzes: AnalysisQuiz[];
  forms: AnalysisForm[];
}

/** Props of the views of the class book in src/components/classbook/: item analysis, marking, similar work. */
export interface ClassBookViewProps {
  book: ClassBook;
  catalog: AnalysisCatalog;
  /** Called with `markKey(studentNo, item, part)` and the mark whenever the teacher saves one. */
  onmark?: (key: string, mark: Mark) => void;
}

/** A student as the analysis names them. */
export interface StudentRef {
  studentNo: string;
  name: string;
}

/** One student's answers to one quiz or exam. */
export interface StudentAnswers extends StudentRef {
  /** IDs of the questions this student was asked (an exam paper holds some of the bank). */
  asked: string[];
  responses: Record<string, Response>;
}

/** One student's form. */
export interface StudentForm extends StudentRef {
  values: FormValues;
}

/** What the class book holds for one quiz, exam or form. */
export interface Collected<T> {
  students: T[];
  /** Students who only showed a score code: scores without answers, left out. */
  scoreOnly: StudentRef[];
}

/** Every record of an item with its student, in 学号 order. */
function recordsOf(book: ClassBook, item: string): { studentNo: string; name: string; record: ClassRecord }[] {
  return Object.entries(book.records)
    .map(([key, record]) => ({ key: key.split('|'), record }))
    .filter(({ key }) => key[1] === item)
    .map(({ key, record }) => {
      const studentNo = key[0]!;
      const fromFile = record.source === 'score-code' ? record.code.student.name : record.file.student.name;
      return { studentNo, name: book.students[studentNo]?.name ?? fromFile, record };
    })
    .sort((a, b) => a.studentNo.localeCompare(b.studentNo));
}

/** The students' answers to one quiz or exam: from hand-in files' quizzes and from answer files. */
export function collectQuiz(book: ClassBook, quiz: AnalysisQuiz): Collected<StudentAnswers> {
  const out: Collected<StudentAnswers> = { students: [], scoreOnly: [] };
  for (const { studentNo, name, record } of recordsOf(book, quiz.item)) {
    if (record.source === 'score-code') out.scoreOnly.push({ studentNo, name });
    else if (record.source === 'answers') {
      if (record.file.exam.id === quiz.id) out.students.push({ studentNo, name, asked: record.file.exam.questions, responses: record.file.responses });
    } else {
      const handed = record.file.quizzes.find((q) => q.id === quiz.id);
      if (handed) out.students.push({ studentNo, name, asked: handed.questions, responses: handed.responses });
    }
  }
  return out;
}

/** The students' copies of one form, from hand-in files. */
export function collectForm(book: ClassBook, form: AnalysisForm): Collected<StudentForm> {
  const out: Collected<StudentForm> = { students: [], scoreOnly: [] };
  for (const { studentNo, name, record } of recordsOf(book, form.item)) {
    if (record.source === 'score-code') out.scoreOnly.push({ studentNo, name });
    else if (record.source === 'handin') {
      const handed = record.file.forms.find((f) => f.id === form.id);
      if (handed) out.students.push({ studentNo, name, values: handed.values });
    }
  }
  return out;
}

/** A question's prompt in one line of at most `max` characters, blanks shown as ____. */
export function shortPrompt(prompt: string, max = 40): string {
  const line = prompt.replace(/\{\{[a-z0-9-]+\}\}/g, '____').replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The short-answer questions of a quiz. */
export const shortQuestions = (quiz: AnalysisQuiz) => quiz.questions.filter((q): q is Extract<Question, { type: 'short' }> => q.type === 'short');
