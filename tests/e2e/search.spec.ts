import { expect, test } from '@playwright/test';
import { base } from './site.ts';

const results = (page: import('@playwright/test').Page) => page.locator('.hits > li > a');

test('searching 询单转化率 finds lesson 1.2 first', async ({ page }) => {
  await page.goto(`${base}search/`);
  await expect(page.locator('form.search')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('搜索关键词').fill('询单转化率');
  await expect(results(page).first()).toHaveText('1.2 客服岗位、素养与金牌客服');
  await expect(page.getByRole('status')).toContainText('找到');
  await expect(page.locator('.hits mark').first()).toContainText('询单转化率');
  await results(page).first().click();
  await expect(page).toHaveURL(`${base}lessons/1-2/`);
});

for (const [query, expected] of [
  ['海尔', '1.1 初识客户与电子商务客户服务'],
  ['首问负责制', '1.2 客服岗位、素养与金牌客服'],
  ['商品知识', '1.1 初识客户与电子商务客户服务'],
  ['千牛', null],
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
  await page.goto(`${base}search/?q=xyzzyq`);
  await expect(page.getByRole('status')).toContainText('没有找到与“xyzzyq”相关的内容');
});

test('a search with only partial matches says so', async ({ page }) => {
  await page.goto(`${base}search/?q=${encodeURIComponent('量子纠缠')}`);
  await expect(page.getByRole('status')).toContainText('没有找到完全包含“量子纠缠”的内容');
});
