import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import HandIn from '../../src/components/exercises/hand-in/HandIn.svelte';
import { handInLesson } from '../../src/data/hand-in.ts';
import { answerKey } from '../../src/lib/quiz/index.ts';
import { learner, rememberStudent } from '../../src/stores/learner.ts';
import { emptyQuiz, quizStore } from '../../src/stores/quiz.ts';

const lesson = handInLesson('1.1', '认识电商客服岗位', false);
const show = () => ({ view: render(HandIn, { lesson }), user: userEvent.setup() });
const statusText = () => screen.getAllByRole('status').map((s) => s.textContent).join(' ');

afterEach(() => {
  learner.set({ id: '' });
  quizStore('lesson-1-1').set(emptyQuiz());
  localStorage.clear();
});

describe('提交给老师', () => {
  it('asks for the 学号 first; an empty one is explained in the words of the hand-in, and nothing is sent', async () => {
    const { user } = show();
    await user.click(screen.getByRole('button', { name: '提交给老师' }));
    const studentNo = screen.getByRole('textbox', { name: '学号' });
    expect(document.activeElement).toBe(studentNo);
    expect(screen.getByText(/将交给老师：/).textContent).toBe('将交给老师：小测已答 0/2 个，表格已填 0/5 张。');
    await user.click(screen.getByRole('button', { name: '发送作业文件' }));
    expect(screen.getByText(/请填写学号：它会写进交给老师的作业文件/)).toBeTruthy();
    expect(studentNo.getAttribute('aria-invalid')).toBe('true');
    expect(statusText()).toContain('请先改正上面标出的学号、姓名或班级。');
    expect(learner.get().studentNo).toBeUndefined();
  });

  it('a student known in this browser is not asked again; 更改 brings the fields back, filled in', async () => {
    rememberStudent({ studentNo: '2023-0415', name: '林小悦', className: '电商2301' });
    const question = lesson.quizzes[0]!.questions[0]!;
    quizStore('lesson-1-1').set({ ...emptyQuiz(), responses: { [question.id]: answerKey(question) } });
    const { user } = show();
    await user.click(screen.getByRole('button', { name: '提交给老师' }));
    expect(screen.queryByRole('textbox', { name: '学号' })).toBeNull();
    expect(screen.getByText(/提交人：学号/).textContent).toContain('2023-0415 · 林小悦 · 电商2301');
    expect(screen.getByText(/将交给老师：/).textContent).toContain('小测已答 1/2 个');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '发送作业文件' }));
    await user.click(screen.getByRole('button', { name: '更改' }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: '学号' }).value).toBe('2023-0415');
  });

  it('downloads the file where the browser cannot share it, and says where it went', async () => {
    rememberStudent({ studentNo: '2023-0415', name: '', className: '' });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:hand-in');
    const { user } = show();
    await user.click(screen.getByRole('button', { name: '提交给老师' }));
    await user.click(screen.getByRole('button', { name: '发送作业文件' }));
    await vi.waitFor(() => expect(statusText()).toMatch(/已下载“作业-2023-0415-第1\.1课-\d{4}-\d\d-\d\d\.json”/));
    const file = created.mock.calls[0]![0] as File;
    expect(JSON.parse(await file.text()).lesson).toEqual({ code: '1.1', title: '认识电商客服岗位' });
    created.mockRestore();
  });
});
