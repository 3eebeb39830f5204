import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { gradeBandsData, gradingSchemesData } from '../../src/data/grading.ts';
import { autoMapColumns, classStats, evaluateRoster, exportRows, formatScore, readRoster, type GradingScheme } from '../../src/lib/grade/index.ts';
import { parseTable, toCsv } from '../../src/lib/grade/table.ts';
import { axe, axeProblems, base, settle } from './site.ts';

const url = `${base}teacher/grades/`;
const fixture = (name: string) => new URL(`../fixtures/grades/${name}`, import.meta.url);
const scheme = gradingSchemesData[0] as GradingScheme;

/** What the unit-tested library computes for the 40-student fixture. */
async function expected() {
  const [header, ...rows] = parseTable(await readFile(fixture('class-40.tsv'), 'utf8'));
  const mapping = autoMapColumns(header!, scheme);
  const outcomes = evaluateRoster(readRoster(rows, mapping, scheme), scheme, { blank: 'exclude', bands: gradeBandsData });
  return { outcomes, stats: classStats(outcomes, gradeBandsData), csv: toCsv(exportRows(outcomes, scheme, mapping, 1)) };
}

async function open(page: Page) {
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', 'true');
  });
  await page.goto(url);
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
}

async function pasteClass(page: Page) {
  await page.getByLabel(/粘贴到这里/).fill(await readFile(fixture('class-40.tsv'), 'utf8'));
  await page.getByRole('button', { name: '读取粘贴的成绩' }).click();
  await expect(page.getByText('已从粘贴的内容读取 40 行')).toBeVisible();
}

async function shownStats(page: Page) {
  const stats = page.getByTestId('class-stats');
  return Object.fromEntries(await Promise.all(['mean', 'median', 'max', 'min', 'pass'].map(async (k) => [k, await stats.locator(`[data-stat="${k}"]`).textContent()])));
}

test('a pasted class computes like the library, marks bad cells and keeps the raw text', async ({ page }) => {
  const { outcomes, stats } = await expected();
  await open(page);
  await pasteClass(page);
  expect(await shownStats(page)).toEqual({
    mean: formatScore(stats.mean!), median: formatScore(stats.median!), max: formatScore(stats.max!), min: formatScore(stats.min!),
    pass: `${formatScore(stats.passRate! * 100)}%`,
  });
  const row4 = page.locator('tr[data-line="4"]');
  await expect(row4.locator('td.bad')).toHaveText('良');
  await expect(row4).toContainText('学习态度-师生互助：“良”不是数字');
  await expect(row4.locator('td.total')).toHaveText(formatScore(outcomes[2]!.result!.total!));
  await expect(page.locator('tr[data-line="13"]')).toContainText('与第 12 行重复');
  await expect(page.locator('tr[data-line="16"] td.total')).toHaveText('免考');
  await expect(page.locator('table.roster tbody tr')).toHaveCount(40);
  expect(axeProblems(await axe(page).analyze())).toEqual([]);

  // The class survives a reload (autosave) and is cleared only after confirmation.
  await page.reload();
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('table.roster tbody tr')).toHaveCount(40);
  await page.getByRole('button', { name: '清空班级成绩' }).click();
  await page.getByRole('button', { name: '确定清空' }).click();
  await expect(page.locator('table.roster tbody tr')).toHaveCount(0);
});

