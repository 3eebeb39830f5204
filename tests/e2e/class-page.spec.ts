import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { renderSVG } from 'uqr';
import { handInScores, makeHandIn, scoreCodeText, type HandIn } from '../../src/lib/handin/format.ts';
import { answerFileHeader, answerFileText, makeAnswerFile } from '../../src/lib/quiz/answer-file.ts';
import { at, sampleHandIn } from '../unit/helpers/hand-in.ts';
import { axe, axeProblems, base } from './site.ts';

// The teacher's class page: hand-ins, answer files, zips and score codes read into the class book,
// kept in IndexedDB, exported and imported again (src/components/classbook/ClassPage.svelte).

const url = `${base}teacher/class/`;

function handIn(studentNo: string, name: string, minutes: number, points: number): HandIn {
  const body = sampleHandIn();
  return makeHandIn({ ...body, student: { studentNo, name, className: '电商2301' }, submittedAt: at + minutes * 60_000, quizzes: body.quizzes.map((q) => ({ ...q, marked: { points, max: 4 } })) });
}
const text = (file: object) => `${JSON.stringify(file, null, 2)}\n`;
const json = (name: string, body: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
const answers = makeAnswerFile({
  ...answerFileHeader(at),
  exam: { id: 'exam-m1', title: '模块1 单元测验', code: 'A1', limit: 0, questions: ['m1.q.customer-type'] },
  student: { studentNo: '2023-0001', name: '张三', className: '电商2301' },
  startedAt: at - 600_000,
  submittedAt: at,
  responses: {},
  marked: { points: 6, max: 8 },
  pending: [],
});

async function open(page: Page) {
  await page.goto(url);
  await expect(page.getByTestId('storage')).toBeVisible();
}

const files = (page: Page) => page.locator('input[type="file"][multiple]');
const matrix = (page: Page) => page.locator('table.matrix');
const result = (page: Page, name: string) => page.locator('details[open] tr', { hasText: name }).first();

test('hand-ins, an answer file and a zip fill the matrix; the book survives a reload and an export, clear and import', async ({ page }) => {
  await open(page);
  await files(page).setInputFiles([json('a.json', text(handIn('2023-0001', '张三', 0, 2))), json('b.json', text(handIn('2023-0002', '李四', 0, 4))), json('c.json', answerFileText(answers)), json('broken.json', '{"app": "kefu-course", "kind": "handin"')]);
  await expect(page.getByRole('status').first()).toContainText('共 4 项，新增 3，未读取 1');
  await expect(result(page, 'broken.json')).toContainText('文件不完整');
  await expect(matrix(page).locator('tbody tr')).toHaveCount(2);
  await expect(matrix(page).locator('tbody tr').first()).toContainText('张三');
  await expect(matrix(page).locator('tbody tr').first()).toContainText('50%');
  await expect(matrix(page).locator('tbody tr').first()).toContainText('75%');

  const zip = new JSZip();
  zip.file('作业/a-new.json', text(handIn('2023-0001', '张三', 30, 3)));
  zip.file('作业/b.json', text(handIn('2023-0002', '李四', 0, 4)));
  zip.file('作业/readme.txt', '说明');
  await files(page).setInputFiles({ name: '作业.zip', mimeType: 'application/zip', buffer: await zip.generateAsync({ type: 'nodebuffer' }) });
  await expect(page.getByRole('status').first()).toContainText('已更新 1，重复 1，已跳过 1');
  await expect(matrix(page).locator('tbody tr').first()).toContainText('75%');
  await page.getByLabel('排序').selectOption({ label: '按“1.1 小测”' });
  await page.getByLabel('从高到低').check();
  await expect(matrix(page).locator('tbody tr').first()).toContainText('李四');
  await page.getByLabel('排序').selectOption({ label: '按学号' });
  await page.getByLabel('从高到低').uncheck();
  await page.getByLabel('项目').selectOption({ label: '测验与考试' });
  await expect(matrix(page).locator('thead th')).toHaveText(['学号', '姓名', '完成', 'M1 测验', 'M2 测验', 'M3 测验', 'M4 测验', 'M5 测验', 'M6 测验', 'M7 测验', 'M8 测验', '期末']);
  await page.getByLabel('项目').selectOption({ label: '全部项目' });

  await page.getByText('未提交名单').click();
  await expect(page.getByText(/第1\.2课：2 人未提交/)).toBeVisible();

  const before = await matrix(page).innerText();
  await page.reload();
  await expect(page.getByTestId('storage')).toContainText('IndexedDB');
  await expect.poll(() => matrix(page).innerText()).toBe(before);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出成绩册' }).click();
  const saved = await (await download).path();
  await page.getByRole('button', { name: '清空成绩册' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('不能撤销');
  await page.getByRole('button', { name: '确定清空' }).click();
  await expect(matrix(page)).toHaveCount(0);
  await page.getByLabel('导入成绩册').setInputFiles(json('成绩册.json', await readFile(saved, 'utf8')));
  await expect(page.getByRole('status').first()).toContainText('新增 3 份');
  await expect.poll(() => matrix(page).innerText()).toBe(before);
});

test('a pasted score code adds scores; a file of another class is flagged', async ({ page }) => {
  await open(page);
  await page.getByLabel('班级名称').fill('电商2302');
  await page.getByLabel('班级名称').press('Enter');
  await page.getByLabel('班级名称').blur();
  const file = handIn('2023-0009', '王五', 0, 3);
  await page.getByLabel(/粘贴成绩码/).fill(scoreCodeText({ of: 'lesson', ref: '1.1', student: file.student, submittedAt: file.submittedAt, entries: handInScores(file) }));
  await page.getByRole('button', { name: '添加成绩码' }).click();
  await expect(page.getByRole('status').first()).toContainText('新增 1');
  await expect(result(page, '成绩码')).toContainText('班级与成绩册不同，请核实');
  await expect(matrix(page).locator('tbody tr')).toContainText(['王五']);
  await expect(matrix(page).locator('tbody tr').first()).toContainText('75%*');
  await page.getByLabel(/粘贴成绩码/).fill('KF1|L|1.1|x');
  await page.getByRole('button', { name: '添加成绩码' }).click();
  await expect(result(page, '成绩码')).toContainText('不是本课程网站的成绩码');
});

test('without a camera, 用摄像头扫码 explains and offers the fallbacks', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: '用摄像头扫码' }).click();
  await expect(page.getByText(/摄像头.*请改用下面的“上传二维码截图”，或把学生的成绩码文字粘贴到文本框中/)).toBeVisible();
  await expect(page.getByText('上传二维码截图', { exact: true })).toBeVisible();
  await expect(page.getByLabel(/粘贴成绩码/)).toBeVisible();
});

