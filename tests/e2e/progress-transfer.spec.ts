import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { questionsByIds } from '../../src/data/questions/index.ts';
import { answerRight, hydrated, questionCard } from './quiz-helpers.ts';
import { axe, axeProblems, base } from './site.ts';

const progressUrl = `${base}progress/`;
const pickerUrl = `${base}teacher/picker/`;

/** Every saved `kefu:v1:` item, by key. */
const savedData = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('kefu:v1:')).sort().map((k) => [k, localStorage.getItem(k)])));

async function openProgress(page: Page) {
  await page.goto(progressUrl);
  await expect(page.locator('.progress-page[data-ready]')).toBeVisible();
}

async function doQuizAndRead(page: Page) {
  await page.goto(`${base}lessons/1-2/`);
  await page.goto(`${base}lessons/1-1/`);
  const quiz = page.locator('section.quiz[aria-labelledby="quiz-lesson-1-1"]');
  await hydrated(quiz);
  await answerRight(page, questionCard(quiz, 1), questionsByIds(['m1.q.customer-type'], 'test')[0]!);
  await quiz.getByRole('button', { name: '提交全部并计分' }).click();
  await expect(quiz.locator('.history')).toContainText('已提交 1 次');
}

async function exportFile(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部学习记录' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^客服课程学习记录-\d{4}-\d{2}-\d{2}\.json$/);
  return readFile((await download.path())!, 'utf8');
}

const chooseFile = (page: Page, text: string | Buffer, name = 'records.json') =>
  page.getByLabel('导入学习记录文件…').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });

test('the progress page shows lessons read and the quiz done, with the overall figure explained', async ({ page }) => {
  await openProgress(page);
  await expect(page.getByTestId('overall')).toHaveText('0%');
  await doQuizAndRead(page);
  await openProgress(page);
  const lesson = page.locator('li[data-lesson="1.1"]');
  await expect(lesson).toContainText('已读（打开 1 次）');
  await expect(page.locator('li[data-lesson="1.2"]')).toContainText('已读');
  await expect(page.locator('li[data-lesson="2.1"]')).toContainText('未读');
  await expect(lesson.locator('li[data-exercise="lesson-1-1"]')).toContainText(/已完成，最好 \d+%（提交 1 次）/);
  await expect(page.getByTestId('overall')).not.toHaveText('0%');
  await expect(page.getByText('总体完成度 =（已读课次数 + 已完成练习数）')).toBeVisible();
  await expect(page.locator('details[data-module="1"] h3')).not.toContainText('· 0%');
  // The chart's data is also in a table for screen readers.
  await expect(page.getByRole('table', { name: /各模块完成度/ })).toContainText('模块1');
});

test('export, clear, import gives back exactly the same saved data, after a preview', async ({ page }) => {
  await doQuizAndRead(page);
  await openProgress(page);
  const before = await savedData(page);
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['kefu:v1:visits', 'kefu:v1:quiz:lesson-1-1']));
  const text = await exportFile(page);
  const file = JSON.parse(text);
  expect(file).toMatchObject({ app: 'kefu-course', kind: 'progress', version: 2, prefix: 'kefu:v1:' });
  expect(file.items['kefu:v1:quiz:lesson-1-1'].updatedAt).toEqual(expect.any(Number));

  await page.evaluate(() => localStorage.clear());
  await openProgress(page);
  await expect(page.getByTestId('overall')).toHaveText('0%');
  await chooseFile(page, text);
  const preview = page.getByRole('region', { name: '导入预览' });
  await expect(preview.locator('[data-group="added"] h4')).toHaveText(`新增（本机还没有）：${Object.keys(before).length} 项`);
  await expect(preview).toContainText('小测：1.1 课堂小测');
  await expect(preview).toContainText('已读课次记录');
  // Nothing changes until the learner confirms.
  expect(await savedData(page)).toEqual({});
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '导入完成' })).toContainText(`新增 ${Object.keys(before).length} 项`);
  expect(await savedData(page)).toEqual(before);
  // The page updates without a reload.
  await expect(page.locator('li[data-lesson="1.1"]')).toContainText('已读');

  // Importing the same file again changes nothing.
  await chooseFile(page, text);
  await expect(preview.locator('[data-group="same"] h4')).toHaveText(`相同（无需改动）：${Object.keys(before).length} 项`);
  await expect(preview).toContainText('无需导入');
});

