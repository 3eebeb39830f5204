import { expect, test, type Page } from '@playwright/test';
import { questionsByIds } from '../../src/data/questions/index.ts';
import { questionCard } from './quiz-helpers.ts';
import { base } from './site.ts';

/*
 * A keyboard-only walk through whole lessons: every action goes through page.keyboard (Tab,
 * Shift+Tab, Enter, Space, arrows, typing), never a click or .fill(). After every key press focus
 * must be on an element (never dropped to <body>) that matches :focus-visible and draws a ring (an
 * outline or a box-shadow, on the element or on the label of a visually hidden control). Together
 * the lessons cover every widget type: form, typing trainer, mock chat and quiz (4.1), KPI
 * calculator (1.2), voice practice with the stopwatch fallback (3.1) and freight calculator (6.1).
 */

interface Focus {
  /** 'body' when focus was dropped, 'hidden' when it is not visibly marked. */
  state: 'visible' | 'hidden' | 'body';
  where: string;
  /** Whether the focused element matches the wanted selector and name. */
  hit: boolean;
}

/** Reads where focus is and whether it is visibly marked (runs in the page). */
function readFocus({ selector, name }: { selector: string; name?: string }): Focus {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return { state: 'body', where: 'body', hit: false };
  const ring = (node: Element) => {
    const s = getComputedStyle(node);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || s.boxShadow !== 'none';
  };
  const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])] : [];
  const marked = el.matches(':focus-visible') && (ring(el) || labels.some(ring));
  const text = (node: Element | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const accessibleName = el.getAttribute('aria-label') ?? (labels.length ? text(labels[0]) : text(el));
  const where = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}「${accessibleName.slice(0, 30)}」`;
  const hit = el.matches(selector) && (name === undefined || accessibleName === name || accessibleName.startsWith(name));
  return { state: marked ? 'visible' : 'hidden', where, hit };
}

/** Asserts focus is on something and visibly marked; returns whether it matches `selector`/`name`. */
async function checkFocus(page: Page, selector = '*', name?: string) {
  const focus = await page.evaluate(readFocus, { selector, name });
  expect(focus.state, `focus on ${focus.where}`).toBe('visible');
  return focus.hit;
}

/** Presses `key` (Tab by default) until focus reaches `selector` (with accessible name `name`). */
async function moveTo(page: Page, selector: string, name?: string, { key = 'Tab', max = 250 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await checkFocus(page, selector, name)) return;
  }
  throw new Error(`${key} never reached ${selector} ${name ?? ''}`);
}

/** Presses a key and checks that focus survived it. */
async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await checkFocus(page);
}

/** Tabs on to the last link of the page footer, checking every stop on the way. */
async function walkToEnd(page: Page) {
  const last = await page.locator('footer a[href]').last().textContent();
  await moveTo(page, 'footer a[href]', last!.trim(), { max: 400 });
}

test('lesson 4.1 by keyboard alone: a form cell, the typing trainer, the mock chat and a quiz question', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(`${base}lessons/4-1/`);

  // The skip link, then into the page.
  await moveTo(page, 'a.skip-link');
  await press(page, 'Enter');
  await expect(page.locator('#main')).toBeFocused();

  // Form: the first answer cell of the table (after the name and class fields).
  const form = page.locator('section.form-table').first();
  await moveTo(page, 'section.form-table tbody :is(input, textarea)');
  await expect(form).toHaveAttribute('data-ready', 'true');
  await page.keyboard.type('亲，欢迎光临');
  await checkFocus(page);
  await expect(form.locator('tbody').locator('input, textarea').first()).toHaveValue('亲，欢迎光临');
  // Shift+Tab goes back to the class field of the form header, Tab returns to the cell.
  await press(page, 'Shift+Tab');
  await expect(form.locator('.identity input').last()).toBeFocused();
  await press(page, 'Tab');
  await expect(form.locator('tbody').locator('input, textarea').first()).toBeFocused();

  // Typing trainer (loads on first use): focus reaches its text area, typing starts the run.
  const trainer = page.locator('section.typing-trainer');
  await moveTo(page, 'section.typing-trainer textarea');
  await expect(trainer).toHaveAttribute('data-ready', 'true');
  const passage = Array.from((await trainer.locator('[data-passage]').getAttribute('data-passage'))!);
  await page.keyboard.type(passage.slice(0, 4).join(''));
  await checkFocus(page);
  await expect(trainer).toHaveAttribute('data-state', 'running');
  await expect(trainer.locator('textarea')).toHaveValue(passage.slice(0, 4).join(''));

  // Mock chat (loads on first use): Tab to 开始对话, Enter starts it, the reply box takes focus.
  const chat = page.locator('section.mock-chat');
  await moveTo(page, 'section.mock-chat button', '开始对话');
  await press(page, 'Enter');
  const reply = chat.getByRole('textbox', { name: '回复顾客' });
  await expect(reply).toBeFocused();
  await page.keyboard.type('亲，在的，很高兴为您服务！请问想了解哪款商品呢？');
  await press(page, 'Enter');
  await expect(chat.getByRole('log')).toContainText('请问想了解哪款商品呢？');
  await expect(reply).toBeFocused();
  await expect(reply).toHaveValue('');

  // 课堂小测 question 1 (single choice): Space picks the first option, arrows move to the right one,
  // Tab reaches 检查答案 and Enter checks it.
  const [question] = questionsByIds(['m4.q.first-reply'], 'test');
  if (question?.type !== 'single') throw new Error('m4.q.first-reply should be a single-choice question');
  const right = question.options.find((o) => o.id === question.answer)!.text;
  const quizBox = 'section.quiz[aria-labelledby="quiz-lesson-4-1"]';
  const card = questionCard(page.locator(quizBox), 1);
  await moveTo(page, `${quizBox} article.question:nth-of-type(1) input[type="radio"]`);
  await expect(page.locator(quizBox)).toHaveAttribute('data-ready', 'true');
  await press(page, 'Space');
  for (let i = 0; i < question.options.length && !(await card.getByLabel(right, { exact: true }).isChecked()); i++) await press(page, 'ArrowDown');
  await expect(card.getByLabel(right, { exact: true })).toBeChecked();
  await moveTo(page, `${quizBox} article.question:nth-of-type(1) button`, '检查答案');
  await press(page, 'Enter');
  await expect(card.locator('.feedback')).toContainText('回答正确');
  // Focus stays on the button, which now offers 再试一次.
  await expect(card.getByRole('button', { name: '再试一次' })).toBeFocused();
  await moveTo(page, `${quizBox} article.question:nth-of-type(1) button`, '查看答案');
  await press(page, 'Enter');
  await expect(card.getByText('（正确答案）')).toBeVisible();
  await expect(card.getByRole('button', { name: '再试一次' })).toBeFocused();

  // On to the end of the page: every stop on the way shows where focus is.
  await walkToEnd(page);
});

test('lesson 1.2 by keyboard alone: the KPI calculator computes the conversion rate', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${base}lessons/1-2/`);
  const calculator = page.locator('section.kpi-calculator');
  await moveTo(page, 'section.kpi-calculator input', '咨询人数');
  await expect(calculator).toHaveAttribute('data-ready', 'true');
  await page.keyboard.type('500');
  await press(page, 'Tab');
  await page.keyboard.type('80');
  await press(page, 'Tab');
  await expect(calculator.locator('[data-kpi="conversion"]').first()).toContainText('询单转化率 = 80 ÷ 500 × 100% = 16.0%');
  await walkToEnd(page);
});

