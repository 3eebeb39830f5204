import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { base } from './site.ts';

const formOf = (page: Page, title: string) => page.locator('section.form-table').filter({ has: page.getByRole('heading', { name: title }) });

async function openForm(page: Page, title = '表1-1 海尔集团售后服务') {
  await page.goto(`${base}lessons/1-1/`);
  const form = formOf(page, title);
  await form.scrollIntoViewIfNeeded();
  // The island hydrates when it scrolls into view.
  await expect(form).toHaveAttribute('data-ready', 'true');
  return form;
}

test('what a student types is saved, survives a reload and counts towards completion', async ({ page }) => {
  const form = await openForm(page);
  await form.getByLabel('姓名').fill('林小悦');
  await form.getByLabel('海尔集团服务理念 - 查询结果').fill('真诚到永远');
  await expect(form.getByText('已填 1 / 5 格')).toBeVisible();
  await page.waitForTimeout(700);
  await page.reload();
  const again = await openForm(page);
  await expect(again.getByLabel('海尔集团服务理念 - 查询结果')).toHaveValue('真诚到永远');
  await expect(again.getByLabel('姓名')).toHaveValue('林小悦');
  await expect(again).toHaveAttribute('data-state', 'in-progress');
});

test('two tabs on the same form stay consistent', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  const a = await openForm(one);
  const b = await openForm(two);
  await a.getByLabel('咨询帮助热线 - 查询结果').fill('以官方公布为准');
  await expect(b.getByLabel('咨询帮助热线 - 查询结果')).toHaveValue('以官方公布为准', { timeout: 5000 });
});

test('reset asks first and keeps name and class', async ({ page }) => {
  const form = await openForm(page);
  await form.getByLabel('姓名').fill('林小悦');
  await form.getByLabel('服务项目 - 查询结果').fill('安装、维修');
  await form.getByRole('button', { name: '清空重填' }).click();
  await expect(form.getByRole('group', { name: '确认清空' })).toBeVisible();
  await form.getByRole('button', { name: '确定清空' }).click();
  await expect(form.getByLabel('服务项目 - 查询结果')).toHaveValue('');
  await expect(form.getByLabel('姓名')).toHaveValue('林小悦');
});

test('the Word export is a real .docx with the table and the typed text', async ({ page }) => {
  const form = await openForm(page);
  await form.getByLabel('姓名').fill('林小悦');
  await form.getByLabel('App名称 - 查询结果').fill('海尔智家');
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: '导出 Word' }).click();
  const file = await (await download).path();
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('<w:tbl>');
  expect(xml).toContain('海尔集团售后服务');
  expect(xml).toContain('海尔智家');
  expect(xml).toContain('林小悦');
});

test('JSON export imports back; a foreign or broken file changes nothing and says why', async ({ page }) => {
  const form = await openForm(page);
  await form.getByLabel('服务项目 - 查询结果').fill('上门安装');
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: '导出 JSON' }).click();
  const json = await readFile(await (await download).path(), 'utf8');
  await form.getByLabel('服务项目 - 查询结果').fill('改过了');

  const chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: '导入 JSON' }).click();
  await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(form.getByRole('alert')).toContainText('不是有效的表格文件');
  await expect(form.getByLabel('服务项目 - 查询结果')).toHaveValue('改过了');

  const foreign = JSON.stringify({ ...JSON.parse(json), formId: 'm1.form.xiaozhi' });
  const chooser2 = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: '导入 JSON' }).click();
  await (await chooser2).setFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(foreign) });
  await expect(form.getByRole('alert')).toContainText('不能导入到“表1-1 海尔集团售后服务”');
  await expect(form.getByLabel('服务项目 - 查询结果')).toHaveValue('改过了');

  const chooser3 = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: '导入 JSON' }).click();
  await (await chooser3).setFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await form.getByRole('button', { name: '确认导入' }).click();
  await expect(form.getByLabel('服务项目 - 查询结果')).toHaveValue('上门安装');
});

test('printing a form prints only the form, with the table', async ({ page }) => {
  const form = await openForm(page);
  await form.getByLabel('姓名').fill('林小悦');
  await form.getByLabel('海尔集团服务理念 - 查询结果').fill('真诚到永远');
  await page.evaluate(() => {
    window.print = () => {};
  });
  await form.getByRole('button', { name: '打印' }).click();
  await page.emulateMedia({ media: 'print' });
  const visibleHeadings = await page.locator('h1, h2').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
  expect(visibleHeadings).toBe(0);
  await expect(form.locator('table, [role="table"]').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});

test('a form can be filled with the keyboard alone', async ({ page }) => {
  const form = await openForm(page);
  await form.getByLabel('姓名').focus();
  await page.keyboard.type('林小悦');
  await page.keyboard.press('Tab');
  await page.keyboard.type('电商2301');
  await page.keyboard.press('Tab');
  await page.keyboard.type('真诚到永远');
  await expect(form.getByLabel('班级')).toHaveValue('电商2301');
  await expect(form.getByLabel('海尔集团服务理念 - 查询结果')).toHaveValue('真诚到永远');
});