test('a newer copy in the file updates, an older one is kept, and nothing local is deleted', async ({ page }) => {
  await openProgress(page);
  const visits = (last: number) => JSON.stringify({ v: 1, data: { '1.1': { first: 1_700_000_000_000, last, count: 1 } } });
  await page.evaluate(([v]) => {
    localStorage.setItem('kefu:v1:visits', v!);
    localStorage.setItem('kefu:v1:typing', JSON.stringify({ v: 1, data: { attempts: [] } }));
    localStorage.setItem('kefu:v1:quiz:lesson-2-1', JSON.stringify({ v: 1, data: { responses: {}, checked: {}, solved: {}, attempts: [{ at: 1_800_000_000_000, points: 5, max: 10 }] } }));
  }, [visits(1_700_000_000_000)]);
  const file = {
    app: 'kefu-course', format: 1, exportedAt: new Date().toISOString(), prefix: 'kefu:v1:',
    items: {
      'kefu:v1:visits': { updatedAt: 1_750_000_000_000, value: JSON.parse(visits(1_750_000_000_000)) },
      'kefu:v1:quiz:lesson-2-1': { updatedAt: 1_600_000_000_000, value: { v: 1, data: { responses: {}, checked: {}, solved: {}, attempts: [] } } },
      'kefu:v1:quiz:lesson-3-1': { updatedAt: 1_600_000_000_000, value: { v: 1, data: { responses: {}, checked: {}, solved: {}, attempts: [{ at: 1_600_000_000_000, points: 9, max: 10 }] } } },
    },
  };
  await openProgress(page);
  await chooseFile(page, JSON.stringify(file));
  const preview = page.getByRole('region', { name: '导入预览' });
  await expect(preview.locator('[data-group="added"]')).toContainText('小测：3.1 课堂小测');
  await expect(preview.locator('[data-group="updated"]')).toContainText('已读课次记录');
  await expect(preview.locator('[data-group="kept"]')).toContainText('小测：2.1 课堂小测');
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '导入完成' })).toContainText('新增 1 项');
  const after = await savedData(page);
  expect(after['kefu:v1:visits']).toBe(visits(1_750_000_000_000));
  expect(JSON.parse(after['kefu:v1:quiz:lesson-2-1']!).data.attempts).toHaveLength(1);
  expect(after['kefu:v1:quiz:lesson-3-1']).toBeDefined();
  expect(after['kefu:v1:typing']).toBeDefined();
});

test('bad import files change nothing and say why in Chinese', async ({ page }) => {
  await doQuizAndRead(page);
  await openProgress(page);
  const good = await exportFile(page);
  const before = await savedData(page);
  const parsed = JSON.parse(good);
  const bad: [string, string | Buffer, RegExp][] = [
    ['not JSON', '姓名,成绩\n张三,90\n', /不是 JSON/],
    ['truncated', good.slice(0, Math.floor(good.length / 2)), /文件不完整/],
    ['foreign app', JSON.stringify({ app: 'other-app', version: 1, data: {} }), /不是本课程网站导出/],
    ['wrong version', JSON.stringify({ ...parsed, version: 99 }), /格式版本 99/],
    ['a 表格 file', JSON.stringify({ ...parsed, kind: 'form' }), /这是本课程的表格文件/],
    ['oversized', Buffer.alloc(5 * 1024 * 1024 + 10, 0x20), /文件太大/],
    ['wrong shape inside', JSON.stringify({ ...parsed, items: { ...parsed.items, 'kefu:v1:quiz:lesson-1-1': { value: { v: 1, data: { attempts: 'lots' } } } } }), /内容不符合格式/],
    ['foreign key inside', JSON.stringify({ ...parsed, items: { ...parsed.items, 'other:key': { value: { v: 1, data: {} } } } }), /内容不符合格式/],
    ['an array', '[1,2,3]', /不是本课程网站导出/],
    ['empty', '', /文件是空的/],
  ];
  for (const [, text, reason] of bad) {
    await chooseFile(page, text);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('未导入任何内容');
    await expect(alert).toContainText(reason);
    await expect(page.getByRole('region', { name: '导入预览' })).toHaveCount(0);
    expect(await savedData(page)).toEqual(before);
  }
});