test('a screenshot of a score QR code adds its scores; a picture without one says so', async ({ page, browser }) => {
  const file = handIn('2023-0010', '赵六', 0, 4);
  const code = scoreCodeText({ of: 'lesson', ref: '1.1', student: file.student, submittedAt: file.submittedAt, entries: handInScores(file) });
  // The QR code as a phone screenshot would show it: rendered by uqr, photographed by the browser.
  const painter = await browser.newPage({ viewport: { width: 400, height: 400 } });
  await painter.setContent(`<body style="margin:0;background:#fff">${renderSVG(code, { border: 4, pixelSize: 6 })}</body>`);
  const png = await painter.screenshot();
  const blank = await painter.screenshot({ clip: { x: 0, y: 0, width: 20, height: 20 } });
  await painter.close();
  await open(page);
  await page.getByLabel('上传二维码截图').setInputFiles({ name: '成绩码.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByText('已识别图片“成绩码.png”中的二维码')).toBeVisible();
  await expect(matrix(page).locator('tbody tr').first()).toContainText('100%*');
  await page.getByLabel('上传二维码截图').setInputFiles({ name: '空白.png', mimeType: 'image/png', buffer: blank });
  await expect(page.getByText('没有在图片“空白.png”中找到二维码')).toBeVisible();
});

test('files dropped on the import area are read', async ({ page }) => {
  await open(page);
  const texts = [text(handIn('2023-0021', '周九', 0, 4)), text(handIn('2023-0022', '吴十', 0, 2))];
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    list.forEach((t, i) => dt.items.add(new File([t], `drop-${i}.json`, { type: 'application/json' })));
    return dt;
  }, texts);
  await page.getByRole('group', { name: '导入作业文件' }).dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('status').first()).toContainText('共 2 项，新增 2');
  await expect(matrix(page).locator('tbody tr')).toHaveCount(2);
});

test('a chosen folder is read with its sub-folders', async ({ page }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'class-'));
  await mkdir(path.join(dir, '第1.1课'));
  await writeFile(path.join(dir, '第1.1课', 'a.json'), text(handIn('2023-0031', '郑一', 0, 4)));
  await writeFile(path.join(dir, 'b.json'), text(handIn('2023-0032', '冯二', 0, 2)));
  await writeFile(path.join(dir, '说明.docx'), 'x');
  await open(page);
  await page.getByLabel('选择文件夹').setInputFiles(dir);
  await expect(page.getByRole('status').first()).toContainText('新增 2，已跳过 1');
  await expect(result(page, '第1.1课/a.json')).toContainText('郑一');
});

test('more than 2,000 files are refused naming the limit, with nothing changed', async ({ page }) => {
  await open(page);
  const many = Array.from({ length: 2_001 }, (_, i) => json(`${i}.json`, '{}'));
  await files(page).setInputFiles(many);
  await expect(page.getByRole('status').first()).toContainText('一次最多读取 2,000 个文件，这次有 2,001 个');
  await expect(matrix(page)).toHaveCount(0);
});

for (const width of [360, 1280]) {
  test(`axe is clean and nothing scrolls sideways at ${width} px with a book`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    await files(page).setInputFiles([json('a.json', text(handIn('2023-0001', '张三', 0, 2))), json('c.json', answerFileText(answers)), json('x.json', '{}')]);
    await expect(matrix(page)).toBeVisible();
    await page.getByText('未提交名单').click();
    expect(axeProblems(await axe(page).analyze())).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  });
}
