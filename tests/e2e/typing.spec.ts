import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { axe, axeProblems, base, islandsReady, scriptRequests } from './site.ts';

const url = `${base}practice/typing/`;
const isHan = (char: string) => /\p{Script=Han}/u.test(char);

/** Opens the trainer with a paused fake clock, so only `clock.runFor` moves time. */
async function openTrainer(page: Page) {
  await page.clock.install();
  await page.goto(url);
  const trainer = page.locator('section.typing-trainer');
  await expect(trainer).toHaveAttribute('data-ready', 'true');
  await page.clock.pauseAt(Date.now() + 60_000);
  const cdp = await page.context().newCDPSession(page);
  return { trainer, cdp, box: trainer.getByRole('textbox', { name: /输入区/ }) };
}

const passageOf = (page: Page) => page.locator('[data-passage]').getAttribute('data-passage').then((t) => t!);

/**
 * Types like a pinyin IME user: each Han character through a composition ("x", "xy" as the pinyin)
 * committed with Input.insertText; punctuation inserted directly as committed text.
 */
async function typeIme(page: Page, cdp: CDPSession, text: string) {
  for (const char of Array.from(text)) {
    if (isHan(char)) {
      for (const pinyin of ['x', 'xy']) await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
      await cdp.send('Input.insertText', { text: char });
    } else {
      await page.keyboard.insertText(char);
    }
  }
}

async function chooseTimed(page: Page, minutes: 1 | 3 | 5) {
  await page.getByRole('radio', { name: '限时练习' }).check();
  await page.getByRole('radio', { name: `${minutes} 分钟` }).check();
}

test('a passage typed through the IME in exactly 2 minutes gives correct characters ÷ 2', async ({ page }) => {
  const { trainer, cdp, box } = await openTrainer(page);
  await trainer.getByLabel('内容').selectOption({ label: '售后道歉' });
  const passage = await passageOf(page);
  const chars = Array.from(passage);
  await box.focus();
  // The clock starts at the first committed character, not at page load (a minute has passed already).
  await typeIme(page, cdp, chars[0]!);
  await page.clock.runFor(60_000);
  await typeIme(page, cdp, chars.slice(1, 50).join(''));
  await page.clock.runFor(60_000);
  await typeIme(page, cdp, chars.slice(50).join(''));
  const result = trainer.locator('[data-speed]');
  await expect(result).toBeVisible();
  const expected = chars.length / 2;
  const measured = Number(await result.getAttribute('data-speed'));
  expect(Math.abs(measured - expected) / expected).toBeLessThanOrEqual(0.02);
  await expect(result.locator('[data-result="speed"]')).toHaveText(`${Math.round(expected)} 字/分`);
  await expect(result.locator('[data-result="accuracy"]')).toHaveText('100%');
  await expect(trainer.getByRole('heading', { name: '本次成绩' })).toBeFocused();
});

test('timed mode: passages keep coming, the limit ends the run, speed = correct characters in 1 minute', async ({ page }) => {
  const { trainer, cdp, box } = await openTrainer(page);
  await chooseTimed(page, 1);
  await box.focus();
  const first = Array.from(await passageOf(page));
  await typeIme(page, cdp, first[0]!);
  await page.clock.runFor(20_000);
  await typeIme(page, cdp, first.slice(1).join(''));
  await expect(trainer.getByText('第 2 段')).toBeVisible();
  await expect(box).toHaveValue('');
  const second = Array.from(await passageOf(page));
  // Ten correct characters into passage 2, then the minute runs out.
  await typeIme(page, cdp, second.slice(0, 10).join(''));
  await page.clock.runFor(41_000);
  const result = trainer.locator('[data-speed]');
  await expect(result).toBeVisible();
  const expected = first.length + 10;
  expect(Math.abs(Number(await result.getAttribute('data-speed')) - expected) / expected).toBeLessThanOrEqual(0.02);
  await expect(result.getByText('达到招聘常见要求（60 字/分）')).toBeVisible();
  await expect(box).toHaveJSProperty('readOnly', true);
  // Choosing other content after the run starts afresh with an empty box.
  await trainer.getByLabel('内容').selectOption({ label: '物流' });
  await expect(box).toHaveValue('');
  await expect(trainer).toHaveAttribute('data-state', 'idle');
  await expect(trainer.locator('[data-stat="count"]')).toHaveText('0 / 0 字');
});

test('exactly 60 correct characters in a 1-minute run → 60 字/分 and the hiring badge', async ({ page }) => {
  const { trainer, cdp, box } = await openTrainer(page);
  await chooseTimed(page, 1);
  await box.focus();
  const chars = Array.from(await passageOf(page));
  await typeIme(page, cdp, chars[0]!);
  await page.clock.runFor(30_000);
  await typeIme(page, cdp, chars.slice(1, 60).join(''));
  await page.clock.runFor(31_000);
  const result = trainer.locator('[data-speed]');
  await expect(result.locator('[data-result="speed"]')).toHaveText('60 字/分');
  expect(Math.abs(Number(await result.getAttribute('data-speed')) - 60) / 60).toBeLessThanOrEqual(0.02);
  await expect(result).toHaveAttribute('data-level', 'intermediate');
  await expect(result.getByText('达到招聘常见要求（60 字/分）')).toBeVisible();
});

