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

for (const [query, expected] of [
  ['海尔', '1.1 初识客户与电子商务客户服务'],
  ['首问负责制', '1.2 客服岗位、素养与金牌客服'],
  ['商品知识', '1.1 初识客户与电子商务客户服务'],
  ['千牛', '2.1 即时通信工具与千牛工作台设置'],
] as const) {
  test(`searching ${query} finds the lesson that teaches it`, async ({ page }) => {
    await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByLabel('搜索关键词')).toHaveValue(query);
    if (expected) await expect(results(page).first()).toHaveText(expected);
    else await expect(results(page).first()).toBeVisible();
  });
}

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

for (const { q, lesson } of queries) {
  test(`searching ${q} finds lesson ${lesson} first`, async ({ page }) => {
    const title = outline.find((e) => e.code === lesson)!.title;
    await page.goto(`${base}search/?q=${encodeURIComponent(q)}`);
    await expect(results(page).first()).toHaveText(`${lesson} ${title}`);
  });
}
