import { expect, test, type Page } from '@playwright/test';
import { base } from './site.ts';

const rows = (n: number) => ['学号\t姓名\t期末考试', ...Array.from({ length: n }, (_, k) => `${k + 1}\t学生${k + 1}\t${60 + (k % 40)}`)].join('\n');

async function openWithClass(page: Page) {
  await page.goto(`${base}teacher/grades/`);
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel(/粘贴到这里/).fill(rows(3));
  await page.getByRole('button', { name: '读取粘贴的成绩' }).click();
  await expect(page.locator('table.roster tbody tr')).toHaveCount(3);
}

/** The file input, given bytes under a name that lies about them. */
const upload = (page: Page, name: string, buffer: Buffer) => page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer });

test('random bytes named .csv and an .xls are refused with what they seem to be; the class is unchanged', async ({ page }) => {
  await openWithClass(page);
  let seed = 7;
  const noise = Buffer.from(Array.from({ length: 20_000 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
  await upload(page, 'x.csv', noise);
  await expect(page.locator('.grade-calculator > .notice[role="status"]')).toContainText('无法读取文件“x.csv”：文件中有二进制数据');
  await upload(page, '成绩.csv', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), noise]));
  await expect(page.locator('.grade-calculator > .notice[role="status"]')).toContainText('Excel 97–2003 的 .xls 或 WPS 表格的 .et），本页无法直接读取。请在 Excel/WPS 中打开，另存为 .xlsx 或 CSV 后再导入');
  await expect(page.getByRole('button', { name: '替换为新表格' })).toHaveCount(0);
  await expect(page.locator('table.roster tbody tr')).toHaveCount(3);
  await expect(page.locator('tr[data-line="2"]')).toContainText('学生1');
});

test('replacing the class asks first; declining keeps it, agreeing replaces it', async ({ page }) => {
  await openWithClass(page);
  await upload(page, 'new.csv', Buffer.from('学号,姓名,期末考试\n9,新同学,90\n', 'utf8'));
  await expect(page.getByRole('alertdialog')).toContainText('本页已有 3 行成绩');
  await expect(page.getByRole('button', { name: '替换为新表格' })).toBeFocused();
  await page.getByRole('button', { name: '保留原来的成绩' }).click();
  await expect(page.getByText('已保留原来的 3 行成绩')).toBeVisible();
  await expect(page.locator('table.roster tbody tr')).toHaveCount(3);

  await page.getByLabel(/粘贴到这里/).fill('学号\t姓名\t期末考试\n9\t新同学\t90');
  await page.getByRole('button', { name: '读取粘贴的成绩' }).click();
  await page.getByRole('button', { name: '替换为新表格' }).click();
  await expect(page.locator('table.roster tbody tr')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('tr[data-line="2"]')).toContainText('新同学');
});

test('too many rows are refused by name, and a long cell shows clipped with the whole text one click away', async ({ page }) => {
  await openWithClass(page);
  await upload(page, 'big.csv', Buffer.from(rows(5001), 'utf8'));
  await expect(page.locator('.grade-calculator > .notice[role="status"]')).toContainText('有 5001 行数据，超过 5000 名学生的上限');
  await expect(page.locator('table.roster tbody tr')).toHaveCount(3);

  const long = `林${'长'.repeat(1999)}`;
  await page.getByLabel(/粘贴到这里/).fill(`学号\t姓名\t期末考试\n1\t${long}\t${'9'.repeat(400)}`);
  await page.getByRole('button', { name: '读取粘贴的成绩' }).click();
  await page.getByRole('button', { name: '替换为新表格' }).click();
  const row = page.locator('tr[data-line="2"]');
  await expect(row).toContainText('超出 0–100 的范围');
  expect((await row.textContent())!.length).toBeLessThan(400);
  await row.getByRole('button', { name: /共 2000 字，显示全部/ }).click();
  await expect(row).toContainText(long);
});

test('a grade file is read in a background worker: the page answers meanwhile, and 取消读取 stops it with nothing changed', async ({ page }) => {
  await openWithClass(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // The worker's script arrives late, so the reading is still under way when the teacher cancels.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/grade-file\.worker/, async (route) => {
    await held;
    // The cancelled worker's request is gone by then.
    await route.continue().catch(() => {});
  });
  await upload(page, 'slow.csv', Buffer.from(rows(40), 'utf8'));
  await expect(page.locator('.grade-calculator > .notice[role="status"]')).toContainText('正在读取文件“slow.csv”');
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await page.getByRole('button', { name: '取消读取' }).click();
  await expect(page.locator('.grade-calculator > .notice[role="status"]')).toHaveText('已取消读取成绩文件，没有任何改动。');
  await expect(page.getByRole('button', { name: '取消读取' })).toHaveCount(0);
  await expect(page.locator('table.roster tbody tr')).toHaveCount(3);
  release();
  await page.unroute(/grade-file\.worker/);

  // Read to the end, the same file asks before it replaces the class.
  await upload(page, 'slow.csv', Buffer.from(rows(40), 'utf8'));
  await expect(page.getByRole('alertdialog')).toContainText('要用文件“slow.csv”（UTF-8 编码）中的 40 行替换吗');
  expect(workers.some((url) => url.includes('grade-file.worker'))).toBe(true);
});