test('uncommitted pinyin is not compared; a wrong character is marked in place and can be corrected', async ({ page }) => {
  const { trainer, cdp, box } = await openTrainer(page);
  const chars = Array.from(await passageOf(page));
  const spans = trainer.locator('[data-passage] span');
  await box.focus();
  await cdp.send('Input.imeSetComposition', { text: 'qin', selectionStart: 3, selectionEnd: 3 });
  await expect(box).toHaveValue('qin');
  await expect(trainer.locator('[data-stat="count"]')).toHaveText('0 / 0 字');
  await expect(spans.first()).toHaveAttribute('data-mark', 'pending');
  // Commit a wrong candidate ("错" never starts a passage), then a correct second character.
  await cdp.send('Input.insertText', { text: '错' });
  await typeIme(page, cdp, chars[1]!);
  await expect(spans.nth(0)).toHaveAttribute('data-mark', 'wrong');
  await expect(spans.nth(1)).toHaveAttribute('data-mark', 'correct');
  await expect(spans.nth(2)).toHaveAttribute('data-mark', 'pending');
  await expect(trainer.getByText('当前有 1 处错误')).toBeVisible();
  await expect(trainer.locator('[data-stat="accuracy"]')).toHaveText('50%');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await typeIme(page, cdp, chars.slice(0, 2).join(''));
  await expect(spans.nth(0)).toHaveAttribute('data-mark', 'correct');
  await expect(trainer.getByText('当前没有错误')).toBeVisible();
  await expect(trainer.locator('[data-stat="accuracy"]')).toHaveText('100%');
});

for (const width of [360, 1280]) {
  test(`at ${width} px: a finished attempt appears in the history, passes axe, survives a reload, clearing asks first`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const { trainer, cdp, box } = await openTrainer(page);
    await box.focus();
    const passage = await passageOf(page);
    await typeIme(page, cdp, passage[0]!);
    await page.clock.runFor(90_000);
    await typeIme(page, cdp, passage.slice(1));
    await expect(trainer.locator('[data-speed]')).toBeVisible();
    const rows = trainer.locator('.history tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('整段练习');
    await expect(rows.first()).toContainText('100%');
    await expect(trainer.getByRole('img', { name: /速度与准确率/ })).toBeVisible();
    // axe waits on timers, which the paused fake clock would hold back.
    await page.clock.resume();
    expect(axeProblems(await axe(page).include('section.typing-trainer').analyze())).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    await page.reload();
    await expect(trainer).toHaveAttribute('data-ready', 'true');
    await expect(rows).toHaveCount(1);
    await expect(trainer.getByTestId('typing-best')).toContainText('字/分');
    await trainer.getByRole('button', { name: '清空记录' }).click();
    await trainer.getByRole('button', { name: '取消' }).click();
    await expect(rows).toHaveCount(1);
    await trainer.getByRole('button', { name: '清空记录' }).click();
    await trainer.getByRole('button', { name: '确定清空' }).click();
    await expect(trainer.getByText('还没有练习记录')).toBeVisible();
  });
}

test('pasting is refused with a notice', async ({ page }) => {
  const { trainer, box } = await openTrainer(page);
  await box.focus();
  await box.dispatchEvent('paste');
  await expect(trainer.getByRole('alert')).toContainText('不能粘贴');
  await expect(box).toHaveValue('');
});

test('the whole trainer works with the keyboard alone', async ({ page }) => {
  const { trainer, cdp, box } = await openTrainer(page);
  const passageMode = trainer.getByRole('radio', { name: '整段练习' });
  for (let i = 0; i < 40 && !(await passageMode.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(passageMode).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(trainer.getByRole('radio', { name: '限时练习' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(trainer.getByRole('radio', { name: '1 分钟' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(trainer.getByRole('radio', { name: '3 分钟' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(trainer.getByLabel('内容')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await expect(trainer.locator('[data-stat="time"]')).toHaveText('3:00');
  const chars = Array.from(await passageOf(page));
  await typeIme(page, cdp, chars.slice(0, 5).join(''));
  await page.clock.runFor(181_000);
  await expect(trainer.getByRole('heading', { name: '本次成绩' })).toBeFocused();
  await page.keyboard.press('Tab');
  const again = trainer.getByRole('button', { name: '再练一次（换一段）' });
  await expect(again).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await expect(trainer).toHaveAttribute('data-state', 'idle');
});

test('in a lesson the trainer loads on first use and starts counting at once', async ({ page }) => {
  const scripts = scriptRequests(page);
  await page.goto(`${base}lessons/2-1/`);
  const trainer = page.locator('section.typing-trainer');
  await trainer.scrollIntoViewIfNeeded();
  await islandsReady(page);
  const before = scripts.length;
  await expect(trainer).not.toHaveAttribute('data-ready', 'true');
  await trainer.locator('textarea').click();
  await expect(trainer).toHaveAttribute('data-ready', 'true');
  // Its code arrived only now.
  expect(scripts.length).toBeGreaterThan(before);
  await trainer.locator('textarea').pressSequentially('感谢');
  await expect(trainer).toHaveAttribute('data-state', 'running');
});
