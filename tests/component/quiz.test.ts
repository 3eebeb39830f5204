import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import Quiz from '../../src/components/exercises/quiz/Quiz.svelte';
import { questionSchema, type QuestionInput } from '../../src/schemas/question.ts';

const q = (input: QuestionInput) => questionSchema.parse(input);
const single = q({
  id: 'm9.q.widget-single',
  type: 'single',
  prompt: '顾客进店后客服先说什么？',
  explanation: '先问候，再了解需求。',
  options: [{ id: 'a', text: '欢迎语' }, { id: 'b', text: '结束语', feedback: '结束语在对话最后说。' }],
  answer: 'a',
});
const multiple = q({
  id: 'm9.q.widget-multiple',
  type: 'multiple',
  points: 2,
  prompt: '哪些属于售前咨询？',
  explanation: '售前：介绍商品、推荐尺码。',
  options: [{ id: 'a', text: '介绍商品' }, { id: 'b', text: '推荐尺码' }, { id: 'c', text: '处理退货' }, { id: 'd', text: '催评价' }],
  answer: ['a', 'b'],
});
const ordering = q({
  id: 'm9.q.widget-ordering',
  type: 'ordering',
  prompt: '把接待步骤排好顺序。',
  explanation: '问候、询问、推荐、道别。',
  items: [{ id: 'a', text: '问候' }, { id: 'b', text: '询问需求' }, { id: 'c', text: '推荐' }, { id: 'd', text: '道别' }],
});

// Each test gets a quiz of its own: answers are saved per quiz ID and stores live for the whole file.
let n = 0;
const show = (questions = [single, multiple]) => {
  const id = `widget-test-${++n}`;
  const view = render(Quiz, { id, title: '课堂小测', questions });
  return { id, view, user: userEvent.setup() };
};
const question = (number: number) => screen.getByRole('article', { name: new RegExp(`^第 ${number} 题`) });
const feedbackOf = (article: HTMLElement) => article.querySelector<HTMLElement>('[aria-live="polite"].feedback')!;
/** Picks an option of question `number` and presses 检查答案; returns the question. */
async function answer(user: ReturnType<typeof userEvent.setup>, number: number, role: 'radio' | 'checkbox', option: string) {
  const article = question(number);
  await user.click(within(article).getByRole(role, { name: option }));
  await user.click(within(article).getByRole('button', { name: '检查答案' }));
  return article;
}

afterEach(() => localStorage.clear());

