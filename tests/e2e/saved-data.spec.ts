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
  for (const [path, key, label] of pages) {
    // Damaged from a page that reads no saved data (the 404 page), so no widget of the page before sets it aside first.
    await page.goto(`${base}no-such-page/`);
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

test('with storage full, a pasted class is kept on the page and the notice says it is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('kefu:v1:grades-roster')) throw new DOMException('quota', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto(`${base}teacher/grades/`);
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('从 Excel / WPS 复制表格（含表头行）后粘贴到这里').fill('学号\t姓名\t期末考试\n01\t张三\t88');
  await page.getByRole('button', { name: '读取粘贴的成绩' }).click();
  await expect(page.getByText('已从粘贴的内容读取 1 行')).toBeVisible();
  await expect(page.locator('#storage-notice')).toContainText('存储空间已满');
});

test('a pasted table with an oversized cell is refused with a message, and the saved class stays readable', async ({ page }) => {
  await page.goto(`${base}teacher/grades/`);
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('从 Excel / WPS 复制表格（含表头行）后粘贴到这里').fill(`学号\t姓名\n01\t${'张'.repeat(2001)}`);
  await page.getByRole('button', { name: '读取粘贴的成绩' }).click();
  await expect(page.getByText('超过 2000 个字符的单元格')).toBeVisible();
  await page.reload();
  await expect(page.locator('#storage-notice')).toBeHidden();
});

test('the picker list stops at its limit and says so', async ({ page }) => {
  await page.goto(`${base}teacher/picker/`);
  await expect(page.locator('.picker[data-ready]')).toBeVisible();
  const list = page.getByLabel('学生名单（每行一个，或用逗号、顿号、空格分隔）');
  // One very long name: the limit is on characters (a list of thousands of names is a separate speed problem).
  await list.fill('张'.repeat(25_000));
  await expect(list).toHaveValue('张'.repeat(20_000));
  await expect(page.getByRole('status').filter({ hasText: '已达到 20,000 个字符的上限' })).toBeVisible();
  await page.reload();
  await expect(page.locator('#storage-notice')).toBeHidden();
});
