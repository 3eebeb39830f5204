import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { renderSVG } from 'uqr';
import { forms } from '../../src/data/forms/index.ts';
import { gradeBandsData, gradingSchemesData } from '../../src/data/grading.ts';
import { handInLesson } from '../../src/data/hand-in.ts';
import { bankOf } from '../../src/data/questions/index.ts';
import { lessonQuizData } from '../../src/data/quizzes/lessons.ts';
import { scenarios } from '../../src/data/scenarios/index.ts';
import { expandAnalysisCatalog, type AnalysisCatalogFile } from '../../src/lib/classbook/analysis-catalog.ts';
import { analyseQuiz } from '../../src/lib/classbook/item-analysis.ts';
import type { ClassBook } from '../../src/lib/classbook/types.ts';
import { defaultMapping, evidenceRows, evidenceTable, type EvidenceCatalog } from '../../src/lib/grade/evidence.ts';
import { autoMapColumns, evaluateRoster, formatScore, readRoster, type GradingScheme } from '../../src/lib/grade/index.ts';
import { buildHandIn, lessonScoreCode } from '../../src/lib/handin/build.ts';
import { makeHandIn, scoreCodeText } from '../../src/lib/handin/format.ts';
import { answerFileHeader, answerFileText, makeAnswerFile } from '../../src/lib/quiz/answer-file.ts';
import { answerKey } from '../../src/lib/quiz/grade.ts';
import { markPaper } from '../../src/lib/quiz/mark.ts';
import type { Question, Response } from '../../src/lib/quiz/types.ts';
import { axe, axeProblems, base } from './site.ts';

// A whole class, played end to end: 30 students hand in lesson 1.1 and the module-1 test (25 as files
// in a zip, 5 as score codes: pasted or a QR screenshot); the teacher reads them into the class book,
// marks short answers, reads the item analysis, and fills the grade calculator from the book. Every
// figure the pages show is checked against the library's own computation on the same data.

const start = Date.UTC(2026, 10, 20, 2, 0);
const students = Array.from({ length: 30 }, (_, k) => ({ studentNo: `2025-${String(k + 1).padStart(3, '0')}`, name: `学生${k + 1}`, className: '电商2501' }));
const lesson = handInLesson('1.1', '认识电子商务客户服务', false);
const examQuestions = bankOf(1)!.questions.filter((q) => q.type !== 'ordering' && q.type !== 'matching').slice(0, 12);

/** Whether student `k` gets question `j` right: abler students (higher k) more often, spread so items differ. */
const right = (k: number, j: number) => ((k * 7 + j * 13) % 31) / 31 < (k + 3) / 33;

/** The student's answer: the key when right; otherwise a wrong choice, a wrong order, or nothing. */
function respond(q: Question, correct: boolean, k: number): Response {
  const key = answerKey(q);
  if (key.type === 'short') return { type: 'short', text: `第${k + 1}位同学：${correct ? '先说明商品的特点和优势，再讲能给顾客带来的利益。' : '东西挺好的。'}`, checked: [] };
  if (correct) return key;
  switch (key.type) {
    case 'single': return { type: 'single', choice: (q as Extract<Question, { type: 'single' }>).options.find((o) => o.id !== key.choice)!.id };
    case 'truefalse': return { type: 'truefalse', value: !key.value };
    case 'multiple': return { type: 'multiple', choices: (q as Extract<Question, { type: 'multiple' }>).options.filter((o) => !key.choices.includes(o.id)).slice(0, 1).map((o) => o.id) };
    case 'ordering': return { type: 'ordering', order: [...key.order].reverse() };
    case 'blank': return { type: 'blank', values: {} };
    case 'matching': return { type: 'matching', placements: {} };
  }
}

