import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { gradeBandsData, gradingSchemesData } from '../../src/data/grading.ts';
import { defaultMapping, evidenceRows, evidenceTable } from '../../src/lib/grade/evidence.ts';
import { autoMapColumns, evaluateRoster, formatScore, readRoster, type GradingScheme } from '../../src/lib/grade/index.ts';
import { sampleCatalog, sampleClassBook, siteIds } from '../unit/helpers/class-book.ts';
import { axe, axeProblems, base } from './site.ts';

const url = `${base}teacher/grades/`;
const scheme = gradingSchemesData[0] as GradingScheme;
const override = { studentNo: '2023-0417', item: 'result.midterm', value: 88, reason: '缺考后已补考' };

/** What the unit-tested library computes for the sample class book with the same override. */
function expected() {
  const catalog = sampleCatalog(siteIds);
  const rows = evidenceRows(sampleClassBook(siteIds), catalog, defaultMapping(scheme, catalog));
  const [header, ...body] = evidenceTable(rows, scheme, { [`${override.studentNo}|${override.item}`]: { value: override.value, reason: override.reason } });
  const mapping = autoMapColumns(header!, scheme);
  return evaluateRoster(readRoster(body, mapping, scheme), scheme, { blank: 'exclude', bands: gradeBandsData });
}

/** Puts a class book where src/stores/class-book.ts keeps it: idb-keyval's database 'kefu-class-book', store 'books', key 'v1'. */
async function seed(page: Page, book: unknown) {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kefu-class-book');
        open.onupgradeneeded = () => open.result.createObjectStore('books');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('books', 'readwrite');
          tx.objectStore('books').put(value, 'v1');
          tx.oncomplete = () => { open.result.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      }),
    book,
  );
}

async function open(page: Page) {
  await page.goto(url);
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
}

test('an empty class book says so and links to the class page', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: '读取班级成绩册' }).click();
  await expect(page.getByText('班级成绩册是空的')).toBeVisible();
  await expect(page.getByRole('status').getByRole('link', { name: '班级作业与成绩册' })).toHaveAttribute('href', `${base}teacher/class/`);
});

test('grades from the class book: mapping, preview, an override with its reason, totals as the library computes them', async ({ page }) => {
  const outcomes = expected();
  await open(page);
  await seed(page, sampleClassBook(siteIds));
  await page.getByRole('button', { name: '读取班级成绩册' }).click();
  await expect(page.getByText('班级成绩册“电商2301”中有 3 名学生、7 份作业或考试记录、3 项教师批改分数。')).toBeVisible();

  // The default mapping, each with its rule.
  await expect(page.getByLabel('学习结果-期末考试的成绩来源')).toHaveValue('exam:exam-final');
  await expect(page.getByLabel('学习过程-模块作品质量的成绩来源')).toHaveValue('form-marks');
  await expect(page.getByLabel('学习态度-出勤的成绩来源')).toHaveValue('off');
  await expect(page.getByText('教师给每张表单评的分（占满分的百分比）的平均值。')).toBeVisible();

  // The preview: values, blanks and flags.
  const lin = page.locator('tr[data-student="2023-0415"]');
  await expect(lin).toContainText('有未批改的简答');
  await expect(lin).toContainText('62.5');
  await expect(page.locator('tr[data-student="2023-0417"]')).toContainText('空白');
  expect(axeProblems(await axe(page).analyze())).toEqual([]);

  // An override needs a reason.
  await page.getByRole('button', { name: '调整 陈晨（2023-0417）的成绩' }).click();
  await page.getByLabel('项目', { exact: true }).selectOption(override.item);
  await page.getByLabel('调整后的分数（0–100）').fill(String(override.value));
  await page.getByRole('button', { name: '保存调整' }).click();
  await expect(page.getByRole('alert')).toHaveText('请填写调整原因：调整后的分数必须说明原因。');
  await page.getByLabel('调整原因（必填）').fill(override.reason);
  await page.getByRole('button', { name: '保存调整' }).click();
  await expect(page.getByText('已调整 陈晨 的期中考试为 88 分。')).toBeVisible();
  await expect(page.getByRole('button', { name: '调整 陈晨（2023-0417）的成绩' })).toBeFocused();
  await expect(page.locator('tr[data-student="2023-0417"]')).toContainText(`教师调整：${override.reason}`);

  await page.getByRole('button', { name: '用这些成绩填入成绩表' }).click();
  await expect(page.getByText('已从班级成绩册读取 3 行')).toBeVisible();
  for (const [k, o] of outcomes.entries()) {
    await expect(page.locator(`tr[data-line="${k + 2}"] td.total`)).toHaveText(formatScore(o.result!.total!));
  }
  const chen = page.locator('tr[data-line="4"]');
  await expect(chen).toContainText('调整说明：期中考试 空白→88：缺考后已补考');

  // The reason is saved with the class.
  await page.reload();
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('tr[data-line="4"]')).toContainText('调整说明：期中考试 空白→88：缺考后已补考');

  // …exported with the grade sheet…
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv.split(/\r?\n/)[0]).toContain('调整说明');
  expect(csv).toContain('期中考试 空白→88：缺考后已补考');

  // Reading the book again over a class asks first.
  await page.getByRole('button', { name: '读取班级成绩册' }).click();
  await page.getByRole('button', { name: '用这些成绩填入成绩表' }).click();
  await expect(page.getByText('本页已有 3 行成绩。要用班级成绩册中的 3 行替换吗？')).toBeVisible();
  await page.getByRole('button', { name: '保留原来的成绩' }).click();
  await expect(page.locator('tr[data-line="4"]')).toContainText('调整说明');
});

test('at 360 px the class book card scrolls no page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page);
  await seed(page, sampleClassBook(siteIds));
  await page.getByRole('button', { name: '读取班级成绩册' }).click();
  await expect(page.locator('tr[data-student="2023-0415"]')).toBeVisible();
  await page.getByRole('button', { name: '调整 林小悦（2023-0415）的成绩' }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(axeProblems(await axe(page).analyze())).toEqual([]);
});