test('exported CSV matches the library and re-imports identically; .xlsx parses', async ({ page }) => {
  const { csv, stats, outcomes } = await expected();
  await open(page);
  await pasteClass(page);
  const before = await shownStats(page);
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const csvPath = await (await csvDownload).path();
  const text = await readFile(csvPath, 'utf8');
  expect(text).toBe(csv);
  expect(text).toContain("'=1+1");

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel（.xlsx）' }).click();
  const download = await xlsxDownload;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const sheet = await readSheet(await download.path());
  expect(sheet).toHaveLength(41);
  expect(sheet[0]).toContain('总评');
  // 学号 are text cells, scores and 总评 numbers.
  const total = sheet[0]!.indexOf('总评');
  expect(sheet.slice(1).map((row) => typeof row[0])).toEqual(Array(40).fill('string'));
  expect(sheet.slice(1).filter((row) => typeof row[total] === 'number')).toHaveLength(outcomes.filter((o) => o.status === 'scored').length);

  await page.locator('input[type="file"]').setInputFiles({ name: 'export.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await readFile(await download.path()) });
  await page.getByRole('button', { name: '替换为新表格' }).click();
  await expect(page.getByText(/已从文件“export.xlsx”读取 40 行/)).toBeVisible();
  expect(await shownStats(page)).toEqual(before);

  await page.locator('input[type="file"]').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.getByRole('button', { name: '替换为新表格' }).click();
  await expect(page.getByText(/已从文件“export.csv”/)).toBeVisible();
  expect(await shownStats(page)).toEqual(before);
  await expect(page.getByText(`统计 ${stats.count} 人`)).toBeVisible();
});

test('a school 成绩登记表 .xlsx: the header below the title row is found, can be changed, and 0012 stays 0012; an .xls is refused', async ({ page }) => {
  const text = (value: string) => ({ value, type: String });
  const sheet = [
    [text('2025 级电商 1 班《电子商务客户服务》成绩登记表')],
    [text('任课教师：王老师')],
    [],
    ['学号', '姓名', '出勤', '期末考试'].map(text),
    [text('0012'), text('林小悦'), { value: 95, type: Number }, text('８８')],
    [text('202310010101'), text('王芳'), { value: 80, type: Number }, { value: 70, type: Number }],
  ];
  const buffer = await writeXlsxFile(sheet).toBuffer();
  await open(page);
  await page.locator('input[type="file"]').setInputFiles({ name: '登记表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(page.getByText('已从文件“登记表.xlsx”读取 2 行（表头在第 4 行，上面的标题行已跳过）')).toBeVisible();
  const headerRow = page.getByLabel('表头所在的行');
  await expect(headerRow).toHaveValue('3');
  await expect(headerRow.locator('option:checked')).toHaveText('第 4 行：学号、姓名、出勤、期末考试');
  await expect(page.getByLabel('第 1 列“学号”')).toHaveValue('number');
  await expect(page.locator('tr[data-line="5"]')).toContainText('0012');
  await expect(page.locator('tr[data-line="6"]')).toContainText('202310010101');
  expect(axeProblems(await axe(page).analyze())).toEqual([]);
  // The select and its long first option fit a phone's width.
  await page.setViewportSize({ width: 360, height: 800 });
  await settle(page);
  expect(await headerRow.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Taking the title as the header reads the table differently; taking row 4 again brings the class back.
  await headerRow.selectOption({ label: '第 1 行：2025 级电商 1 班《电子商务客户服务》成绩登记表' });
  // The teacher's line, the header and both students; the blank row is no student.
  await expect(page.getByText('已从文件“登记表.xlsx”读取 4 行，请核对')).toBeVisible();
  await expect(page.getByLabel('第 1 列“2025 级电商 1 班《电子商务客户服务》成绩登记表”')).toHaveValue('ignore');
  await headerRow.selectOption('3');
  await expect(page.getByText('读取 2 行（表头在第 4 行')).toBeVisible();
  await expect(page.getByLabel('第 1 列“学号”')).toHaveValue('number');
  await expect(page.locator('table.roster tbody tr')).toHaveCount(2);

  // An Excel 97 file gets a message that says what to do, and the class stays.
  await page.locator('input[type="file"]').setInputFiles(fixture('title-row-excel97.xls').pathname);
  await expect(page.getByText(/无法读取文件“title-row-excel97.xls”：这是旧版格式的表格文件（Excel 97–2003 的 \.xls 或 WPS 表格的 \.et）.*另存为 \.xlsx 或 CSV 后再导入/)).toBeVisible();
  await expect(page.locator('table.roster tbody tr')).toHaveCount(2);
  await expect(headerRow).toBeHidden();

  // Read again over the class: changing the header row keeps asking before anything is replaced.
  await page.locator('input[type="file"]').setInputFiles({ name: '登记表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(page.getByText('要用文件“登记表.xlsx”中的 2 行替换吗')).toBeVisible();
  await headerRow.selectOption('5');
  await expect(page.getByText('文件“登记表.xlsx”中没有找到数据行')).toBeVisible();
  await headerRow.selectOption('0');
  await expect(page.getByText('要用文件“登记表.xlsx”中的 4 行替换吗')).toBeVisible();
  await page.getByRole('button', { name: '保留原来的成绩' }).click();
  await expect(page.getByText('已保留原来的 2 行成绩')).toBeVisible();
  await expect(page.getByLabel('第 1 列“学号”')).toHaveValue('number');
});

test('a GBK CSV from older Excel imports with both 课堂纪律 columns mapped apart', async ({ page }) => {
  await open(page);
  await page.locator('input[type="file"]').setInputFiles(fixture('small-gbk.csv').pathname);
  await expect(page.getByText('（GBK 编码）读取 2 行')).toBeVisible();
  await expect(page.getByLabel('第 4 列“课堂纪律”')).toHaveValue('item:attitude.discipline');
  await expect(page.getByLabel('第 5 列“课堂纪律”')).toHaveValue('item:process.discipline');
  await expect(page.locator('tr[data-line="2"]')).toContainText('张三');
});

test('the print view has the class, course and a signature line', async ({ page }) => {
  await open(page);
  await pasteClass(page);
  await page.getByLabel('班级').fill('23 级电商 1 班');
  await page.getByRole('button', { name: '打印成绩单' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'true');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('电子商务客户服务 学期成绩单');
  await expect(sheet).toContainText('班级：23 级电商 1 班');
  await expect(sheet).toContainText('任课教师（签名）');
  await expect(sheet.locator('tbody tr')).toHaveCount(40);
});

test('weights that do not sum to 100 % stop the computation', async ({ page }) => {
  await open(page);
  await page.getByLabel('学习态度权重（%）').fill('40');
  await expect(page.getByText('各组成部分权重之和为 110%，应为 100%')).toBeVisible();
  await expect(page.getByRole('button', { name: '保存权重到本浏览器' })).toBeDisabled();
  await page.getByLabel('学习态度权重（%）').fill('30');
  await expect(page.getByText('权重之和均为 100%')).toBeVisible();
});

test('keyboard only: fill one student, paste a class, sort by 总评', async ({ page }) => {
  await open(page);
  const attendance = page.getByLabel('出勤（20%）');
  await attendance.focus();
  for (const value of ['80', '80', '80', '80', '80', '80', '80', '80', '80', '80', '80']) {
    await page.keyboard.insertText(value);
    await page.keyboard.press('Tab');
  }
  await expect(page.getByTestId('single-total')).toHaveText('80.0');
  const box = page.getByLabel(/粘贴到这里/);
  await box.focus();
  await page.keyboard.insertText(await readFile(fixture('class-40.tsv'), 'utf8'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '读取粘贴的成绩' })).toBeFocused();
  await page.keyboard.press('Enter');
  const sort = page.getByRole('button', { name: '总评', exact: true });
  await sort.focus();
  await page.keyboard.press('Enter');
  const { stats } = await expected();
  await expect(page.locator('table.roster tbody tr').first().locator('td.total')).toHaveText(formatScore(stats.max!));
});
