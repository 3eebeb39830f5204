import { expect, test } from '@playwright/test';
import { base } from './site.ts';

// What a learner notices about saved data: a damaged record is named on the page that reads it, the
// copy stays, and reloading does not copy it again. One context walks every kind of page.

const broken = '{"v":1,"data":{';
const pages: [string, string, string][] = [
  ['lessons/1-1/', 'kefu:v1:quiz:lesson-1-1', '小测 lesson-1-1'],
  ['practice/freight/', 'kefu:v1:freight', '运费计算器'],
  ['practice/kpi/', 'kefu:v1:kpi', '客服 KPI 计算器'],
  ['practice/typing/', 'kefu:v1:typing', '打字练习记录'],
  ['teacher/grades/', 'kefu:v1:grades-roster', '成绩计算器中的班级成绩'],
  ['practice/chat/presale-genuine/', 'kefu:v1:chat:presale-genuine', '模拟实战对话 presale-genuine'],
  ['practice/chat/', 'kefu:v1:chat-reports', '模拟实战成绩'],
  ['teacher/picker/', 'kefu:v1:picker', '随机点名名单'],
  ['lessons/2-1/', 'kefu:v1:visits', '已读课次记录'],
];

test('every page that reads saved data names a damaged record, keeps one copy, and offers it on the progress page', async ({ page }) => {
  await page.goto(`${base}`);
  for (const [path, key, label] of pages) {
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, broken]);
    await page.goto(`${base}${path}`);
    // Islands that wait for first use read their data when used; the page's own store readers run at load.
    await expect(page.locator('#storage-notice'), path).toContainText(`“${label}”的记录无法读取`);
    await page.reload();
    const copies = await page.evaluate((k) => Object.keys(localStorage).filter((s) => s.startsWith(`kefu:quarantine:${k}:`)).length, key);
    expect(copies, path).toBe(1);
    await expect(page.locator('#storage-notice'), path).toBeHidden();
  }
  await page.goto(`${base}progress/`);
  const list = page.getByRole('region', { name: /无法读取的记录/ }).or(page.locator('.set-aside'));
  await expect(list).toContainText(`无法读取的记录：${pages.length} 份`);
  const download = page.waitForEvent('download');
  await list.getByRole('button', { name: '下载副本' }).first().click();
  expect(await (await download).suggestedFilename()).toMatch(/^无法读取的记录-.+-\d{4}-\d\d-\d\d\.txt$/);
});

test('a grade file import reads the class without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}teacher/grades/`);
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
  await page.locator('input[type=file]').first().setInputFiles({ name: '成绩.csv', mimeType: 'text/csv', buffer: Buffer.from('学号,姓名,期末考试\n01,张三,88\n02,李四,76\n') });
  await expect(page.getByText('已从文件“成绩.csv”')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a class name longer than its limit cannot be typed, and the roster survives a reload', async ({ page }) => {
  await page.goto(`${base}teacher/grades/`);
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
  const name = page.getByLabel('班级', { exact: true });
  await name.fill('班'.repeat(100));
  await expect(name).toHaveValue('班'.repeat(80));
  await page.reload();
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByLabel('班级', { exact: true })).toHaveValue('班'.repeat(80));
  await expect(page.locator('#storage-notice')).toBeHidden();
});

test('the progress page keeps its layout when saved records arrive', async ({ page }) => {
  await page.goto(`${base}`);
  await page.evaluate(() => localStorage.setItem('kefu:v1:visits', JSON.stringify({ v: 1, data: { '1.1': { first: 1, last: 2, count: 1 } } })));
  await page.goto(`${base}progress/`);
  await expect(page.locator('.progress-page[data-ready]')).toBeVisible();
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  expect(shift).toBeLessThan(0.1);
});
