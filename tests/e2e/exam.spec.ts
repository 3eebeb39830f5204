import { expect, test } from '@playwright/test';
import { hydrated } from './quiz-helpers.ts';
import { base } from './site.ts';

test('a module test draws the same paper for the same code and reviews every question after hand-in', async ({ page }) => {
  await page.goto(`${base}tests/1/`);
  await expect(page.locator('section.exam')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('题量').selectOption('5');
  await page.getByLabel('试卷编号（可选）').fill('k7m2qx');
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.getByText('试卷编号 K7M2QX')).toBeVisible();
  const first = await page.locator('article.question h3 + p.prompt, article.question .prompt').first().textContent();
  await expect(page.locator('article.question')).toHaveCount(5);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('还有 5 题没有作答');
  await page.getByRole('button', { name: '确定交卷' }).click();
  await expect(page.getByRole('status').filter({ hasText: '成绩' })).toContainText('成绩：');
  await expect(page.locator('.explanation')).toHaveCount(5);
  await page.getByRole('button', { name: '再做一份新试卷' }).click();
  await page.getByLabel('题量').selectOption('5');
  await page.getByLabel('试卷编号（可选）').fill('K7M2QX');
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('article.question .prompt').first()).toHaveText(first!);
});

test('a bad paper code is explained and nothing starts', async ({ page }) => {
  await page.goto(`${base}tests/final/`);
  await expect(page.locator('section.exam')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('试卷编号（可选）').fill('试卷一');
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.getByRole('alert')).toContainText('试卷编号只能包含 4–12 位字母或数字');
  await expect(page.locator('article.question')).toHaveCount(0);
});

test('the GIFT file of a bank downloads as text and the import preview names unsupported lines', async ({ page, request }) => {
  const gift = await request.get(`${base}gift/m1.gift.txt`);
  expect(gift.status()).toBe(200);
  const text = await gift.text();
  expect(text).toContain('::');
  expect(text).toContain('询单转化率');
  await page.goto(`${base}teacher/banks/`);
  const importer = page.locator('.gift-import');
  await hydrated(importer);
  await page.getByLabel('粘贴 GIFT 文本').fill('::q1::客服第一句话应是？{=欢迎语 ~结束语}\n\n::q2::数值题 {#3:1}');
  await page.getByRole('button', { name: '预览导入结果' }).click();
  await expect(page.getByRole('status').filter({ hasText: '识别出' })).toContainText('识别出 1 道题');
  await expect(page.locator('.issues')).toContainText('第 3 行');
});
