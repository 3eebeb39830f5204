import { expect, test } from '@playwright/test';
import { base } from './site.ts';

test('the home page offers to continue with the lesson read last', async ({ page }) => {
  await page.goto(base);
  const button = page.locator('#continue-link');
  await expect(button).toHaveText('开始学习：1.1 初识客户与电子商务客户服务');
  await page.goto(`${base}lessons/1-2/`);
  await page.goto(base);
  await expect(button).toHaveText('继续学习：1.2 客服岗位、素养与金牌客服');
  await button.click();
  await expect(page).toHaveURL(`${base}lessons/1-2/`);
});

test('corrupt saved progress is set aside, not lost, and the learner is told', async ({ page }) => {
  await page.goto(base);
  await page.evaluate(() => localStorage.setItem('kefu:v1:visits', '{"v":1,"data":{"1.1":'));
  await page.reload();
  await expect(page.locator('#storage-notice')).toContainText('“已读课次记录”的记录无法读取');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('kefu:quarantine:kefu:v1:visits:')).map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"v":1,"data":{"1.1":']);
});

test('when the browser refuses storage the page still works and says work is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base);
  await expect(page.locator('#storage-notice')).toContainText('不允许本网站保存数据');
  await expect(page.locator('#continue-link')).toHaveText(/开始学习/);
  await page.goto(`${base}lessons/1-1/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a full storage quota does not break the page', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base);
  await expect(page.locator('#storage-notice')).toContainText('存储空间已满');
  expect(errors).toEqual([]);
});