describe('Quiz', () => {
  it('says right away in the question’s live region that a chosen answer is right, and locks the options', async () => {
    const { user } = show();
    const first = await answer(user, 1, 'radio', '欢迎语');
    expect(feedbackOf(first).textContent).toContain('回答正确，得 1 分。');
    expect(feedbackOf(first).textContent).toContain('解析：先问候，再了解需求。');
    expect(within(first).getByRole('radio', { name: /欢迎语/ })).toHaveProperty('disabled', true);
    expect(first.dataset.state).toBe('correct');
  });

  it('asks for an answer before checking, and keeps 查看答案 locked until then', async () => {
    const { user } = show();
    const first = question(1);
    expect(within(first).getByRole('button', { name: '查看答案' })).toHaveProperty('disabled', true);
    await user.click(within(first).getByRole('button', { name: '检查答案' }));
    expect(feedbackOf(first).textContent).toContain('请先作答，再检查答案。');
    expect(first.dataset.state).toBe('open');
  });

  it('gives partial credit and the wrong option’s feedback, hides the explanation until 查看答案, and 再试一次 unlocks', async () => {
    const { user } = show();
    const second = await answer(user, 2, 'checkbox', '介绍商品');
    expect(feedbackOf(second).textContent).toContain('部分正确，得 1 / 2 分。');
    expect(feedbackOf(second).textContent).not.toContain('解析');

    await user.click(within(second).getByRole('button', { name: '查看答案' }));
    expect(feedbackOf(second).textContent).toContain('解析：售前：介绍商品、推荐尺码。');
    expect(within(second).getByRole('checkbox', { name: /推荐尺码.*（正确答案）/ })).toBeTruthy();
    // 查看答案 is gone: focus stays in the question instead of falling to the page.
    expect(document.activeElement?.textContent).toBe('再试一次');

    await user.click(within(second).getByRole('button', { name: '再试一次' }));
    expect(within(second).getByRole('checkbox', { name: /处理退货/ })).toHaveProperty('disabled', false);
    expect(feedbackOf(second).textContent?.trim()).toBe('');
  });

  it('shows a wrong option’s own feedback', async () => {
    const { user } = show();
    const first = await answer(user, 1, 'radio', '结束语');
    expect(feedbackOf(first).textContent).toContain('回答不正确');
    expect(feedbackOf(first).textContent).toContain('结束语在对话最后说。');
    expect(within(first).getByText('✗ 不对')).toBeTruthy();
  });

  it('can be answered and checked with the keyboard alone', async () => {
    const { user } = show();
    const first = question(1);
    await user.tab();
    expect(first.contains(document.activeElement)).toBe(true);
    await user.keyboard(' ');
    const chosen = within(first).getAllByRole<HTMLInputElement>('radio').find((r) => r.checked);
    expect(chosen).toBeDefined();
    await user.tab();
    expect(document.activeElement?.textContent).toBe('检查答案');
    await user.keyboard('{Enter}');
    expect(feedbackOf(first).textContent).toMatch(/回答(正确|不正确)/);
    // The same button now offers 再试一次, and keeps focus.
    expect(document.activeElement?.textContent).toBe('再试一次');
  });

  it('scores the whole quiz, announces the score and keeps it in the history line', async () => {
    const { user } = show();
    await user.click(within(question(1)).getByRole('radio', { name: '欢迎语' }));
    await user.click(screen.getByRole('button', { name: '提交全部并计分' }));
    expect(screen.getByText('本次得分 1 / 3 分，已记录。').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByText(/已提交 1 次 · 最高 33.3% · 最近 33.3%/)).toBeTruthy();
    expect(feedbackOf(question(2)).textContent).toContain('回答不正确');
    expect(screen.getByRole('button', { name: '记录本次成绩' })).toBeTruthy();
  });

  it('全部重做 asks first, then clears the answers and keeps the history', async () => {
    const { user } = show();
    await user.click(within(question(1)).getByRole('radio', { name: '欢迎语' }));
    await user.click(screen.getByRole('button', { name: '提交全部并计分' }));
    await user.click(screen.getByRole('button', { name: '全部重做' }));
    const dialog = screen.getByRole('alertdialog', { name: '全部重做' });
    expect(dialog.textContent).toContain('成绩记录会保留');
    expect(document.activeElement?.textContent).toBe('确定清空');
    await user.click(within(dialog).getByRole('button', { name: '确定清空' }));
    expect(screen.getByText('已清空全部作答，可以重新开始。')).toBeTruthy();
    expect(within(question(1)).getAllByRole<HTMLInputElement>('radio').some((r) => r.checked)).toBe(false);
    expect(screen.getByText(/已提交 1 次/)).toBeTruthy();
  });

  it('shows saved answers and checks again when the learner comes back', async () => {
    const { id, view, user } = show();
    await answer(user, 1, 'radio', '结束语');
    view.unmount();
    render(Quiz, { id, title: '课堂小测', questions: [single, multiple] });
    expect(within(question(1)).getByRole<HTMLInputElement>('radio', { name: /结束语/ }).checked).toBe(true);
    expect(feedbackOf(question(1)).textContent).toContain('回答不正确');
    // A reload reads the answer back from the browser's storage.
    expect(Object.values(localStorage).join('\n')).toContain(single.id);
  });

  it('moves an ordering item with its button and announces where it went', async () => {
    const { user } = show([ordering]);
    const article = question(1);
    const texts = () => within(article).getAllByRole('listitem').map((li) => li.querySelector('.text')!.textContent);
    const before = texts();
    await user.click(within(article).getByRole('button', { name: `下移：${before[0]}` }));
    expect(texts()).toEqual([before[1], before[0], ...before.slice(2)]);
    expect(within(article).getByText(`“${before[0]}”移到第 2 位`)).toBeTruthy();
    expect(within(article).getByRole('button', { name: `上移：${before[1]}` })).toHaveProperty('disabled', true);
  });
});
