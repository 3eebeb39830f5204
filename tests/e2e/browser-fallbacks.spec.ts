import { expect, test } from '@playwright/test';
import { axe, axeProblems, base } from './site.ts';

/*
 * What learners on the policy's older browsers get (docs/browser-support.md), shown in Chromium by
 * taking the newer features away before the page loads.
 */

// A browser without popovers: no popover properties, and no popover attribute for the engine to act on
// (Chromium would still hide and toggle marked elements itself).
const withoutPopover = () => {
  for (const name of ['popover', 'showPopover', 'hidePopover', 'togglePopover']) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
  for (const name of ['popoverTargetElement', 'popoverTargetAction']) delete (HTMLButtonElement.prototype as unknown as Record<string, unknown>)[name];
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element && node.hasAttribute('popover')) node.removeAttribute('popover');
  }).observe(document, { childList: true, subtree: true });
};

test('where popovers exist, the fallback stays out of the way and the native popover opens and closes', async ({ page }) => {
  await page.goto(`${base}lessons/1-2/`);
  await expect(page.locator('html')).not.toHaveClass(/no-popover/);
  const definition = page.locator('#term-pop-1');
  await expect(definition).toBeHidden();
  await page.locator('button.term').first().click();
  await expect(definition).toBeVisible();
  expect(await definition.evaluate((el) => el.matches(':popover-open'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
});

test.describe('glossary terms without popover support', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(withoutPopover);
    await page.goto(`${base}lessons/1-2/`);
  });

  test('a term opens its definition by click, closes by a second click, a click outside, or Esc', async ({ page }) => {
    expect(await page.evaluate(() => document.querySelector('[popover]'))).toBeNull();
    const term = page.locator('button.term').first();
    const definition = page.locator('#term-pop-1');
    await expect(definition).toBeHidden();
    await term.click();
    await expect(page.getByRole('dialog', { name: /^术语：/ })).toHaveCount(1);
    await expect(definition).toBeVisible();
    await expect(definition).toBeFocused();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await term.click();
    await expect(definition).toBeHidden();
    await term.click();
    await page.mouse.click(5, 5);
    await expect(definition).toBeHidden();
    await term.click();
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
    await expect(term).toBeFocused();
    await expect(term).toHaveAttribute('aria-expanded', 'false');
  });

  test('by keyboard: Enter opens, Tab reaches the glossary link, Esc closes and returns to the term', async ({ page }) => {
    const term = page.locator('button.term').first();
    const definition = page.locator('#term-pop-1');
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(definition).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(definition.getByRole('link', { name: '在术语表中查看' })).toBeFocused();
    expect(axeProblems(await axe(page).include('.term-open').analyze())).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
    await expect(term).toBeFocused();
    // Opening another term closes the first.
    const second = page.locator('button.term').nth(1);
    await term.press('Space');
    await second.click();
    await expect(definition).toBeHidden();
    await expect(page.locator('#term-pop-2')).toBeVisible();
  });
});

test('without Array at/findLast/toSorted and Object.hasOwn, pages add them and islands run without errors', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['at', 'findLast', 'toSorted']) delete (Array.prototype as unknown as Record<string, unknown>)[name];
    delete (String.prototype as unknown as Record<string, unknown>).at;
    delete (Object as unknown as Record<string, unknown>).hasOwn;
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}practice/chat/bad-review/`);
  expect(
    await page.evaluate(() => [[1, 2, 3].at(-1), 'abc'.at(-1), [1, 2, 3].findLast((x) => x < 3), [3, 1, 2].toSorted().join(), Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({}, 'toString')]),
  ).toEqual([3, 'c', 2, '1,2,3', true, false]);
  // The mock chat judges a reply with code that uses toSorted, at and findLast.
  const chat = page.locator('section.mock-chat');
  await expect(chat).toHaveAttribute('data-ready', 'true');
  await chat.getByRole('button', { name: '开始对话' }).click();
  const reply = chat.getByRole('textbox', { name: '回复顾客' });
  await reply.fill('亲，非常抱歉给您带来不好的体验，我马上为您核实处理。');
  await reply.press('Enter');
  await expect(chat.getByRole('log')).toContainText('我马上为您核实处理');
  expect(errors).toEqual([]);
});
