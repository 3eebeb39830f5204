import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { base } from './site.ts';
import { outline } from '../../src/data/index.ts';

const results = (page: import('@playwright/test').Page) => page.locator('.hits > li > a');

test('searching 询单转化率 finds lesson 1.2 first', async ({ page }) => {
  await page.goto(`${base}search/`);
  await expect(page.locator('form.search')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('搜索关键词').fill('询单转化率');
  await expect(results(page).first()).toHaveText('1.2 客服岗位、素养与金牌客服');
  await expect(page.getByRole('status')).toContainText('找到');
  await expect(page.locator('.hits mark').first()).toContainText('询单转化率');
  // The glossary answers first: the definition and the lesson that teaches the term.
  const definition = page.getByRole('complementary', { name: '术语释义' });
  await expect(definition).toContainText('询单转化率：');
  await expect(definition.getByRole('link')).toHaveText('1.2 客服岗位、素养与金牌客服');
  await results(page).first().click();
  await expect(page).toHaveURL(`${base}lessons/1-2/`);
});

test('a query in the address is searched on arrival', async ({ page }) => {
  await page.goto(`${base}search/?q=${encodeURIComponent('海尔')}`);
  await expect(page.getByLabel('搜索关键词')).toHaveValue('海尔');
  await expect(results(page).first()).toHaveText('1.1 初识客户与电子商务客户服务');
});

test('the module filter narrows results and survives a reload', async ({ page }) => {
  await page.goto(`${base}search/?q=${encodeURIComponent('客服')}`);
  await expect(results(page).first()).toBeVisible();
  await page.getByLabel('按模块筛选').selectOption('模块2 使用网络工具');
  await expect(page.getByRole('status')).toBeVisible();
  await expect(page.locator('.hits .tag').filter({ hasNotText: '模块2' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('按模块筛选')).toHaveValue('模块2 使用网络工具');
});

test('a search with no hits says what to try instead', async ({ page }) => {
  await page.goto(`${base}search/?q=qjzvkw`);
  await expect(page.getByRole('status')).toContainText('没有找到与“qjzvkw”相关的内容');
});

test('a search with only partial matches says so', async ({ page }) => {
  await page.goto(`${base}search/?q=${encodeURIComponent('量子纠缠')}`);
  await expect(page.getByRole('status')).toContainText('没有找到完全包含“量子纠缠”的内容');
});

// A student types a key term and expects the lesson that teaches it at the top (one row per term).
const queries = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as { q: string; lesson: string }[];

test('the search table covers every lesson with at least 30 queries', () => {
  expect(queries.length).toBeGreaterThanOrEqual(30);
  expect(new Set(queries.map((row) => row.lesson))).toEqual(new Set(outline.map((e) => e.code)));
});

// Terms a lesson teaches beside the table's, from the first version of this spec.
const more = [
  { q: '首问负责制', lesson: '1.2' },
  { q: '商品知识', lesson: '1.1' },
  { q: '千牛', lesson: '2.1' },
];

test('every query of the search table (and a few more) finds its lesson first, typed one after another in one page', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(`${base}search/`);
  await expect(page.locator('form.search')).toHaveAttribute('data-ready', 'true');
  const box = page.getByLabel('搜索关键词');
  for (const { q, lesson } of [...queries, ...more]) {
    // Clearing empties the list at once, so the next first hit cannot be left over from this query.
    await box.fill('');
    await expect(results(page)).toHaveCount(0);
    await box.fill(q);
    const title = outline.find((e) => e.code === lesson)!.title;
    await expect.soft(results(page).first(), `searching ${q}`).toHaveText(`${lesson} ${title}`);
  }
});