const handIns = students.map((student, k) => {
  const quiz = lesson.quizzes[0]!;
  const responses = Object.fromEntries(quiz.questions.map((q, j) => [q.id, respond(q, right(k, j), k)]));
  const marks = markPaper(quiz.questions, responses);
  const at = start + k * 60_000;
  return makeHandIn(buildHandIn(lesson, { quizzes: { [quiz.id]: { responses, attempts: [{ at, ...marks.marked }] } }, forms: {}, chats: {}, visits: {} }, student, at));
});
const answerFiles = students.map((student, k) => {
  const responses = Object.fromEntries(examQuestions.map((q, j) => [q.id, respond(q, right(k, j + 5), k)]));
  const at = start + 86_400_000 + k * 60_000;
  return makeAnswerFile({
    ...answerFileHeader(at),
    exam: { id: 'exam-m1', title: '模块1 单元测验', code: 'M1A', limit: 30, questions: examQuestions.map((q) => q.id) },
    student,
    startedAt: at - 1_500_000,
    submittedAt: at,
    responses,
    ...markPaper(examQuestions, responses),
  });
});
const examCode = (k: number) => {
  const file = answerFiles[k]!;
  return scoreCodeText({ of: 'exam', ref: 'exam-m1', student: file.student, submittedAt: file.submittedAt, entries: [{ kind: 'exam', id: 'exam-m1', points: file.marked.points, max: file.marked.max }] });
};

/** The grade calculator's catalog of evidence, from the same declarations the site builds it from. */
const evidenceCatalog: EvidenceCatalog = {
  lessons: [...new Set(lessonQuizData.map((q) => q.lesson))].map((code) => ({
    code,
    module: Number(code.split('.')[0]),
    quizzes: lessonQuizData.filter((q) => q.lesson === code).map((q) => q.id),
    forms: Object.values(forms).filter((f) => f.lesson === code).map((f) => f.id),
    chats: scenarios.filter((s) => s.lesson === code).map((s) => s.id),
  })),
  exams: [...Array.from({ length: 8 }, (_, m) => ({ id: `exam-m${m + 1}`, module: m + 1, title: `模块${m + 1}` })), { id: 'exam-final', module: 'final' as const, title: '期末' }],
};

/** The class book as the page saved it (src/stores/class-book.ts: idb-keyval, database kefu-class-book). */
const savedBook = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<ClassBook>((resolve, reject) => {
        const open = indexedDB.open('kefu-class-book');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('books').objectStore('books').get('v1');
          get.onsuccess = () => resolve(get.result as ClassBook);
          get.onerror = () => reject(get.error);
        };
      }),
  );

