import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import MockChat from '../../src/components/exercises/mock-chat/MockChat.svelte';
import { hasRules, withRules, withoutRules } from '../../src/components/exercises/mock-chat/rules.ts';
import { scenarios } from '../../src/data/scenarios/index.ts';
import { scenarioSchema } from '../../src/schemas/scenario.ts';
import { genuineInput } from '../unit/chat/fixtures.ts';

// Conversations are saved per scenario ID and stores live for the whole file: each test has its own.
let n = 0;
async function start() {
  const scenario = scenarioSchema.parse({ ...genuineInput, id: `test-widget-${++n}` });
  // The customer "types" for up to 3 s a line: fake timers, moved on by hand, keep the test fast.
  const user = userEvent.setup({ advanceTimers: (ms) => void vi.advanceTimersByTime(ms) });
  const view = render(MockChat, { scenario });
  await user.click(screen.getByRole('button', { name: '开始对话' }));
  return { scenario, view, user, log: screen.getByRole('log'), box: screen.getByRole<HTMLTextAreaElement>('textbox', { name: '回复顾客' }) };
}
/** The verdict line under the learner's last reply. */
const lastVerdict = (log: HTMLElement) => [...log.querySelectorAll<HTMLElement>('[data-from="agent"] .verdict')].at(-1);
/** Lets the customer finish typing. */
const customerTypes = async () => {
  await vi.advanceTimersByTimeAsync(10_000);
};

// The widget loads the judge when a conversation starts (mock-chat.svelte.ts, lib/chat/judging.ts); loaded
// once here, it is ready before the first reply, as it is in class after the first few seconds of reading.
beforeAll(async () => {
  await import('../../src/lib/chat/judging.ts');
});
beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('MockChat', () => {
  it('starts with the customer’s first lines and the cursor in the reply box', async () => {
    const { log, box } = await start();
    expect(log.textContent).toContain('这款保温杯是正品吗？');
    expect(document.activeElement).toBe(box);
  });

  it('sends a reply with Enter and shows its verdict as text beside it', async () => {
    const { user, log, box } = await start();
    await user.type(box, '亲，本店是品牌官方授权店，支持专柜验货哦{Enter}');
    expect(box.value).toBe('');
    expect(lastVerdict(log)?.textContent).toContain('回复得当：很好：称呼得体，用授权和验货说明正品。');
    expect(lastVerdict(log)?.dataset.correctness).toBe('correct');
    // The words that earned the points are marked in the learner's own bubble.
    const marks = [...log.querySelectorAll('[data-from="agent"] mark')].map((m) => m.textContent);
    expect(marks.join(' ')).toMatch(/授权|验货/);
    expect(screen.getByText('对方正在输入…')).toBeTruthy();
    await customerTypes();
    expect(log.textContent).toContain('能便宜点吗？');
  });

  it('shows what the learner typed as text, never as HTML', async () => {
    const { user, log, box } = await start();
    const typed = '亲，<img src=x onerror="alert(1)">本店是<b>品牌官方授权店</b>，支持专柜验货哦';
    await user.click(box);
    await user.paste(typed);
    await user.keyboard('{Enter}');
    expect(log.querySelector('img, b')).toBeNull();
    expect(log.querySelector('[data-from="agent"] .bubble')?.textContent).toBe(typed);
    expect(lastVerdict(log)?.textContent).toMatch(/^(回复得当|部分得当|需要改进|像关键词堆砌)：\S/);
  });

  it('catches an attempt to move the customer off the platform, whatever the reply also says', async () => {
    const { user, log, box } = await start();
    await user.type(box, '亲，官方授权的，加我微信聊吧{Enter}');
    expect(lastVerdict(log)?.textContent).toMatch(/^站外交易：/);
    expect(lastVerdict(log)?.dataset.guard).toBe('off-platform');
  });

  it('refuses an empty reply and says why; Shift+Enter starts a new line instead of sending', async () => {
    const { user, log, box } = await start();
    await user.click(screen.getByRole('button', { name: '发送' }));
    expect(screen.getByText('请先输入回复内容。').getAttribute('role')).toBe('status');
    await user.type(box, '亲{Shift>}{Enter}{/Shift}在的');
    expect(box.value).toBe('亲\n在的');
    expect(log.querySelector('[data-from="agent"]')).toBeNull();
  });

  it('puts a quick phrase into the reply box without sending it', async () => {
    const { user, log, box } = await start();
    const toggle = screen.getByRole('button', { name: '快捷短语' });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // The picker loads on first use (Composer.svelte).
    const group = await screen.findByRole('group', { name: '快捷短语' });
    const first = within(group).getAllByRole('button')[0]!;
    await user.click(first);
    expect(box.value).toBe(first.textContent);
    expect(document.activeElement).toBe(box);
    expect(log.querySelector('[data-from="agent"]')).toBeNull();
  });

  it('keeps an unsent draft and the conversation when the learner comes back', async () => {
    const { scenario, view, user, box } = await start();
    await user.type(box, '亲，稍等');
    view.unmount();
    render(MockChat, { scenario });
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: '回复顾客' }).value).toBe('亲，稍等');
    expect(screen.getByRole('log').textContent).toContain('这款保温杯是正品吗？');
  });

  it('ends with the outcome and a scored report once the customer has the last word', async () => {
    const { user, log, box } = await start();
    await user.type(box, '亲，本店是品牌官方授权店，支持专柜验货哦{Enter}');
    await customerTypes();
    await user.type(box, '亲，价格已经很实惠了，下单送您一个杯套哦{Enter}');
    await customerTypes();
    expect(log.textContent).toContain('好的，那我拍了！');
    const report = await screen.findByRole('region', { name: /^实战报告/ });
    expect(within(report).getByTestId('report-outcome').textContent).toBe('成交');
    expect(Number(within(report).getByTestId('report-total').textContent)).toBeGreaterThan(0);
    expect(screen.queryByRole('textbox', { name: '回复顾客' })).toBeNull();
  });
});

