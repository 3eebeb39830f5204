import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import MatrixView from '../../src/components/classbook/MatrixView.svelte';
import { addToBook } from '../../src/lib/classbook/intake.ts';
import { emptyClassBook } from '../../src/lib/classbook/types.ts';
import { answerFileText, answers, catalog, handIn, handInText } from '../unit/helpers/class-files.ts';

const book = addToBook(
  emptyClassBook(),
  [
    { kind: 'file', name: 'a', text: handInText(handIn('03', 0, 4, '张三')) },
    { kind: 'file', name: 'b', text: handInText(handIn('01', 0, 1, '李四')) },
    { kind: 'file', name: 'c', text: answerFileText(answers('02', 0, 6)) },
  ],
  catalog,
  0,
).book;

const names = () => within(screen.getByRole('table')).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent);

afterEach(cleanup);

describe('the class matrix view', () => {
  it('sorts from high to low (the selects are driven in tests/e2e/class-page.spec.ts: happy-dom does not update a bound select)', async () => {
    const user = userEvent.setup();
    render(MatrixView, { book, catalog });
    expect(names()).toEqual(['李四', '林小悦', '张三']);
    await user.click(screen.getByLabelText('从高到低'));
    expect(names()).toEqual(['张三', '林小悦', '李四']);
  });

  it('lists who has not handed in each item', () => {
    render(MatrixView, { book, catalog });
    expect(screen.getByText(/第1\.2课/).closest('li')!.textContent).toContain('3 人未提交');
    expect(screen.getByText(/模块1 认识客服 单元测验/).closest('li')!.textContent).toContain('2 人未提交——李四（01）、张三（03）');
  });
});
