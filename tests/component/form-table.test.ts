import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import FormTable from '../../src/components/exercises/form-table/FormTable.svelte';
import { exportFormJson } from '../../src/lib/form/exchange.ts';
import { emptyValues, withCell } from '../../src/lib/form/values.ts';
import { formSchema, type FormExercise } from '../../src/schemas/form.ts';
import { growable, sampleInput } from '../unit/form/fixtures.ts';

// Answers are saved per form ID and stores live for the whole file, so each test gets a form of its own.
let n = 0;
const fresh = (): FormExercise => formSchema.parse({ ...sampleInput, id: `m1.form.widget-${++n}` });
const show = (form = fresh()) => ({ form, view: render(FormTable, { form }), user: userEvent.setup() });
const status = () => screen.getAllByRole('status').map((s) => s.textContent).join(' ');

afterEach(() => localStorage.clear());

describe('FormTable', () => {
  it('saves a typed cell: the learner is told, the count goes up, and the text is there on coming back', async () => {
    const { form, view, user } = show();
    expect(screen.getByText(/已填 0 \/ 5 格/)).toBeTruthy();
    const cell = screen.getByRole('textbox', { name: '服务理念 - 查询结果' });
    await user.type(cell, '真诚到永远');
    await user.tab();
    expect(status()).toMatch(/已自动保存 \d{2}:\d{2}/);
    expect(screen.getByText(/已填 1 \/ 5 格/)).toBeTruthy();
    expect(Object.values(localStorage).join('\n')).toContain('真诚到永远');

    view.unmount();
    render(FormTable, { form });
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: '服务理念 - 查询结果' }).value).toBe('真诚到永远');
  });

  it('says beside a number cell that the text is not a number, and marks it invalid', async () => {
    const { user } = show();
    const cell = screen.getByRole('textbox', { name: '咨询帮助热线 - 人数' });
    await user.type(cell, '三个');
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    const described = cell.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('请填写数字，如 3 或 2.5');
    await user.clear(cell);
    await user.type(cell, '３');
    expect(cell.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the reference answers on 查看参考答案 and hides them again', async () => {
    const { user } = show();
    const toggle = screen.getByRole('button', { name: '查看参考答案' });
    expect(screen.queryByText('真诚到永远')).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('真诚到永远').closest('.reference')?.textContent).toContain('参考答案');
    await user.click(toggle);
    expect(screen.queryByText('真诚到永远')).toBeNull();
  });

  it('adds rows up to the limit with focus in the new row, and removes them again', async () => {
    const { user } = show(formSchema.parse({ ...growable, id: `m1.form.widget-${++n}` }));
    const add = screen.getByRole('button', { name: '添加一行' });
    await user.click(add);
    const rows = () => screen.getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(2);
    expect(rows()[1]!.contains(document.activeElement)).toBe(true);
    await user.click(add);
    expect(add).toHaveProperty('disabled', true);
    expect(screen.getByText('最多可添加 2 行')).toBeTruthy();

    await user.click(within(rows()[2]!).getByRole('button', { name: /^删除/ }));
    expect(rows()).toHaveLength(2);
    expect(document.activeElement).toBe(add);
  });

  it('清空重填 asks first, then clears the table and keeps 姓名', async () => {
    const { user } = show();
    await user.type(screen.getByRole('textbox', { name: '姓名' }), '王芳');
    await user.type(screen.getByRole('textbox', { name: '服务理念 - 查询结果' }), '要点');
    await user.click(screen.getByRole('button', { name: '清空重填' }));
    const confirm = screen.getByRole('group', { name: '确认清空' });
    expect(document.activeElement?.textContent).toBe('确定清空');
    await user.click(within(confirm).getByRole('button', { name: '确定清空' }));
    expect(status()).toContain('已清空本表的内容。');
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: '服务理念 - 查询结果' }).value).toBe('');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: '姓名' }).value).toBe('王芳');
  });

  it('imports an exported file only after showing what it holds', async () => {
    const { form, user } = show();
    const saved = { ...withCell(emptyValues(), 'philosophy', 'result', '真诚到永远'), name: '李磊' };
    const file = new File([exportFormJson(form, saved, new Date('2026-11-20T08:00:00Z'))], 'form.json', { type: 'application/json' });
    await user.upload(document.querySelector<HTMLInputElement>('input[type=file]')!, file);
    const confirm = screen.getByRole('group', { name: '确认导入' });
    expect(confirm.textContent).toContain('姓名 李磊');
    expect(confirm.textContent).toContain('已填 1 / 5 格');
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: '服务理念 - 查询结果' }).value).toBe('');
    await user.click(within(confirm).getByRole('button', { name: '确认导入' }));
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: '服务理念 - 查询结果' }).value).toBe('真诚到永远');
    expect(status()).toContain('已导入');
  });

  it('refuses a file that is not an exported form, says why, and changes nothing', async () => {
    const { user } = show();
    await user.type(screen.getByRole('textbox', { name: '服务理念 - 查询结果' }), '我的答案');
    await user.upload(document.querySelector<HTMLInputElement>('input[type=file]')!, new File(['{not json'], 'x.json', { type: 'application/json' }));
    expect(screen.getByRole('alert').textContent).toContain('不是有效的表格文件');
    expect(screen.queryByRole('group', { name: '确认导入' })).toBeNull();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: '服务理念 - 查询结果' }).value).toBe('我的答案');
  });
});
