import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { axe, axeProblems, base, islandsReady, planPages, scriptRequests } from './site.ts';


async function openPlan(page: Page, slug = '1-1') {
  await page.goto(`${base}plans/${slug}/`);
  await expect(page.locator('.lesson-plan-view')).toHaveAttribute('data-ready', 'true');
}

/** Text of the cell that shows a teacher field. */
const fieldCell = (page: Page, field: string) => page.locator(`td[data-field="${field}"]`);

/** Number of pages of a PDF made by Chromium, and whether each is A4 (595 × 842 pt). */
function pdfPages(pdf: Buffer): { count: number; a4: boolean } {
  const text = pdf.toString('latin1');
  const count = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  return { count, a4: boxes.length > 0 && boxes.every(([w, h]) => Math.abs(w! - 595.3) < 1 && Math.abs(h! - 841.9) < 1) };
}

// That every lesson has a plan with all sections and 90 minutes is read from dist/
// (tests/built-site/lesson-plans.test.ts).

test('the lesson page and the module page link to the plan', async ({ page }) => {
  await page.goto(`${base}lessons/1-1/`);
  await page.getByRole('link', { name: '查看与打印教案' }).click();
  await expect(page).toHaveURL(`${base}plans/1-1/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('《电子商务客户服务》教学详案');
  await page.goto(`${base}modules/3/`);
  await page.getByRole('link', { name: /^教案\s*：3\.2 呼入业务流程$/ }).click();
  await expect(page).toHaveURL(`${base}plans/3-2/`);
});

test('teacher fields are kept across reloads and lessons, and print as text in the table', async ({ page }) => {
  await openPlan(page);
  await page.getByLabel('授课班级').fill('电商2401班');
  await page.getByLabel('授课教师').fill('王老师');
  await page.getByLabel('授课时间').fill('第3周 周二 第1、2节');
  await expect(fieldCell(page, 'className')).toHaveText('电商2401班');
  await page.reload();
  await openPlan(page);
  await expect(page.getByLabel('授课班级')).toHaveValue('电商2401班');
  await expect(page.getByLabel('授课时间')).toHaveValue('第3周 周二 第1、2节');
  await openPlan(page, '5-2');
  await expect(page.getByLabel('授课教师')).toHaveValue('王老师');

  await page.emulateMedia({ media: 'print' });
  await expect(fieldCell(page, 'className')).toHaveText('电商2401班');
  await expect(fieldCell(page, 'teacher')).toHaveText('王老师');
  await expect(fieldCell(page, 'time')).toHaveText('第3周 周二 第1、2节');
  // The blank 授课地点 prints empty (room to write by hand), with no on-screen hint.
  await expect(fieldCell(page, 'place')).toHaveText('', { useInnerText: true });
  for (const chrome of [page.getByLabel('授课班级'), page.getByRole('button', { name: '打印教案' }), page.locator('.site-header'), page.locator('.site-footer'), page.locator('.breadcrumb')]) {
    await expect(chrome).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the Word file downloads on demand: a valid .docx with the title, the tables and the teacher fields', async ({ page }) => {
  const scripts = scriptRequests(page);
  await openPlan(page);
  await page.getByLabel('授课教师').fill('王老师');
  await islandsReady(page);
  const docxChunk = (urls: string[]) => urls.some((u) => /\/_astro\/docx\.[\w-]+\.js$/.test(u));
  expect(docxChunk(scripts), 'the Word code is not loaded with the page').toBe(false);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word' }).click();
  const file = await download;
  expect(docxChunk(scripts), 'the Word code loads when the button is pressed').toBe(true);
  expect(file.suggestedFilename()).toBe('教案-1.1-初识客户与电子商务客户服务.docx');
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('《电子商务客户服务》教学详案');
  expect(xml).toContain('1.1 初识客户与电子商务客户服务');
  expect(xml).toContain('王老师');
  // 教学设计, 教学过程 (five columns), 板书设计 (a one-cell box), 作业与教学反思.
  expect(xml.match(/<w:tbl>/g)).toHaveLength(4);
  for (const head of ['教学环节', '教师活动', '学生活动', '设计意图', '板书设计']) expect(xml).toContain(head);
  await expect(page.getByRole('status').filter({ hasText: '已导出 Word 文件' })).toBeVisible();
});

test('the 详案 shows, per segment, 教师活动 / 学生活动 / 设计意图 and then the 板书设计; the 简案 is one switch away', async ({ page }) => {
  await openPlan(page, '1-2');
  const process = page.locator('#plan-process');
  await expect(process.locator('thead th')).toHaveText(['教学环节', '时间', '教师活动', '学生活动', '设计意图']);
  const practice = process.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '学生实践' }) });
  await expect(practice).toContainText('巡视指导表1-4至表1-6的填写');
  await expect(practice).toContainText('用 SMART 原则写出三个实习目标');
  const board = page.getByRole('region', { name: '板书设计' });
  await expect(board).toContainText('1.2 客服岗位、素养与金牌客服');
  await expect(board.getByRole('listitem')).toHaveCount(6);
  await expect(board.getByRole('listitem').first()).toContainText('一、岗位与组织结构');

  await page.getByRole('radio', { name: '简案' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('《电子商务客户服务》教学简案');
  await expect(process.locator('thead th')).toHaveText(['环节', '时间', '教学活动']);
  await expect(page.getByRole('region', { name: '板书设计' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word' }).click();
  expect((await download).suggestedFilename()).toBe('简案-1.2-客服岗位、素养与金牌客服.docx');
});

test('every 详案 prints on two to four A4 pages, every 简案 on one or two', async ({ page }) => {
  test.setTimeout(240_000);
  for (const url of planPages()) {
    await openPlan(page, url.match(/plans\/([\d-]+)\//)![1]);
    const detailed = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(detailed.a4, url).toBe(true);
    expect(detailed.count, url).toBeGreaterThanOrEqual(2);
    expect(detailed.count, url).toBeLessThanOrEqual(4);
    await page.getByRole('radio', { name: '简案' }).check();
    const brief = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(brief.count, url).toBeGreaterThanOrEqual(1);
    expect(brief.count, url).toBeLessThanOrEqual(2);
  }
});

test('the 学案 is linked from the lesson and the plan, and prints preview tasks, classroom tasks with blank forms, and the homework', async ({ page }) => {
  await page.goto(`${base}lessons/1-2/`);
  await page.getByRole('link', { name: '打印本课学案' }).click();
  await expect(page).toHaveURL(`${base}plans/1-2/guide/`);
  await expect(page.locator('.guide-actions')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('《电子商务客户服务》学案');
  const preview = page.getByRole('region', { name: '一、课前预习' });
  await expect(preview.getByRole('listitem')).toHaveCount(3);
  await expect(preview).toContainText('询单转化率 16% 的意思');
  const tasks = page.getByRole('region', { name: '二、课堂任务' });
  await expect(tasks.getByRole('table')).toHaveCount(5);
  const orgChart = tasks.getByRole('table', { name: '表1-7 暖居优品客服部岗位与汇报关系' });
  await expect(orgChart).toBeVisible();
  await expect(tasks.getByRole('table', { name: '表1-8 我的实习目标' }).getByRole('columnheader').first()).toBeVisible();
  const homework = page.getByRole('region', { name: '三、课后作业' });
  await expect(homework).toContainText('计算该店当天的询单转化率和客单价');
  expect(axeProblems(await axe(page).analyze())).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  for (const chrome of [page.getByRole('button', { name: '打印学案' }), page.locator('.site-header'), page.locator('.breadcrumb')]) await expect(chrome).toBeHidden();
  await expect(page.getByText('班级：')).toBeVisible();
  for (const slug of ['1-2', '8-1']) {
    await page.goto(`${base}plans/${slug}/guide/`);
    const { count, a4 } = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(a4).toBe(true);
    expect(count, slug).toBeGreaterThanOrEqual(1);
    expect(count, slug).toBeLessThanOrEqual(3);
  }

  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${base}plans/8-1/`);
  await page.getByRole('link', { name: '学生学案' }).click();
  await expect(page).toHaveURL(`${base}plans/8-1/guide/`);
  await expect(page.locator('.guide-actions')).toHaveAttribute('data-ready', 'true');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('学案-8.1-客户档案与客户关系管理.docx');
  const xml = await (await JSZip.loadAsync(await readFile(await file.path()))).file('word/document.xml')!.async('string');
  expect(xml).toContain('表8-1 客户档案');
  expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
});

test('without storage the plan still works and says the fields are not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openPlan(page);
  // The form says what still works; the page's storage notice says it for the whole page.
  await expect(page.getByRole('status').filter({ hasText: '打印和导出 Word 不受影响' })).toBeVisible();
  await expect(page.locator('#storage-notice')).toContainText('无痕或隐私模式');
  await page.getByLabel('授课地点').fill('电商实训室');
  await expect(fieldCell(page, 'place')).toHaveText('电商实训室');
});

// Blank, the plan page is checked with every other page (every-page.spec.ts).
test('the plan page has no axe violations once a teacher field is filled', async ({ page }) => {
  await openPlan(page);
  await page.getByLabel('授课班级').fill('电商2401班');
  const filled = await axe(page).analyze();
  expect(axeProblems(filled)).toEqual([]);
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  test('the plan does not scroll sideways and the fields can be filled by keyboard', async ({ page }) => {
    await openPlan(page, '7-3');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByLabel('授课班级').focus();
    await page.keyboard.type('电商2402班');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('授课教师')).toBeFocused();
    await expect(fieldCell(page, 'className')).toHaveText('电商2402班');
  });
});