test('lesson 3.1 by keyboard alone: with no microphone the stopwatch starts, stops and gives a rate', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  await page.clock.install();
  await page.goto(`${base}lessons/3-1/`);
  const widget = page.locator('.voice-practice');
  await moveTo(page, '.voice-practice button', '开始计时');
  await expect(widget).toHaveAttribute('data-ready', 'true');
  await press(page, 'Enter');
  await expect(widget.getByRole('button', { name: '停止计时' })).toBeFocused();
  await page.clock.runFor(185_000);
  await press(page, 'Enter');
  await expect(widget.getByRole('status').filter({ hasText: '语速' })).toContainText(/语速 \d+ 字\/分/);
  await expect(widget.getByRole('button', { name: '开始计时' })).toBeFocused();
  await walkToEnd(page);
});

test('lesson 6.1 by keyboard alone: the freight calculator quotes a parcel', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${base}lessons/6-1/`);
  const widget = page.locator('section.freight');
  await moveTo(page, 'section.freight input', '实际重量（kg）');
  await expect(widget).toHaveAttribute('data-ready', 'true');
  for (const value of ['2.3', '40', '30', '20']) {
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(value);
    await checkFocus(page);
    if (value !== '20') await press(page, 'Tab');
  }
  await expect(widget.getByLabel('快递（计费规则）')).toHaveValue('tongda-style');
  await expect(widget.getByRole('list', { name: '包裹 1 的计算步骤' })).toContainText('计费重量 = max(2.3, 4) = 4 kg');
  await expect(widget.locator('[data-total]')).toHaveText('运费：25 元');
  await walkToEnd(page);
});
