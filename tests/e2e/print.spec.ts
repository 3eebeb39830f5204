import { execFileSync } from 'node:child_process';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { questionsByIds } from '../../src/data/questions/index.ts';
import { hydrated } from './quiz-helpers.ts';
import { base, islandsReady } from './site.ts';

/*
 * What a teacher prints comes out as clean A4: a lesson, a form (through its own 打印 button), a
 * lesson plan (教案), the course standard (课程标准) and the grade sheet. Each is printed with
 * page.pdf({ format: 'A4' }) and read back with poppler's pdfinfo / pdftotext: A4 pages, a sane page
 * count, the key text present, and no site chrome (main navigation, footer, skip link, on-screen
 * buttons). The PDFs are kept in the test's output folder for a look (pdftoppm -png -r 50).
 */

/** Text of the site chrome that must never be printed (whitespace removed). */
const chrome = {
  navigation: '课程首页课程标准练习测验搜索',
  footer: '术语表覆盖矩阵题库导出',
  skipLink: '跳到正文',
};

interface Printed {
  pages: number;
  size: string;
  /** The PDF's text with all whitespace removed (pdftotext spaces CJK text unpredictably). */
  text: string;
}

/** Prints the page to A4 and reads the PDF back with poppler. */
async function print(page: Page, testInfo: TestInfo, name: string): Promise<Printed> {
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  return { pages: Number(info.match(/^Pages:\s+(\d+)/m)![1]), size: info.match(/^Page size:\s+(.*)$/m)![1]!, text };
}

/** A4 pages, page count within [min, max], `present` text in it, no site chrome. */
function expectClean(printed: Printed, { min, max, present }: { min: number; max: number; present: string[] }) {
  // Chromium's 'A4' is 8.27 × 11.7 in (595.9 × 842.9 pt); poppler still names it A4.
  const [width, height] = printed.size.split(' x ').map((n) => parseFloat(n));
  expect(printed.size).toContain('(A4)');
  expect(Math.abs(width! - 595.28)).toBeLessThan(2);
  expect(Math.abs(height! - 841.89)).toBeLessThan(2);
  expect(printed.pages).toBeGreaterThanOrEqual(min);
  expect(printed.pages).toBeLessThanOrEqual(max);
  for (const text of present) expect(printed.text, `printed text contains ${text}`).toContain(text.replace(/\s+/g, ''));
  for (const [part, text] of Object.entries(chrome)) expect(printed.text, `the ${part} is not printed`).not.toContain(text);
}

test('a lesson prints without the navigation, footer, pager or projector button', async ({ page }, testInfo) => {
  await page.goto(`${base}lessons/1-1/`);
  await islandsReady(page);
  const printed = await print(page, testInfo, 'lesson-1-1');
  // The quiz prints too, with the items of its matching question (there is nothing to click on paper).
  const [matching] = questionsByIds(['m1.q.classify-stage'], 'test');
  if (matching?.type !== 'matching') throw new Error('m1.q.classify-stage should be a matching question');
  expectClean(printed, { min: 3, max: 30, present: ['初识客户与电子商务客户服务', '情景导入', '课堂小测', '作业布置', ...matching.items.map((i) => i.text)] });
  expect(printed.text).not.toContain('投影模式');
  expect(printed.text).not.toContain('下一课');
});

test('a form printed with its 打印 button is only that form, with what the student typed', async ({ page }, testInfo) => {
  await page.goto(`${base}lessons/1-1/`);
  const form = page.locator('section.form-table').filter({ has: page.getByRole('heading', { name: '表1-1 海尔集团售后服务' }) });
  await hydrated(form);
  await form.getByLabel('姓名').fill('林小悦');
  await form.getByLabel('海尔集团服务理念 - 查询结果').fill('真诚到永远');
  // The print dialog itself cannot be driven; the button still prepares the page for printing.
  await page.evaluate(() => {
    window.print = () => {};
  });
  await form.getByRole('button', { name: '打印' }).click();
  const printed = await print(page, testInfo, 'form-1-1');
  expectClean(printed, { min: 1, max: 2, present: ['表1-1 海尔集团售后服务', '林小悦', '真诚到永远', '服务项目'] });
  // Nothing else of the lesson, and none of the form's own buttons.
  expect(printed.text).not.toContain('情景导入');
  expect(printed.text).not.toContain('课堂小测');
  for (const button of ['导出Word', '导入JSON', '清空重填']) expect(printed.text).not.toContain(button);
});