describe('MockChat on a lesson page (rules load on first use)', () => {
  it('judges a reply with the rules the page left out, loaded from the scenario file', async () => {
    const full = scenarios.find((s) => s.id === 'presale-genuine')!;
    const scenario = withoutRules(full);
    expect(hasRules(scenario)).toBe(false);
    // The page carries none of the rules' words.
    expect(JSON.stringify(scenario)).not.toContain('"groups"');
    const user = userEvent.setup({ advanceTimers: (ms) => void vi.advanceTimersByTime(ms) });
    render(MockChat, { scenario });
    await user.click(screen.getByRole('button', { name: '开始对话' }));
    const log = screen.getByRole('log');
    const opening = full.states[full.start]!;
    if ('end' in opening) throw new Error('the scenario starts in a talk state');
    await user.type(screen.getByRole<HTMLTextAreaElement>('textbox', { name: '回复顾客' }), `${opening.model}{Enter}`);
    await vi.waitFor(() => expect(lastVerdict(log)?.dataset.correctness).toBe('correct'));
    expect(hasRules(scenario)).toBe(true);
  });

  it('gives every scenario the rules it was validated with', async () => {
    for (const full of scenarios) {
      const scenario = withoutRules(full);
      await withRules(scenario);
      for (const [id, state] of Object.entries(full.states)) {
        if ('end' in state) continue;
        const loaded = scenario.states[id] as typeof state;
        expect(loaded.judge.groups, `${full.id}/${id}`).toEqual(state.judge.groups);
        expect(loaded.judge.fallback, `${full.id}/${id}`).toEqual(state.judge.fallback);
        expect(loaded.judge.numerals ?? false, `${full.id}/${id}`).toBe(state.judge.numerals);
      }
    }
  });
});
