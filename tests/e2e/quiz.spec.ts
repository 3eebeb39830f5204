import { expect, test, type Page } from '@playwright/test';
import { questionsByIds } from '../../src/data/questions/index.ts';
import { lessonQuiz } from '../../src/data/quizzes/index.ts';
import { base } from './site.ts';
import { answerRight, answerWrong, hydrated, press, questionCard } from './quiz-helpers.ts';

// The quizzes of lessons 1.1 and 1.2 (课堂小测 and 课后练习), as src/data/quizzes/lessons.ts declares them.
const quizzes = ['lesson-1-1', 'homework-1-1', 'lesson-1-2', 'homework-1-2'].map((id) => lessonQuiz(id)!).map((q) => ({ id: q.id, lesson: q.lesson.replace('.', '-'), ids: q.questions }));
/** One quiz of a lesson page, by its ID. */
const quizOf = (page: Page, id: string) => page.locator(`section.quiz[aria-labelledby="quiz-${id}"]`);

test('the quizzes of lessons 1.1 and 1.2 use every question type', () => {
  const types = new Set(quizzes.flatMap((q) => questionsByIds(q.ids, 'test')).map((q) => q.type));
  expect([...types].sort()).toEqual(['blank', 'matching', 'multiple', 'ordering', 'short', 'single', 'truefalse']);
});

for (const { id, lesson, ids } of quizzes) {
  const questions = questionsByIds(ids, 'test');
  for (const [i, question] of questions.entries()) {
    test(`${id} question ${i + 1} (${question.type}): wrong, then right`, async ({ page }) => {
      await page.goto(`${base}lessons/${lesson}/`);
      const quiz = quizOf(page, id);
      await hydrated(quiz);
      const card = questionCard(quiz, i + 1);
      await card.scrollIntoViewIfNeeded();
      if (question.type !== 'short') await expect(card.getByRole('button', { name: '查看答案' })).toBeDisabled();
      await answerWrong(card, question);
      await press(card, '检查答案');
      if (question.type === 'short') {
        await expect(card.getByText('参考答案：')).toBeVisible();
        for (const point of question.checklist) await card.getByLabel(point).check();
        await expect(card.locator('.feedback')).toContainText('自评得');
        return;
      }
      await expect(card.locator('.feedback')).toContainText(/回答不正确|部分正确/);
      await expect(card).toHaveAttribute('data-state', /incorrect|partial/);
      await press(card, '再试一次');
      await answerRight(page, card, question);
      await press(card, '检查答案');
      await expect(card.locator('.feedback')).toContainText('回答正确');
      await expect(card.locator('.feedback')).toContainText('解析：');
    });
  }
}

test('show solution unlocks after an attempt and shows the key', async ({ page }) => {
  await page.goto(`${base}lessons/1-1/`);
  const quiz = quizOf(page, 'lesson-1-1');
  await hydrated(quiz);
  const card = questionCard(quiz, 1);
  const [q] = questionsByIds(['m1.q.customer-type'], 'test');
  await answerWrong(card, q!);
  await press(card, '查看答案');
  await expect(card.getByText('（正确答案）')).toBeVisible();
  await expect(card.locator('.feedback')).toContainText('解析：');
});

test('answers survive a reload and a reset asks first, then clears them', async ({ page }) => {
  await page.goto(`${base}lessons/1-2/`);
  // The 课后练习 of lesson 1.2; its second question is the 询单转化率 blank.
  const quiz = quizOf(page, 'homework-1-2');
  await hydrated(quiz);
  const card = questionCard(quiz, 2);
  await card.getByLabel('第 1 空').fill('16');
  await page.waitForTimeout(200);
  await page.reload();
  await hydrated(quiz);
  await expect(questionCard(quiz, 2).getByLabel('第 1 空')).toHaveValue('16');
  await quiz.getByRole('button', { name: '全部重做' }).click();
  await expect(quiz.getByRole('alertdialog')).toContainText('确定清空本测验的全部作答吗');
  await expect(quiz.getByRole('button', { name: '确定清空' })).toBeFocused();
  await quiz.getByRole('button', { name: '取消' }).click();
  await expect(questionCard(quiz, 2).getByLabel('第 1 空')).toHaveValue('16');
  await quiz.getByRole('button', { name: '全部重做' }).click();
  await quiz.getByRole('button', { name: '确定清空' }).click();
  await expect(questionCard(quiz, 2).getByLabel('第 1 空')).toHaveValue('');
});

