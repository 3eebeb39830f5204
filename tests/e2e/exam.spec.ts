import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readAnswerFile, readOutCode } from '../../src/lib/quiz/answer-file.ts';
import { releaseCode } from '../../src/lib/quiz/exam.ts';
import { hydrated } from './quiz-helpers.ts';
import { axe, axeProblems, base } from './site.ts';

interface Sitting {
  studentNo: string;
  code?: string;
  size?: string;
  limit?: string;
  reveal?: '老师公布查看码后才能看' | '交卷后立即显示';
}

/** Opens an exam page and starts a paper as the student would. */
async function sit(page: Page, path: string, { studentNo, code = 'K7M2QX', size = '5', limit, reveal }: Sitting) {
  await page.goto(`${base}${path}`);
  await expect(page.locator('section.exam')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('学号').fill(studentNo);
  await page.getByLabel('试卷编号（可选）').fill(code);
  await page.getByLabel('题量').selectOption(size);
  if (limit) await page.getByLabel('限时').selectOption(limit);
  if (reveal) await page.getByLabel(reveal).check();
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('article.question').first()).toBeVisible();
}

/** The questions of the paper on screen, by ID, in the order shown. */
const shownIds = (page: Page) => page.locator('article.question').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-labelledby')));

/** Hands the paper in and returns the answer file the page saves. */
async function handIn(page: Page) {
  await page.getByRole('button', { name: '交卷' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '确定交卷' }).click()]);
  return download;
}

/** A fresh browser (its own storage) sitting the final exam. */
async function paperIn(browser: Browser, studentNo: string) {
  const page = await browser.newPage();
  await sit(page, 'tests/final/', { studentNo, size: '20' });
  const paper = { ids: await shownIds(page), line: await page.locator('.paper-line').textContent() };
  await page.close();
  return paper;
}

test('two students with the same code get different papers of the same size and full marks; the same 学号 gets the same paper', async ({ browser }) => {
  const a = await paperIn(browser, '2023-0101');
  const b = await paperIn(browser, '2023-0102');
  const again = await paperIn(browser, '2023-0101');
  expect(a.ids).toHaveLength(20);
  expect(b.ids).toHaveLength(20);
  expect(b.ids).not.toEqual(a.ids);
  expect(a.line!.replace(/学号 [\w-]+ · /, '')).toBe(b.line!.replace(/学号 [\w-]+ · /, ''));
  expect(a.line).toMatch(/试卷编号 K7M2QX · 学号 2023-0101 · 20 题 · 满分 \d+ 分/);
  expect(again.ids).toEqual(a.ids);
});

test('answers stay hidden after 交卷 until the teacher’s 查看码; a wrong one is refused', async ({ page }) => {
  await sit(page, 'tests/1/', { studentNo: '2023-0201' });
  await handIn(page);
  await expect(page.getByRole('status').filter({ hasText: '已判分部分' })).toContainText(/已判分部分（客观题）：[\d.]+ \/ [\d.]+ 分/);
  await expect(page.locator('article.question')).toHaveCount(0);
  await expect(page.locator('.explanation')).toHaveCount(0);
  expect(axeProblems(await axe(page).include('section.exam').analyze())).toEqual([]);

  const right = releaseCode('K7M2QX');
  const wrong = right === '0000' ? '1111' : '0000';
  await page.getByLabel('查看码').fill(wrong);
  await page.getByRole('button', { name: '查看答案' }).click();
  await expect(page.getByRole('alert')).toContainText(`查看码“${wrong}”不对`);
  await expect(page.getByLabel('查看码')).toHaveValue(wrong);
  await expect(page.locator('.explanation')).toHaveCount(0);

  await page.getByLabel('查看码').fill(right);
  await page.getByRole('button', { name: '查看答案' }).click();
  await expect(page.locator('article.question')).toHaveCount(5);
  await expect(page.locator('.explanation')).toHaveCount(5);
  await expect(page.locator('textarea, article.question input:not([disabled])')).toHaveCount(0);
  expect(axeProblems(await axe(page).include('section.exam').analyze())).toEqual([]);

  // Released stays released after a reload; a new paper starts with the 学号 already filled in.
  await page.reload();
  await expect(page.locator('.explanation')).toHaveCount(5);
  await page.getByRole('button', { name: '再做一份新试卷' }).click();
  await page.getByRole('button', { name: '开始新试卷' }).click();
  await expect(page.getByLabel('学号')).toHaveValue('2023-0201');
});