test('the picker picks by keyboard, never repeats within a round, and starts over', async ({ page }) => {
  await page.goto(pickerUrl);
  await expect(page.locator('.picker[data-ready]')).toBeVisible();
  await page.getByLabel(/学生名单/).fill('张三\n李四，王五、赵六 钱七\n\n张三\n  孙八  ');
  await expect(page.getByText(/共 6 人。已去掉重复的名字：张三/)).toBeVisible();
  await expect(page.getByTestId('remaining')).toHaveText('本轮剩余 6 人');
  const seen: string[] = [];
  await page.getByRole('button', { name: '点名' }).focus();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press(i % 2 ? 'Enter' : 'Space');
    await expect(page.getByTestId('remaining')).toHaveText(`本轮剩余 ${5 - i} 人`);
    const name = (await page.getByTestId('picked').textContent())!;
    expect(seen).not.toContain(name);
    seen.push(name);
  }
  expect(seen.toSorted()).toEqual(['孙八', '张三', '李四', '王五', '赵六', '钱七'].toSorted());
  await expect(page.getByRole('status').filter({ hasText: '点到：' })).toContainText('本轮剩余 0 人');
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: '已全部点到' })).toBeVisible();
  // The list and round survive a reload.
  await page.reload();
  await expect(page.locator('.picker[data-ready]')).toBeVisible();
  await expect(page.getByTestId('remaining')).toHaveText('本轮剩余 0 人');
  await page.getByRole('button', { name: '重新开始' }).click();
  await expect(page.getByTestId('remaining')).toHaveText('本轮剩余 6 人');
  // Space on the page (focus outside any control) picks too.
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('remaining')).toHaveText('本轮剩余 5 人');
});

for (const url of [progressUrl, pickerUrl]) {
  test(`${url} is axe clean and does not scroll sideways at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    if (url === progressUrl) await doQuizAndRead(page);
    await page.goto(url);
    await expect(page.locator('[data-ready]')).toBeVisible();
    if (url === pickerUrl) {
      await page.getByLabel(/学生名单/).fill('欧阳娜娜娜娜娜娜娜\n李四');
      await page.getByRole('button', { name: '点名' }).click();
    } else {
      await chooseFile(page, await exportFile(page));
      await expect(page.getByRole('region', { name: '导入预览' })).toBeVisible();
    }
    const results = await axe(page).analyze();
    expect(axeProblems(results)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}

test('a large 学习记录 file is read in a background worker, and the page answers meanwhile', async ({ page }) => {
  await openProgress(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const value = { v: 1, data: { responses: {}, checked: {}, solved: {}, attempts: [{ at: 1_700_000_000_000, points: 3, max: 5 }] } };
  const items = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`kefu:v1:quiz:q-${i}`, { updatedAt: 1_700_000_000_000, value }]));
  const text = JSON.stringify({ app: 'kefu-course', kind: 'progress', version: 2, created: '2026-12-01T08:00:00.000Z', prefix: 'kefu:v1:', items });
  await chooseFile(page, text);
  // The page's own thread stays free while the file is read.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await expect(page.getByRole('region', { name: '导入预览' })).toContainText('共 5000 项记录');
  expect(workers.some((url) => url.includes('import.worker'))).toBe(true);
});
