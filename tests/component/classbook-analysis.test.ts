import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ItemAnalysis from '../../src/components/classbook/ItemAnalysis.svelte';
import Marking from '../../src/components/classbook/Marking.svelte';
import SimilarWork from '../../src/components/classbook/SimilarWork.svelte';
import type { AnalysisQuiz } from '../../src/lib/classbook/analysis-input.ts';
import { markKey } from '../../src/lib/classbook/types.ts';
import type { Response } from '../../src/lib/quiz/types.ts';
import { bookOf, catalogOf, handInRecord, scoreCodeRecord, short, single, truefalse } from '../unit/classbook/fixtures.ts';

const quiz: AnalysisQuiz = { item: 'lesson:1.1', id: 'lesson-1-1', title: '课堂小测', questions: [truefalse('m1.q.easy'), single('m1.q.pick'), short('m1.q.reply', 2)] };
const students = [
  { no: 'S1', name: '林小悦' },
  { no: 'S2', name: '王明' },
  { no: 'S3', name: '张婷' },
];
const copied = '您好，非常抱歉给您带来不便。请您先拍下商品破损的照片发给我们，我们核实后会为您办理退货，运费由我们承担。';
const texts = [copied, copied.replace('非常', '十分').replace('先', ''), '<b>亲</b>，看到您的留言了，真的很对不起。麻烦上传一下包裹和破损部位的图片，我们安排上门取件。'];
const picks = ['a', 'b', 'a'];
const notes = ['先登记破损订单，联系快递公司理赔，再给顾客补发新杯子。', '与顾客确认收货地址后，安排仓库当天重新发货并附赠小礼品。', '上报主管，按店铺售后规则退款，同时提醒包装组加厚泡沫。'];
const book = bookOf([
  ...students.map((who, i) => {
    const responses: Record<string, Response> = { 'm1.q.easy': { type: 'truefalse', value: true }, 'm1.q.pick': { type: 'single', choice: picks[i] }, 'm1.q.reply': { type: 'short', text: texts[i]!, checked: [] } };
    return [who, quiz.item, handInRecord(who, quiz, responses, { note: { result: notes[i]! } })] as const;
  }),
  [{ no: 'S4', name: '李雷' }, quiz.item, scoreCodeRecord({ no: 'S4', name: '李雷' })] as const,
]);
const catalog = catalogOf(quiz);

describe('ItemAnalysis', () => {
  it('shows a row per question with p, D, the choice counts with the key, and the flags in plain Chinese', () => {
    render(ItemAnalysis, { book, catalog });
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(4);
    const easy = rows[1]!;
    expect(easy.textContent).toContain('1.00');
    expect(within(easy).getByText(/太容易：全班拿到了 100% 的分/)).toBeTruthy();
    const pick = rows[2]!;
    expect(pick.textContent).toMatch(/A\. 选项A（正确答案）.*2 人/);
    expect(within(pick).getByText(/干扰项“C\. 选项C”没有人选/)).toBeTruthy();
    expect(within(rows[3]!).getByText('3 份简答还未批改，未计入本题的数字。')).toBeTruthy();
  });

  it('says the figures are unreliable for a small class, which students had only a score code, and explains the figures', () => {
    render(ItemAnalysis, { book, catalog });
    expect(screen.getByText(/只有 3 名学生：区分度 D 和相关系数受个别学生影响很大/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('1 名学生只出示了成绩码（李雷）');
    expect(screen.getByText(/0\.85 表示平均拿到了 85% 的分/)).toBeTruthy();
    expect(screen.getByRole('region', { name: /各题分析表/ }).getAttribute('tabindex')).toBe('0');
  });
});

describe('Marking', () => {
  it('marks by keyboard: ticks a checklist point, saves with the right points and moves to the next student', async () => {
    const onmark = vi.fn();
    const user = userEvent.setup();
    render(Marking, { book, catalog, onmark });
    expect(screen.getByText(/^共 \d+ 份/).textContent).toContain('还有 3 份未批改');
    expect(screen.getByRole('heading', { name: /林小悦（S1）/ })).toBeTruthy();
    expect(screen.getByText(copied)).toBeTruthy();

    const point = screen.getByRole('checkbox', { name: '说明退货办法' });
    point.focus();
    await user.keyboard(' ');
    expect(screen.getByText(/本份得分/).textContent).toBe('本份得分：1 / 2 分');
    screen.getByRole('button', { name: '保存并看下一位' }).focus();
    await user.keyboard('{Enter}');

    expect(onmark).toHaveBeenCalledTimes(1);
    const [key, mark] = onmark.mock.calls[0]!;
    expect(key).toBe(markKey('S1', 'lesson:1.1', 'm1.q.reply'));
    expect(mark).toMatchObject({ ticked: [1], points: 1, max: 2 });
    expect(screen.getByRole('status').textContent).toBe('已保存：林小悦 1 / 2 分。本题还有 2 份未批改。');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /王明（S2）/ }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: '道歉安抚' }));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: '说明退货办法' }).checked).toBe(false);

    await user.click(screen.getByRole('button', { name: '上一位' }));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: '说明退货办法' }).checked).toBe(true);
    expect(screen.getByText(/^共 \d+ 份/).textContent).toContain('还有 2 份未批改');
  });

  it('shows an answer as text, never as HTML', async () => {
    const user = userEvent.setup();
    const { container } = render(Marking, { book, catalog });
    await user.click(screen.getByRole('button', { name: '下一位' }));
    await user.click(screen.getByRole('button', { name: '下一位' }));
    expect(screen.getByText(/^<b>亲<\/b>，看到您的留言了/)).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
  });

  it('marks a form out of 10 with the reference answers beside it', async () => {
    const onmark = vi.fn();
    const user = userEvent.setup();
    render(Marking, { book, catalog, onmark });
    await user.selectOptions(screen.getByRole('combobox', { name: '选择要批改的题目或表格' }), '表1-9 售后处理记录');
    expect(screen.getByText('您好，非常抱歉，请拍照给我们，我们马上为您补发。')).toBeTruthy();
    const points = screen.getByRole('spinbutton', { name: /得分（0–10 分/ });
    await user.clear(points);
    await user.type(points, '8');
    await user.click(screen.getByRole('button', { name: '保存评分' }));
    expect(onmark).toHaveBeenCalledWith(markKey('S1', 'lesson:1.1', 'm1.form.sample'), expect.objectContaining({ points: 8, max: 10 }));
  });
});

describe('SimilarWork', () => {
  it('shows a pair above the threshold side by side with the shared runs marked, worded as a request to check', () => {
    const { container } = render(SimilarWork, { book, catalog });
    const pair = screen.getByRole('heading', { name: /林小悦 与 王明：相似度较高（\d+%），请核实/ });
    expect(pair).toBeTruthy();
    const article = pair.closest('article')!;
    const marked = [...article.querySelectorAll('mark')].map((m) => m.textContent).join('');
    expect(marked).toContain('给您带来不便');
    expect(screen.queryByText(/张婷 与/)).toBeNull();
    expect(screen.getByText(/相似不一定是抄袭/)).toBeTruthy();
    expect(container.textContent).not.toMatch(/抄袭了|作弊/);
    expect(screen.getByRole('status').textContent).toBe('有 1 对答案相似度较高。');
  });

  it('says so when nothing is alike', () => {
    render(SimilarWork, { book: bookOf([]), catalog });
    expect(screen.getByRole('status').textContent).toBe('没有发现相似度较高的答案。');
  });
});
