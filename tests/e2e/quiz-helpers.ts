import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/lib/quiz/index.ts';

/** The article of question number `n` (1-based) inside a quiz. */
export const questionCard = (quiz: Locator, n: number) => quiz.locator('article.question').nth(n - 1);

/** Clicks a button of the question card by its visible name. */
export const press = (card: Locator, name: string) => card.getByRole('button', { name, exact: true }).click();

/** Answers a question wrongly (or, for ordering, leaves the shuffled order). */
export async function answerWrong(card: Locator, q: Question) {
  switch (q.type) {
    case 'single': return card.getByLabel(q.options.find((o) => o.id !== q.answer)!.text, { exact: true }).check();
    case 'truefalse': return card.getByLabel(q.answer ? '错误' : '正确', { exact: true }).check();
    case 'multiple': return card.getByLabel(q.options.find((o) => !q.answer.includes(o.id))!.text, { exact: true }).check();
    case 'blank': return card.getByLabel('第 1 空').fill('随便写的');
    case 'ordering': return;
    case 'matching':
      for (const item of q.items) {
        await card.getByRole('button', { name: item.text, exact: true }).click();
        await card.getByRole('button', { name: `放入“${q.categories[0]!.text}”` }).click();
      }
      return;
    case 'short': return card.getByLabel('你的回答').fill('客服要有耐心。');
  }
}

/** Answers a question correctly (after “再试一次” where needed). */
export async function answerRight(_page: Page, card: Locator, q: Question) {
  switch (q.type) {
    case 'single': return card.getByLabel(q.options.find((o) => o.id === q.answer)!.text, { exact: true }).check();
    case 'truefalse': return card.getByLabel(q.answer ? '正确' : '错误', { exact: true }).check();
    case 'multiple':
      for (const o of q.options) await card.getByLabel(o.text, { exact: true }).setChecked(q.answer.includes(o.id));
      return;
    case 'blank':
      for (let i = 0; i < q.blanks.length; i++) await card.getByLabel(`第 ${i + 1} 空`).fill(orderedBlanks(q)[i]!.accept[0]!);
      return;
    case 'ordering':
      for (let target = 0; target < q.items.length; target++) {
        const texts = await card.locator('.ordering .text').allTextContents();
        for (let at = texts.indexOf(q.items[target]!.text); at > target; at--) {
          await card.getByRole('button', { name: `上移：${q.items[target]!.text}` }).click();
        }
      }
      return;
    case 'matching':
      for (const item of q.items) {
        const back = card.getByRole('button', { name: `移回：${item.text}` });
        if (await back.count()) await back.click();
        await card.getByRole('button', { name: item.text, exact: true }).click();
        await card.getByRole('button', { name: `放入“${q.categories.find((c) => c.id === item.category)!.text}”` }).click();
      }
      return;
    case 'short':
      await card.getByLabel('你的回答').fill(q.reference);
      return;
  }
}

/** Blanks in the order their inputs appear (prompt first, then table cells row by row). */
function orderedBlanks(q: Extract<Question, { type: 'blank' }>) {
  const texts = [q.prompt, ...(q.table?.rows.flat() ?? [])].join(' ');
  const ids = [...texts.matchAll(/\{\{([a-z0-9-]+)\}\}/g)].map((m) => m[1]);
  return [...new Set(ids)].map((id) => q.blanks.find((b) => b.id === id)!);
}

/** Waits until the island has hydrated and restored saved answers. */
export async function hydrated(quiz: Locator) {
  // Quizzes hydrate when they scroll into view (client:visible).
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-ready', 'true');
}