test('the answer file reads back and its 核对码 is the one on screen; it downloads again unchanged', async ({ page }) => {
  await sit(page, 'tests/final/', { studentNo: 'ds2023-7', reveal: '交卷后立即显示' });
  const ids = await shownIds(page);
  const download = await handIn(page);
  expect(download.suggestedFilename()).toMatch(/^答题-DS2023-7-K7M2QX-\d{4}-\d\d-\d\d\.json$/);
  const text = readFileSync((await download.path())!, 'utf8');
  const read = readAnswerFile(text);
  expect(read.ok, read.ok ? '' : read.reason).toBe(true);
  if (!read.ok) return;
  const { file } = read;
  expect(file.exam).toMatchObject({ id: 'exam-final', title: '期末模拟考试', code: 'K7M2QX', limit: 0 });
  expect(file.exam.questions.map((id) => `q-${id.replaceAll('.', '-')}-h`)).toEqual(ids);
  expect(file.student).toEqual({ studentNo: 'DS2023-7', name: '', className: '' });
  expect(file.submittedAt).toBeGreaterThanOrEqual(file.startedAt);
  await expect(page.locator('.check-code')).toHaveText(readOutCode(file.checksum));
  await expect(page.getByRole('status').filter({ hasText: '已下载' })).toContainText(download.suggestedFilename());
  // 交卷后立即显示: the answers are there at once, short answers wait for the teacher.
  await expect(page.locator('.explanation')).toHaveCount(5);
  const pending = file.pending.length;
  await expect(page.locator('article.question[data-state="pending"]')).toHaveCount(pending);
  if (pending) await expect(page.getByRole('status').filter({ hasText: '已判分部分' })).toContainText('待老师阅卷');

  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '再次下载答题文件' }).click()]);
  expect(readFileSync((await again.path())!, 'utf8')).toBe(text);
});

test('a reload mid-exam keeps the paper, the answers and the timer', async ({ page }) => {
  await sit(page, 'tests/2/', { studentNo: '2023-0301', size: '10', limit: '10' });
  const ids = await shownIds(page);
  const card = page.locator('article.question').filter({ has: page.locator('input[type="radio"]') }).first();
  const choice = await card.locator('input[type="radio"]').nth(1).getAttribute('value');
  await card.locator('input[type="radio"]').nth(1).check();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveAccessibleName('剩余时间');
  await expect(timer).toHaveText(/剩余 (10:00|9:\d\d)/);
  // The timer stays in view while the student scrolls to the last question.
  await page.locator('article.question').last().scrollIntoViewIfNeeded();
  await expect(timer).toBeInViewport();

  // Let a second pass, so a timer that restarted would show 10:00 again.
  await page.waitForTimeout(1100);
  await page.reload();
  await expect(page.locator('section.exam')).toHaveAttribute('data-ready', 'true');
  expect(await shownIds(page)).toEqual(ids);
  await expect(card.locator(`input[type="radio"][value="${choice}"]`)).toBeChecked();
  await expect(page.getByRole('timer')).toHaveText(/剩余 9:\d\d/);
  await expect(page.getByText('试卷编号 K7M2QX · 学号 2023-0301 · 10 题')).toBeVisible();
});

