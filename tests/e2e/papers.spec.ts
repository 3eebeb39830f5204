import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import JSZip from 'jszip';
import { allQuestions } from '../../src/data/questions/index.ts';
import { keyLines, paperQuestions, paperSheet } from '../../src/lib/paper/layout.ts';
import { releaseCode } from '../../src/lib/quiz/exam.ts';
import { base, islandsReady, scriptRequests } from './site.ts';

/*
 * The teacher's 纸质试卷 page: the student paper with its 答题卡 and the teacher copy print as clean
 * A4 (read back with poppler's pdfinfo / pdftotext, page by page), the Word files download on demand,
 * the settings redraw the paper and stay in the address, and no student page links to it. The PDFs
 * are kept in the test's output folder for a look (pdftoppm -png -r 50).
 */

const url = `${base}teacher/papers/`;
const settings = { scope: 'final' as const, count: 30, code: 'K7M2QX', studentNo: '', limit: 45 };
const sheet = paperSheet(paperQuestions(allQuestions, settings), { course: '电子商务客户服务', title: '期末考试', ...settings });
const questions = sheet.sections.flatMap((s) => s.questions);
/** Text with all whitespace removed (pdftotext spaces CJK text unpredictably). */
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function openPaper(page: Page, query = '?scope=final&count=30&paper=K7M2QX&limit=45') {
  await page.goto(`${url}${query}`);
  await expect(page.locator('.paper-builder')).toHaveAttribute('data-ready', 'true');
}

interface Printed {
  size: string;
  /** Each page's text, whitespace removed. */
  pages: string[];
}

/** Prints the page to A4 and reads each page of the PDF back with poppler. */
async function print(page: Page, testInfo: TestInfo, name: string): Promise<Printed> {
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(info.match(/^Pages:\s+(\d+)/m)![1]);
  const pages = Array.from({ length: count }, (_, i) => squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' })));
  return { size: info.match(/^Page size:\s+(.*)$/m)![1]!, pages };
}

function expectA4(printed: Printed) {
  const [width, height] = printed.size.split(' x ').map((n) => parseFloat(n));
  expect(printed.size).toContain('(A4)');
  expect(Math.abs(width! - 595.28)).toBeLessThan(2);
  expect(Math.abs(height! - 841.89)).toBeLessThan(2);
  expect(printed.pages.length).toBeGreaterThanOrEqual(2);
  const all = printed.pages.join('');
  for (const chrome of ['课程首页课程标准练习测验搜索', '术语表覆盖矩阵题库导出', '跳到正文', '打印教师卷', '换一个编号']) expect(all, `${chrome} is not printed`).not.toContain(chrome);
}

test('the student paper prints with its 答题卡 on a new page, and the teacher copy says 教师用 on every page', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', 'true');
  });
  await openPaper(page);
  await expect(page.getByRole('heading', { level: 2, name: '期末考试', exact: true })).toBeVisible();

  await page.getByRole('button', { name: '打印学生卷和答题卡' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'true');
  const student = await print(page, testInfo, 'student-paper');
  expectA4(student);
  const all = student.pages.join('');
  for (const text of ['《电子商务客户服务》', '试卷编号：K7M2QX', '限时：45分钟', `总分：${sheet.header.total}分`, '姓名：', '一、单项选择题', '七、简答题', '试卷到此结束']) expect(all).toContain(text);
  expect(student.pages[0]).toContain('期末考试');
  // The 答题卡 starts on a page of its own, after the end of the paper.
  const sheetPage = student.pages.findIndex((p) => p.includes('期末考试答题卡'));
  expect(sheetPage).toBeGreaterThan(0);
  expect(student.pages.slice(0, sheetPage).join('')).toContain('试卷到此结束');
  expect(student.pages.slice(sheetPage).join('')).not.toContain('试卷到此结束');
  expect(student.pages[sheetPage]).toContain('题号');
  // Nothing of the key.
  expect(all).not.toContain('教师用');
  expect(all).not.toContain('【答案】');
  expect(all).not.toContain(`查看码${sheet.header.releaseCode}`);
  for (const q of questions) for (const line of keyLines(q)) if (line.label !== '答案') expect(all, `${q.id}: ${line.label}`).not.toContain(squeeze(line.text).slice(0, 30));

  await page.getByRole('button', { name: '打印教师卷' }).click();
  const teacher = await print(page, testInfo, 'teacher-copy');
  expectA4(teacher);
  teacher.pages.forEach((text, i) => expect(text, `page ${i + 1} of the teacher copy`).toContain('教师用'));
  const key = teacher.pages.join('');
  expect(key).toContain(`查看码${releaseCode('K7M2QX')}`);
  expect(key).not.toContain('答题卡');
  expect(key).toContain('答案速查');
  for (const q of questions) {
    for (const line of keyLines(q)) {
      expect(key, `${q.id}: ${line.label}`).toContain(squeeze(`【${line.label}】${line.text}`).slice(0, 40));
      for (const item of line.items ?? []) expect(key, `${q.id}: ${item}`).toContain(squeeze(item));
    }
  }
});

