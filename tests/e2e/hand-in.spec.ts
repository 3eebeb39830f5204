import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { questionsByIds } from '../../src/data/questions/index.ts';
import { lessonQuiz } from '../../src/data/quizzes/index.ts';
import { handInScores, readHandIn, readScoreCode } from '../../src/lib/handin/format.ts';
import { answerRight, hydrated, questionCard } from './quiz-helpers.ts';
import { axe, axeProblems, base, islandsReady, settle } from './site.ts';

const student = { studentNo: '2023-0415', name: '林小悦', className: '电商2301' };
const quiz = lessonQuiz('lesson-1-1')!;
const first = questionsByIds(quiz.questions, 'hand-in.spec')[0]!;

/** The 提交给老师 section of a lesson page. */
const section = (page: Page) => page.locator('section.handin');

/** Opens 提交给老师 (the island loads on this first click). */
async function openHandIn(page: Page) {
  const handIn = section(page);
  await handIn.getByRole('button', { name: '提交给老师' }).click();
  await expect(handIn.getByText('将交给老师：')).toBeVisible();
  return handIn;
}

/** Types 学号 / 姓名 / 班级 into the section's fields. */
async function fillStudent(handIn: Locator) {
  await handIn.getByLabel('学号').fill(student.studentNo);
  await handIn.getByLabel('姓名（可选）').fill(student.name);
  await handIn.getByLabel('班级（可选）').fill(student.className);
}

/** Decodes the QR code on screen. */
async function scan(code: Locator) {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
}