test('a 教案 prints on A4: the 详案 on two to four pages with its 板书设计, the 简案 on one or two', async ({ page }, testInfo) => {
  await page.goto(`${base}plans/1-1/`);
  await islandsReady(page);
  const detailed = await print(page, testInfo, 'plan-1-1');
  expectClean(detailed, { min: 2, max: 4, present: ['教学详案', '初识客户与电子商务客户服务', '教学过程', '教师活动', '设计意图', '板书设计'] });
  expect(detailed.text).not.toContain('教案格式');
  await page.getByRole('radio', { name: '简案' }).check();
  const brief = await print(page, testInfo, 'plan-1-1-brief');
  expectClean(brief, { min: 1, max: 2, present: ['教学简案', '初识客户与电子商务客户服务', '教学过程'] });
});

test('a 学案 prints on one to three A4 pages with blanks for 班级, 姓名 and 学号', async ({ page }, testInfo) => {
  await page.goto(`${base}plans/8-2/guide/`);
  await islandsReady(page);
  const printed = await print(page, testInfo, 'guide-8-2');
  expectClean(printed, { min: 1, max: 3, present: ['学案', '班级：', '学号：', '课前预习', '课堂任务', '表8-3 客户关怀短信设计', '课后作业'] });
  expect(printed.text).not.toContain('打印学案');
});

test('the 课程标准 prints with its full requirements table and without on-screen links', async ({ page }, testInfo) => {
  await page.goto(`${base}standard/`);
  const printed = await print(page, testInfo, 'standard');
  expectClean(printed, { min: 3, max: 16, present: ['课程标准', '课程性质', '课程内容和要求', '教学组织与评价', '教材选用', '合计'] });
  expect(printed.text).not.toContain('查看覆盖矩阵');
  expect(printed.text).not.toContain('打印说明');
});

test('the grade sheet of a small pasted class prints on one page with a signature line', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', 'true');
  });
  await page.goto(`${base}teacher/grades/`);
  await expect(page.locator('.grade-calculator')).toHaveAttribute('data-ready', 'true');
  const header = '学号	姓名	出勤	学习态度-课堂纪律	师生互助	尊师重教	活动提问参与度	模块作品质量	活动参与度	学习过程-课堂纪律	店铺运营效果	期中考试	期末考试	免考	优秀（技能大赛）';
  const rows = [
    '20240001	王芳	97	96	78	54	62	58	69	91	69	73	91		',
    '20240002	李磊	61	78	91	84	73	78	99	65	86	93	70		',
    '20240003	张涛	96	57	88	84	92	97	99	65	85	97	80		',
    '20240004	陈静	90	85	80	88	90	86	92	90	88	84	87		',
    '20240005	刘洋	70	66	60	58	61	59	64	62	60	55	52		',
  ];
  await page.getByLabel(/粘贴到这里/).fill([header, ...rows].join('\n'));
  await page.getByRole('button', { name: '读取粘贴的成绩' }).click();
  await expect(page.getByText('已从粘贴的内容读取 5 行')).toBeVisible();
  await page.getByLabel('班级').fill('23 级电商 1 班');
  await page.getByRole('button', { name: '打印成绩单' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'true');
  const printed = await print(page, testInfo, 'grade-sheet');
  expectClean(printed, { min: 1, max: 1, present: ['学期成绩单', '23 级电商 1 班', '任课教师（签名）', '王芳', '李磊', '张涛', '陈静', '刘洋'] });
  // Only the sheet: the calculator's own controls stay on screen.
  expect(printed.text).not.toContain('读取粘贴的成绩');
  expect(printed.text).not.toContain('打印成绩单');
});
