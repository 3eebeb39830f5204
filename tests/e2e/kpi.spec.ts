import { expect, test, type Page } from '@playwright/test';
import { axe, axeProblems, base } from './site.ts';

const url = `${base}practice/kpi/`;

async function open(page: Page) {
  await page.goto(url);
  const calculator = page.locator('section.kpi-calculator');
  await expect(calculator).toHaveAttribute('data-ready', 'true');
  return calculator;
}

const result = (page: Page, id: string) => page.locator(`[data-kpi="${id}"]`);

test('numbers typed with the keyboard only show each formula with the numbers filled in, and survive a reload', async ({ page }) => {
  const calculator = await open(page);
  await calculator.getByLabel('咨询人数').focus();
  // Tab order follows the form: 咨询人数 → 下单人数 → 销售额 → 成交客户数 → 客户咨询消息数 → 客服回复消息数 → the two time lists.
  for (const value of ['500', '80', '14320', '', '1250', '1500', '8 12 20 6 14', '18×10 22']) {
    if (value) await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  const numbers = calculator.getByRole('list', { name: '按数字计算的结果' });
  await expect(numbers.locator('[data-kpi="conversion"]')).toContainText('询单转化率 = 80 ÷ 500 × 100% = 16.0%');
  await expect(numbers.locator('[data-kpi="conversion"]')).toContainText('每 100 位咨询的顾客中有 16 位下单。');
  await expect(numbers.locator('[data-kpi="order-value"]')).toContainText('客单价 = 14320 ÷ 80 = 179.0 元');
  await expect(numbers.locator('[data-kpi="qa-ratio"]')).toContainText('问答比 = 1500 ÷ 1250 = 1.20');
  await expect(numbers.locator('[data-kpi="first-response"]')).toContainText('（8 + 12 + 20 + 6 + 14）÷ 5 = 60 ÷ 5 = 12 秒');
  await expect(numbers.locator('[data-kpi="average-response"]')).toContainText('（18 × 10 + 22）÷ 19 = 202 ÷ 19 ≈ 10.6 秒');

  await page.reload();
  await expect(page.locator('section.kpi-calculator')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByLabel('咨询人数')).toHaveValue('500');
  await expect(result(page, 'conversion')).toContainText('16.0%');
});

test('bad numbers get a Chinese message naming the field', async ({ page }) => {
  const calculator = await open(page);
  await calculator.getByLabel('咨询人数').focus();
  await page.keyboard.type('0');
  await page.keyboard.press('Tab');
  await page.keyboard.type('abc');
  await expect(result(page, 'conversion')).toContainText('下单人数“abc”不是数字');
  await expect(result(page, 'conversion')).toContainText('咨询人数为 0，除数不能为 0');
  expect(axeProblems(await axe(page).include('section.kpi-calculator').analyze())).toEqual([]);
});

test('a pasted workbench log is measured, bad lines are named, and the page has no axe violations', async ({ page }) => {
  const calculator = await open(page);
  await calculator.getByLabel('聊天记录').focus();
  await page.keyboard.insertText(['2026-03-05 23:59:50 顾客小王：在吗', '00:00:05 客服小悦：亲，在的～', '00:00:20 顾客小王：有白色吗', '在吗', '00:00:30 客服小悦：有的', '00:01 没有名字的一行'].join('\n'));
  const fromLog = calculator.getByRole('list', { name: '按聊天记录计算的结果' });
  await expect(fromLog.locator('[data-kpi="qa-ratio"]')).toContainText('问答比 = 2 ÷ 2 = 1.00');
  await expect(fromLog.locator('[data-kpi="first-response"]')).toContainText('（15）÷ 1 = 15 秒');
  await expect(fromLog.locator('[data-kpi="average-response"]')).toContainText('（15 + 10）÷ 2 = 25 ÷ 2 = 12.5 秒');
  await expect(calculator.getByRole('list', { name: '没有计入的行' })).toContainText('第 6 行：找不到发言人');

  // An agent list makes every other name a customer.
  await calculator.getByLabel('客服名单（可不填）').focus();
  await page.keyboard.type('小王');
  await expect(fromLog.locator('[data-kpi="qa-ratio"]')).toContainText('2 ÷ 2');
  await expect(calculator.getByRole('status')).toContainText('顾客 1 位（客服小悦）');

  expect(axeProblems(await axe(page).analyze())).toEqual([]);
});

test('the example buttons and the clear button work from the keyboard', async ({ page }) => {
  const calculator = await open(page);
  await calculator.getByRole('button', { name: '填入课本例题（售前组小组合计）' }).focus();
  await page.keyboard.press('Enter');
  await expect(calculator.getByRole('heading', { name: '按数字计算' })).toBeFocused();
  await expect(result(page, 'first-response').first()).toContainText('6080 ÷ 500 ≈ 12.2 秒');
  await expect(result(page, 'average-response').first()).toContainText('75720 ÷ 3460 ≈ 21.9 秒');
  await calculator.getByRole('button', { name: '清空全部输入' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(calculator.getByLabel('咨询人数')).toHaveValue('');
});