test('the timer warns once at 5 minutes and at 1 minute, and hands the paper in when time is up', async ({ page }) => {
  await page.clock.install();
  await sit(page, 'tests/3/', { studentNo: '2023-0401', limit: '10' });
  const warning = page.locator('.clock-bar [role="status"]');
  await expect(warning).toHaveText('');
  await page.clock.fastForward('05:01');
  await expect(warning).toHaveText('还剩 5 分钟。');
  await page.clock.fastForward('04:00');
  await expect(warning).toHaveText('还剩 1 分钟，时间到会自动交卷。');
  const download = page.waitForEvent('download');
  await page.clock.fastForward('01:00');
  expect((await download).suggestedFilename()).toMatch(/^答题-2023-0401-K7M2QX-\d{4}-\d\d-\d\d\.json$/);
  await expect(page.getByRole('status').filter({ hasText: '已判分部分' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveCount(0);
});

test('a missing 学号 or a bad paper code is explained, nothing starts and nothing typed is lost', async ({ page }) => {
  await page.goto(`${base}tests/final/`);
  await expect(page.locator('section.exam')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('试卷编号（可选）').fill('试卷一');
  await page.getByLabel('姓名（可选）').fill('林小悦');
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '学号' })).toContainText('请填写学号');
  await expect(page.getByRole('alert').filter({ hasText: '试卷编号' })).toContainText('试卷编号只能包含 4–12 位字母或数字');
  await expect(page.getByLabel('学号')).toBeFocused();
  await page.getByLabel('学号').fill('2023 0415');
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '学号' })).toContainText('只能包含字母、数字和短横线');
  await expect(page.getByLabel('学号')).toHaveValue('2023 0415');
  await expect(page.getByLabel('试卷编号（可选）')).toHaveValue('试卷一');
  await expect(page.getByLabel('姓名（可选）')).toHaveValue('林小悦');
  await expect(page.locator('article.question')).toHaveCount(0);
});

test('the teacher page works out the 查看码 of a paper code', async ({ page }) => {
  await page.goto(`${base}teacher/banks/`);
  await page.getByLabel('试卷编号').fill('k7m2qx');
  await page.getByRole('button', { name: '算出查看码' }).click();
  await expect(page.getByRole('status').filter({ hasText: '查看码' })).toHaveText(`试卷编号 K7M2QX 的查看码：${releaseCode('K7M2QX')}`);
});

test('the teacher page links each bank and all banks as Moodle XML, next to GIFT', async ({ page, request }) => {
  await page.goto(`${base}teacher/banks/`);
  const links = page.getByRole('link', { name: 'Moodle XML 格式', exact: true });
  await expect(links).toHaveCount(8);
  await expect(page.getByRole('link', { name: 'GIFT 格式', exact: true })).toHaveCount(8);
  const all = page.getByRole('link', { name: /全部模块（292 题，Moodle XML 格式/ });
  for (const link of [links.first(), all]) {
    const response = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<question type="ordering">');
  }
});

test('the GIFT file of a bank downloads as text and the import preview names unsupported lines', async ({ page, request }) => {
  const gift = await request.get(`${base}gift/m1.gift.txt`);
  expect(gift.status()).toBe(200);
  const text = await gift.text();
  expect(text).toContain('::');
  expect(text).toContain('询单转化率');
  await page.goto(`${base}teacher/banks/`);
  const importer = page.locator('.gift-import');
  await hydrated(importer);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.getByLabel('粘贴 GIFT 文本').fill('::q1::客服第一句话应是？{=欢迎语 ~结束语}\n\n::q2::数值题 {#3:1}');
  await page.getByRole('button', { name: '预览导入结果' }).click();
  await expect(page.getByRole('status').filter({ hasText: '识别出' })).toContainText('识别出 1 道题');
  // The text is read off the page's thread.
  expect(workers.some((url) => url.includes('gift.worker'))).toBe(true);
  // Each issue says its line once.
  await expect(page.locator('.issues li')).toHaveText([/^第 1 行：没有总体反馈/, /^第 3 行：数值题/]);
  // Text over the limit is refused before it is read, and the refusal names the limit.
  await page.getByLabel('粘贴 GIFT 文本').fill('题'.repeat(200_000));
  await page.getByRole('button', { name: '预览导入结果' }).click();
  await expect(page.getByRole('status').filter({ hasText: '上限' })).toContainText('500 KB');
});