test('a student hands in lesson 1.1 with a quiz answer and a form cell; the file reads back; lesson 1.2 does not ask who again', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${base}lessons/1-1/`);
  await islandsReady(page);
  const quizSection = page.locator('section.quiz').first();
  await hydrated(quizSection);
  await answerRight(page, questionCard(quizSection, 1), first);
  const form = page.locator('section.form-table').filter({ has: page.getByRole('heading', { name: '表1-1 海尔集团售后服务' }) });
  await form.scrollIntoViewIfNeeded();
  await expect(form).toHaveAttribute('data-ready', 'true');
  await form.getByLabel('海尔集团服务理念 - 查询结果').fill('真诚到永远');
  await expect(form.getByText('已填 1 / 5 格')).toBeVisible();

  const handIn = await openHandIn(page);
  await expect(handIn.getByText('将交给老师：')).toContainText('小测已答 1/2 个，表格已填 1/5 张。');
  // Nothing is asked for in vain: a wrong 学号 says what to fix and keeps the panel open.
  await handIn.getByLabel('学号').fill('2023 0415!');
  await handIn.getByRole('button', { name: '发送作业文件' }).click();
  await expect(handIn.getByText('学号只能包含字母、数字和短横线')).toBeVisible();
  await expect(handIn.getByLabel('学号')).toHaveAttribute('aria-invalid', 'true');
  await fillStudent(handIn);
  const [download] = await Promise.all([page.waitForEvent('download'), handIn.getByRole('button', { name: '发送作业文件' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^作业-2023-0415-第1\.1课-\d{4}-\d\d-\d\d\.json$/);
  await expect(handIn.getByRole('status').filter({ hasText: '已下载' })).toContainText(download.suggestedFilename());

  const read = readHandIn(readFileSync((await download.path())!, 'utf8'));
  expect(read.ok, read.ok ? '' : read.reason).toBe(true);
  if (!read.ok) return;
  expect(read.file.student).toEqual(student);
  expect(read.file.lesson.code).toBe('1.1');
  const handedQuiz = read.file.quizzes.find((q) => q.id === 'lesson-1-1')!;
  expect(Object.keys(handedQuiz.responses)).toEqual([first.id]);
  expect(handedQuiz.marked.points).toBe(first.points);
  const handedForm = read.file.forms.find((f) => f.id === 'm1.form.haier-service')!;
  expect(handedForm.values.cells).toEqual({ philosophy: { result: '真诚到永远' } });
  expect([handedForm.filled, handedForm.total]).toEqual([1, 5]);

  // The score code holds the same scores as the file; its 核对码 shows beside the code.
  await handIn.getByRole('button', { name: '显示成绩二维码' }).click();
  const qr = handIn.getByRole('img', { name: /成绩二维码/ });
  await expect(qr).toBeVisible();
  const box = (await qr.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(280);
  const scanned = readScoreCode(await scan(qr));
  expect(scanned.ok, scanned.ok ? '' : scanned.reason).toBe(true);
  if (!scanned.ok) return;
  expect(scanned.code.of).toBe('lesson');
  expect(scanned.code.ref).toBe('1.1');
  expect(scanned.code.student).toEqual(student);
  expect(scanned.code.entries).toEqual(handInScores(read.file));
  const text = await handIn.locator('.code-text').textContent();
  await expect(handIn.locator('.check-code')).toHaveText(text!.split('|').at(-1)!);
  await handIn.getByRole('button', { name: '复制成绩码' }).click();
  await expect(handIn.getByRole('status').filter({ hasText: '成绩码已复制' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  // Keyboard and screen readers: axe-clean, no sideways scroll at 360 px.
  await page.setViewportSize({ width: 360, height: 740 });
  await settle(page);
  expect(axeProblems(await axe(page).include('section.handin').analyze())).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Lesson 1.2: who hands in is remembered, so the file goes at once.
  await page.goto(`${base}lessons/1-2/`);
  await islandsReady(page);
  const next = await openHandIn(page);
  await expect(next.getByLabel('学号')).toHaveCount(0);
  await expect(next.getByText('提交人：学号 2023-0415')).toBeVisible();
  const [again] = await Promise.all([page.waitForEvent('download'), next.getByRole('button', { name: '发送作业文件' }).click()]);
  expect(again.suggestedFilename()).toMatch(/^作业-2023-0415-第1\.2课-/);
});

test('in WeChat’s in-app browser the student is told to open the page in a browser, and no download is attempted', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.47', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.goto(`${base}lessons/1-1/`);
  await islandsReady(page);
  const handIn = await openHandIn(page);
  await fillStudent(handIn);
  expect(axeProblems(await axe(page).include('section.handin').analyze())).toEqual([]);
  await handIn.getByRole('button', { name: '发送作业文件' }).click();
  await expect(handIn.getByRole('status').filter({ hasText: '请点右上角' })).toHaveText('请点右上角 ··· 选择“在浏览器中打开”后再下载');
  await page.waitForTimeout(500);
  expect(downloads).toEqual([]);
  await context.close();
});

test('an exam’s result shows a QR code of its score', async ({ page }) => {
  await page.goto(`${base}tests/1/`);
  await expect(page.locator('section.exam')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('学号').fill('2023-0416');
  await page.getByLabel('题量').selectOption('5');
  await page.getByRole('button', { name: '开始答题' }).click();
  await page.getByRole('button', { name: '交卷' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '确定交卷' }).click()]);
  const result = await page.getByRole('status').filter({ hasText: '已判分部分' }).textContent();
  const [, points, max] = /([\d.]+) \/ ([\d.]+) 分/.exec(result!)!;

  await page.getByRole('button', { name: '显示成绩二维码' }).click();
  const qr = page.getByRole('img', { name: /成绩二维码/ });
  const scanned = readScoreCode(await scan(qr));
  expect(scanned.ok, scanned.ok ? '' : scanned.reason).toBe(true);
  if (!scanned.ok) return;
  expect(scanned.code.of).toBe('exam');
  expect(scanned.code.ref).toBe('exam-m1');
  expect(scanned.code.student.studentNo).toBe('2023-0416');
  expect(scanned.code.entries).toEqual([{ kind: 'exam', id: 'exam-m1', points: Number(points), max: Number(max) }]);
  expect(axeProblems(await axe(page).include('section.exam').analyze())).toEqual([]);
});
