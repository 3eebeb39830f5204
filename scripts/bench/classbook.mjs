// The class page's work on a whole class, timed in Node (the libraries the page runs): 50 students ×
// 27 lessons = 1,350 hand-in files read into an empty class book (addToBook) and the class matrix built
// (classMatrix); the same for 200 students, and a zip of the 1,350 files unzipped (readChosenFiles).
// The target is in docs/budgets.md.
import { performance } from 'node:perf_hooks';
import { zipSync, strToU8 } from 'fflate';
import { buildClassCatalog } from '../../src/lib/classbook/catalog.ts';
import { addToBook } from '../../src/lib/classbook/intake.ts';
import { classMatrix } from '../../src/lib/classbook/matrix.ts';
import { readChosenFiles } from '../../src/lib/classbook/read-files.ts';
import { emptyClassBook } from '../../src/lib/classbook/types.ts';
import { handInHeader, makeHandIn } from '../../src/lib/handin/format.ts';
import { lessonExercises } from '../../src/lib/progress/catalog.ts';
import { moduleLabel } from '../../src/lib/labels.ts';
import { examId } from '../../src/lib/quiz/exam.ts';
import { curriculum, outline } from '../../src/data/index.ts';
import { declaredExercises } from '../../src/data/members.ts';

/** What 50 students × 27 lessons may cost, read and shown, in ms. */
export const CLASSBOOK_TARGET_MS = 5_000;

/** The class catalog from src/data, as src/data/progress-catalog.ts builds it (without the MDX lessons). */
function catalog() {
  return buildClassCatalog(
    curriculum.modules.map((module) => ({
      number: module.number,
      label: moduleLabel(module),
      examId: module.kind === 'assessment' ? examId('final') : examId(module.number),
      lessons: outline.filter((l) => l.module === module.number).map((l) => ({ code: l.code, title: l.title, href: '', ...lessonExercises(l.code, declaredExercises) })),
    })),
    declaredExercises,
  );
}

/** One student's hand-in of one lesson: every quiz question answered, every form partly filled, every chat done. */
function handInText(lesson, s) {
  const at = Date.UTC(2026, 8, 1) + s * 60_000;
  const student = { studentNo: `2023-${String(s).padStart(4, '0')}`, name: `学生${s}`, className: '电商2301' };
  const file = makeHandIn({
    ...handInHeader(at),
    student,
    lesson: { code: lesson.code, title: lesson.title },
    submittedAt: at,
    quizzes: lesson.quizzes.map((q) => ({ id: q.id, title: q.title, questions: q.questions, responses: Object.fromEntries(q.questions.map((id) => [id, { type: 'short', text: '客服应当先致歉，再核实订单信息，最后给出处理方案并跟进。', checked: [] }])), marked: { points: s % 8, max: 8 }, pending: [], attempts: 1 })),
    forms: lesson.forms.map((f) => ({ id: f.id, title: f.title, values: { name: student.name, className: student.className, cells: { r1: { c1: '已填写的内容'.repeat(4) }, r2: { c1: '第二行' } }, added: [] }, filled: 2, total: 6 })),
    chats: lesson.chats.map((c) => ({ id: c.id, title: c.title, best: { at, total: 60 + (s % 40), rubric: [{ id: 'polite', label: '礼貌', points: 20, max: 20 }] }, count: 1 })),
  });
  return JSON.stringify(file, null, 2);
}

function timed(fn) {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** The class page's figures: read + matrix for 50 and 200 students, and unzipping the 50-student class. */
export function classbookSpeed() {
  const cat = catalog();
  const results = [];
  for (const students of [50, 200]) {
    const inputs = [];
    for (let s = 0; s < students; s++) for (const lesson of cat.lessons) inputs.push({ kind: 'file', name: `${s}-${lesson.code}.json`, text: handInText(lesson, s) });
    const read = timed(() => addToBook(emptyClassBook(), inputs, cat, Date.now()));
    const matrix = timed(() => classMatrix(read.value.book, cat, { sort: { by: 'completion' } }));
    const bytes = inputs.reduce((n, i) => n + i.text.length, 0);
    results.push({ students, files: inputs.length, bytes, readMs: read.ms, matrixMs: matrix.ms, ms: read.ms + matrix.ms, added: read.value.outcomes.filter((o) => o.status === '新增').length });
    if (students === 50) {
      const zip = zipSync(Object.fromEntries(inputs.map((i) => [i.name, strToU8(i.text)])));
      const unzip = timed(() => readChosenFiles([{ name: 'class.zip', bytes: zip }]));
      results.push({ zip: true, files: unzip.value.files.length, zipBytes: zip.length, ms: unzip.ms });
    }
  }
  return results;
}