test('a class of 30 hands in lesson 1.1 and the module-1 test; the teacher reads, marks, analyses and grades from the evidence', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto(`${base}teacher/class/`);
  await expect(page.getByTestId('storage')).toContainText('IndexedDB');
  await page.getByLabel('班级名称').fill('电商2501');
  await page.getByLabel('班级名称').press('Tab');

  // 25 students send files: one zip, as a class representative would collect them from the QQ group.
  const zip = new JSZip();
  for (let k = 0; k < 25; k++) {
    zip.file(`第1.1课/${students[k]!.studentNo}.json`, `${JSON.stringify(handIns[k], null, 2)}\n`);
    zip.file(`单元测验/${students[k]!.studentNo}.json`, answerFileText(answerFiles[k]!));
  }
  await page.locator('input[type="file"][multiple]').setInputFiles({ name: '电商2501-作业.zip', mimeType: 'application/zip', buffer: await zip.generateAsync({ type: 'nodebuffer' }) });
  await expect(page.getByRole('status').first()).toContainText('共 50 项，新增 50');

  // 5 students show score codes: four are pasted, one lesson code is a screenshot of the QR code.
  const codes = [25, 26, 27, 28].flatMap((k) => [scoreCodeText(lessonScoreCode(handIns[k]!)), examCode(k)]);
  await page.getByLabel(/粘贴成绩码/).fill([...codes, examCode(29)].join('\n'));
  await page.getByRole('button', { name: '添加成绩码' }).click();
  await expect(page.getByRole('status').first()).toContainText('共 9 项，新增 9');
  const painter = await browser.newPage({ viewport: { width: 600, height: 600 } });
  await painter.setContent(`<body style="margin:0;background:#fff">${renderSVG(scoreCodeText(lessonScoreCode(handIns[29]!)), { border: 4, pixelSize: 4 })}</body>`);
  const png = await painter.screenshot();
  await painter.close();
  await page.getByLabel('上传二维码截图').setInputFiles({ name: '学生30.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByText('已识别图片“学生30.png”中的二维码')).toBeVisible();

  const matrix = page.locator('table.matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(30);
  // The book is written to IndexedDB just after the table shows the last row: wait for the write.
  await expect.poll(async () => Object.keys((await savedBook(page)).records).length).toBe(60);

  // Marking: the teacher marks the short answer of lesson 1.1 for three students, by keyboard.
  await page.getByRole('button', { name: '打开批改与分析' }).click();
  const marking = page.locator('section.marking');
  await expect(marking.getByRole('heading', { name: '批改简答题和表格' })).toBeVisible();
  // Lesson 1.1's short answer is in its 课后练习 (the 课堂小测 holds quick items only).
  const short = lesson.quizzes.flatMap((q) => q.questions).find((q) => q.type === 'short') as Extract<Question, { type: 'short' }>;
  await marking.getByLabel('选择要批改的题目或表格').selectOption({ label: (await marking.getByLabel('选择要批改的题目或表格').locator('option').allTextContents()).find((l) => l.includes('1.1'))! });
  await expect(marking).toContainText('还有 25 份未批改');
  for (const ticks of [[0], [0, 1], []]) {
    for (const i of ticks) await marking.getByRole('checkbox').nth(i).check();
    await marking.getByRole('button', { name: '保存并看下一位' }).click();
    await expect(marking.getByRole('status')).toContainText('已保存');
  }
  await expect(marking).toContainText('还有 22 份未批改');
  const marked = await savedBook(page);
  const markPoints = Object.values(marked.marks).map((m) => m.points).sort();
  const per = short.points / short.checklist.length;
  expect(markPoints).toEqual([0, per, 2 * per].map((p) => Math.round(p * 100) / 100).sort());

  // Item analysis: the page's figures are the library's on the same book and catalog.
  const catalog = expandAnalysisCatalog((await (await page.request.get(`${base}teacher/class-analysis.json`)).json()) as AnalysisCatalogFile);
  const analysis = page.locator('section.item-analysis');
  const exam = catalog.quizzes.find((q) => q.id === 'exam-m1')!;
  await analysis.getByRole('combobox').selectOption({ label: (await analysis.getByRole('combobox').locator('option').allTextContents()).find((l) => l.includes(exam.title))! });
  const expected = analyseQuiz(marked, exam);
  const rows = analysis.locator('tbody tr');
  await expect(rows).toHaveCount(expected.questions.length);
  for (const [n, row] of expected.questions.entries()) {
    await expect(rows.nth(n).locator('td').nth(0)).toContainText(row.p === null ? '—' : row.p.toFixed(2));
    await expect(rows.nth(n).locator('td').nth(1)).toContainText(row.d === null ? '—' : row.d.toFixed(2));
  }

  // Grades: the calculator reads the class book; its export matches the library's computation.
  await page.goto(`${base}teacher/grades/`);
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '读取班级成绩册' }).click();
  await page.getByRole('button', { name: '用这些成绩填入成绩表' }).click();
  await expect(page.getByText('已从班级成绩册读取 30 行')).toBeVisible();
  const scheme = gradingSchemesData[0] as GradingScheme;
  const [header, ...body] = evidenceTable(evidenceRows(marked, evidenceCatalog, defaultMapping(scheme, evidenceCatalog)), scheme, {});
  const outcomes = evaluateRoster(readRoster(body, autoMapColumns(header!, scheme), scheme), scheme, { blank: 'exclude', bands: gradeBandsData });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const csv = Papa.parse<string[]>((await readFile(await (await download).path(), 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const totalAt = csv[0]!.findIndex((h) => h.includes('总评'));
  expect(totalAt).toBeGreaterThan(0);
  expect(csv.slice(1).map((row) => row[totalAt])).toEqual(outcomes.map((o) => (o.status === 'scored' ? formatScore(o.result!.total!) : '')));
  // Every student has a total: each handed in something that counts.
  expect(outcomes.every((o) => o.status === 'scored')).toBe(true);
});

test('at 360 px 批改与分析 fits the phone and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${base}teacher/class/`);
  await expect(page.getByTestId('storage')).toContainText('IndexedDB');
  await page.locator('input[type="file"][multiple]').setInputFiles(handIns.slice(0, 3).map((file, k) => ({ name: `${k}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })));
  await expect(page.locator('table.matrix tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: '打开批改与分析' }).click();
  await expect(page.locator('section.marking')).toContainText('还有 3 份未批改');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(axeProblems(await axe(page).analyze())).toEqual([]);
});