test('each Word file downloads on demand: the student paper with its 答题卡, and the teacher copy', async ({ page }) => {
  const scripts = scriptRequests(page);
  await openPaper(page);
  await islandsReady(page);
  const docxChunk = (urls: string[]) => urls.some((u) => /\/_astro\/docx\.[\w-]+\.js$/.test(u));
  expect(docxChunk(scripts), 'the Word code is not loaded with the page').toBe(false);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出学生卷（Word）' }).click();
  const file = await download;
  expect(docxChunk(scripts), 'the Word code loads when the button is pressed').toBe(true);
  expect(file.suggestedFilename()).toBe('试卷-期末-K7M2QX.docx');
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('K7M2QX');
  expect(xml).toContain('期末考试 答题卡');
  expect(xml).not.toContain('【答案】');
  await expect(page.getByRole('status')).toContainText('已导出 试卷-期末-K7M2QX.docx');

  const second = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出教师卷（Word）' }).click();
  const teacher = await second;
  expect(teacher.suggestedFilename()).toBe('试卷-期末-K7M2QX-教师用.docx');
  const teacherZip = await JSZip.loadAsync(await readFile(await teacher.path()));
  const teacherXml = await teacherZip.file('word/document.xml')!.async('string');
  expect(teacherXml).toContain('K7M2QX');
  expect(teacherXml).toContain('【答案】');
  const headers = await Promise.all(Object.keys(teacherZip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).map((n) => teacherZip.file(n)!.async('string')));
  expect(headers.join('')).toContain('教师用');
});

test('a new scope, 题量, code or 学号 redraws the paper and stays in the address; a bad code is explained', async ({ page }) => {
  await openPaper(page);
  await page.getByLabel('考试范围').selectOption({ label: '模块3 提供语音客户服务 单元测验' });
  await expect(page.getByRole('heading', { level: 2, name: '模块3 提供语音客户服务 单元测验', exact: true })).toBeVisible();
  await expect(page.getByLabel('题量')).toHaveValue('10');
  await expect(page.locator('.student-paper .question')).toHaveCount(10);
  await page.getByLabel('题量').selectOption('15');
  await expect(page.locator('.student-paper .question')).toHaveCount(15);
  await page.getByLabel('学号（可选）').fill('2023-0415');
  await page.getByLabel('学号（可选）').press('Enter');
  await expect(page.locator('.student-paper .name-line')).toContainText('2023-0415');
  await expect(page.locator('.teacher-mark')).toContainText('学号 2023-0415');
  await expect(page).toHaveURL(/scope=m3&count=15&paper=K7M2QX&limit=20&student=2023-0415/);
  const first = await page.locator('.student-paper .question .stem').first().textContent();
  await page.reload();
  await expect(page.locator('.paper-builder')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByLabel('学号（可选）')).toHaveValue('2023-0415');
  await expect(page.locator('.student-paper .question .stem').first()).toHaveText(first!);

  await page.getByLabel('试卷编号').fill('试卷一');
  await page.getByLabel('试卷编号').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '试卷编号只能包含' })).toBeVisible();
  await expect(page.getByLabel('试卷编号')).toHaveValue('试卷一');
  await expect(page.locator('.student-paper .paper-header .meta')).toContainText('K7M2QX');
  await page.getByLabel('试卷编号').fill('ab12cd');
  await page.getByLabel('试卷编号').press('Enter');
  await expect(page.locator('.student-paper .paper-header .meta')).toContainText('试卷编号：AB12CD');
  await expect(page.getByRole('alert').filter({ hasText: '试卷编号只能包含' })).toHaveCount(0);
});

test('a fresh visit is offered a random code of its own', async ({ page }) => {
  await page.goto(url);
  await expect(page.locator('.paper-builder')).toHaveAttribute('data-ready', 'true');
  const code = await page.getByLabel('试卷编号').inputValue();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(page.locator('.student-paper .paper-header .meta')).toContainText(`试卷编号：${code}`);
  await expect(page).toHaveURL(new RegExp(`paper=${code}`));
  await page.getByRole('button', { name: '换一个编号' }).click();
  await expect(page.getByLabel('试卷编号')).not.toHaveValue(code);
});