test('submitting scores the quiz and keeps best and last', async ({ page }) => {
  await page.goto(`${base}lessons/1-1/`);
  const quiz = quizOf(page, 'lesson-1-1');
  await hydrated(quiz);
  const q = questionsByIds(['m1.q.customer-type'], 'test')[0]!;
  const max = questionsByIds(lessonQuiz('lesson-1-1')!.questions, 'test').reduce((sum, x) => sum + x.points, 0);
  await answerRight(page, questionCard(quiz, 1), q);
  await quiz.getByRole('button', { name: '提交全部并计分' }).click();
  await expect(quiz.locator('.score')).toContainText(`本次得分 1 / ${max} 分，已记录。`);
  await expect(quiz.locator('.history')).toContainText('已提交 1 次');
});

test('a quiz can be done with the keyboard alone', async ({ page }) => {
  await page.goto(`${base}lessons/1-1/`);
  const quiz = quizOf(page, 'lesson-1-1');
  await hydrated(quiz);
  const q = questionsByIds(['m1.q.customer-type'], 'test')[0]!;
  // Options show in this learner's own order: find the key where it is on screen.
  const shown = await questionCard(quiz, 1).locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const right = q.type === 'single' ? shown.indexOf(q.answer) : 0;
  await questionCard(quiz, 1).locator('input').first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < right; i++) await page.keyboard.press('ArrowDown');
  // Tab leaves the radio group and lands on 检查答案.
  await page.keyboard.press('Tab');
  await expect(questionCard(quiz, 1).getByRole('button', { name: '检查答案' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(questionCard(quiz, 1).locator('.feedback')).toContainText('回答正确');
});

test('options show in an order of each learner’s own, kept across a reload, new after 全部重做', async ({ browser }) => {
  const orderOf = async (page: import('@playwright/test').Page) => {
    const quiz = quizOf(page, 'lesson-1-1');
    await hydrated(quiz);
    return quiz.locator('article.question input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).join(''));
  };
  const one = await browser.newContext();
  const two = await browser.newContext();
  const a = await one.newPage();
  const b = await two.newPage();
  await a.goto(`${base}lessons/1-1/`);
  await b.goto(`${base}lessons/1-1/`);
  const first = await orderOf(a);
  expect(await orderOf(b)).not.toBe(first);
  await a.reload();
  expect(await orderOf(a)).toBe(first);
  await quizOf(a, 'lesson-1-1').getByRole('button', { name: '全部重做' }).click();
  await quizOf(a, 'lesson-1-1').getByRole('button', { name: '确定清空' }).click();
  await expect.poll(() => orderOf(a)).not.toBe(first);
  await one.close();
  await two.close();
});

test('the same answers show in a second tab', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto(`${base}lessons/1-2/`);
  await two.goto(`${base}lessons/1-2/`);
  await hydrated(quizOf(one, 'homework-1-2'));
  await hydrated(quizOf(two, 'homework-1-2'));
  await questionCard(quizOf(one, 'homework-1-2'), 2).getByLabel('第 1 空').fill('16');
  await expect(questionCard(quizOf(two, 'homework-1-2'), 2).getByLabel('第 1 空')).toHaveValue('16');
});

test('an answer saved before a question moved from the 课堂小测 to the 课后练习 shows in the 课后练习', async ({ page }) => {
  // A learner's browser from before: lesson-1-1 held the FAB short answer (m1.q.short-fab).
  const earlier = { responses: { 'm1.q.short-fab': { type: 'short', text: '三升容量，一家三口刚好够吃。', checked: [] } }, checked: { 'm1.q.short-fab': true }, solved: {}, attempts: [{ at: 1_700_000_000_000, points: 5, max: 8 }] };
  await page.addInitScript((value) => {
    if (!localStorage.getItem('kefu:v1:quiz:homework-1-1')) localStorage.setItem('kefu:v1:quiz:lesson-1-1', JSON.stringify({ v: 1, data: value }));
  }, earlier);
  await page.goto(`${base}lessons/1-1/`);
  const homework = quizOf(page, 'homework-1-1');
  await hydrated(homework);
  const card = questionCard(homework, 4);
  await expect(card.getByRole('textbox')).toHaveValue('三升容量，一家三口刚好够吃。');
  // The 课堂小测 keeps its history, and the old record is left as it was.
  await expect(quizOf(page, 'lesson-1-1').locator('.history')).toContainText('已提交 1 次');
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('kefu:v1:quiz:lesson-1-1')))!).data.responses['m1.q.short-fab'].text).toBe('三升容量，一家三口刚好够吃。');
});
