import { expect, test, type Page } from '@playwright/test';
import { freightTable } from '../../src/data/freight.ts';
import { makeOrder, quoteOrder, yuanText } from '../../src/lib/freight/index.ts';
import { axe, axeProblems, base } from './site.ts';

const url = `${base}practice/freight/`;

async function open(page: Page) {
  await page.goto(url);
  const widget = page.locator('section.freight');
  await expect(widget).toHaveAttribute('data-ready', 'true');
  return widget;
}

/** Replaces a field's text using the keyboard only. */
async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

test('keyboard only: the worked example gives ¥25 with every step shown, and survives a reload', async ({ page }) => {
  const widget = await open(page);
  await widget.getByLabel('快递（计费规则）').focus();
  await page.keyboard.press('Tab'); // 目的地
  await page.keyboard.press('Tab'); // 抛比
  await page.keyboard.press('Tab'); // 实际重量
  await expect(widget.getByLabel('实际重量（kg）')).toBeFocused();
  await retype(page, '2.3');
  for (const side of ['40', '30', '20']) {
    await page.keyboard.press('Tab');
    await retype(page, side);
  }
  // The starting carrier and destination are the worked example's: 首重 1 kg 10 元, 续重 5 元/kg.
  await expect(widget.getByLabel('快递（计费规则）')).toHaveValue('tongda-style');
  await expect(widget.getByLabel(/目的地/)).toHaveValue('江苏');
  const steps = widget.getByRole('list', { name: '包裹 1 的计算步骤' });
  await expect(steps).toContainText('体积重量 = 40 × 30 × 20 ÷ 6000 = 4 kg');
  await expect(steps).toContainText('计费重量 = max(2.3, 4) = 4 kg');
  await expect(steps).toContainText('续重 = 4 − 1 = 3 kg → 进位后 3 kg');
  await expect(steps).toContainText('运费 = 10 + 3 × 5 = 25 元');
  await expect(widget.locator('[data-total]')).toHaveText('运费：25 元');

  // A second parcel, added and filled by keyboard, adds to the total.
  await widget.getByRole('button', { name: '再加一个包裹' }).focus();
  await page.keyboard.press('Enter');
  const second = widget.locator('[data-parcel="2"]');
  await second.getByLabel('实际重量（kg）').focus();
  await page.keyboard.type('1');
  await expect(widget.locator('[data-total]')).toHaveText('合计 2 个包裹：35 元');

  // A wrong entry explains itself in Chinese and the total waits.
  await page.keyboard.press('Tab');
  await page.keyboard.type('1000');
  await expect(second.getByText(/超过 300 cm/)).toBeVisible();
  await expect(widget.locator('[data-total]')).toHaveText('');

  await page.reload();
  await expect(widget).toHaveAttribute('data-ready', 'true');
  await expect(second.getByLabel('长（cm）')).toHaveValue('1000');
  await expect(widget.getByLabel('实际重量（kg）').first()).toHaveValue('2.3');

  expect(axeProblems(await axe(page).analyze())).toEqual([]);
});

test('practice: a wrong answer is diagnosed, then the right one is accepted', async ({ page }) => {
  const widget = await open(page);
  const practice = widget.locator('section.practice');
  await expect(practice).not.toHaveAttribute('data-seed', 'first');
  const seed = (await practice.getAttribute('data-seed'))!;
  const order = makeOrder(freightTable, seed);
  const key = quoteOrder(freightTable, order)!;
  const answer = practice.getByLabel('你算出的运费（元）');
  await answer.focus();
  await page.keyboard.type(yuanText(key.fen + 10_000));
  await page.keyboard.press('Enter');
  await expect(practice.getByRole('status')).toContainText('不对');
  await retype(page, yuanText(key.fen));
  await page.keyboard.press('Enter');
  await expect(practice.getByRole('status')).toContainText('回答正确');
  await page.keyboard.press('Tab'); // 核对答案
  await page.keyboard.press('Tab'); // 显示解题步骤
  await expect(practice.getByRole('button', { name: '显示解题步骤' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The last step ends on the price: 运费 = 13 + 2 × 4 = 21 元, or 运费 = 首重价 13 元 for an order within the first weight
  // (the order is drawn at random, so either may come up).
  const steps = practice.getByRole('list', { name: '练习订单的解题步骤' });
  await expect(steps).toContainText(key.steps.at(-1)!.text);
  await expect(steps).toContainText(`${yuanText(key.fen)} 元`);
  expect(axeProblems(await axe(page).analyze())).toEqual([]);
});

test('practice: forgetting the volumetric weight is named', async ({ page }) => {
  const widget = await open(page);
  const practice = widget.locator('section.practice');
  // Draw orders until one where the volumetric weight changes the price.
  for (let i = 0; i < 30; i++) {
    const seed = (await practice.getAttribute('data-seed'))!;
    const order = makeOrder(freightTable, seed);
    const key = quoteOrder(freightTable, order)!;
    const forgot = quoteOrder(freightTable, order, { noVolumetric: true })!;
    if (forgot.fen !== key.fen) {
      await practice.getByLabel('你算出的运费（元）').fill(yuanText(forgot.fen));
      await practice.getByRole('button', { name: '核对答案' }).click();
      await expect(practice.getByRole('status')).toContainText('漏算了体积重量');
      return;
    }
    await practice.getByRole('button', { name: '换一张订单' }).click();
    await expect(practice).not.toHaveAttribute('data-seed', seed);
  }
  throw new Error('30 orders without a volumetric effect');
});
