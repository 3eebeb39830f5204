import { expect, test, type Locator, type Page } from '@playwright/test';
import { scenarioById, scenarios } from '../../src/data/scenarios/index.ts';
import { programVerdict } from '../../src/components/exercises/mock-chat/format.ts';
import { DECIDED_BY_LABELS, isEndState, replyTo, report, startSession, talkState, walk, type ChatSession, type Scenario, type VerdictOverride } from '../../src/lib/chat/index.ts';
import { typingKey } from '../../src/stores/typing.ts';
import { axe, axeProblems, base, islandsReady, scriptRequests } from './site.ts';

const good = ['成交', '解决'];
const bad = ['流失', '投诉'];

/** The model reply of each state, from the start to the end they lead to. */
function modelPath(scenario: Scenario): string[] {
  const replies: string[] = [];
  for (let session = startSession(scenario, 0); replies.length < 30; ) {
    const state = talkState(scenario, session);
    if (!state) break;
    replies.push(state.model);
    session = walk(scenario, replies);
  }
  return replies;
}

/** Sample replies that lead to a bad end (流失 or 投诉), found by a search over every state's samples. */
function badPath(scenario: Scenario): string[] | undefined {
  const search = (session: ChatSession, replies: string[], depth: number): string[] | undefined => {
    if (session.ended) return bad.includes(session.ended.outcome) ? replies : undefined;
    const state = talkState(scenario, session);
    if (!state || depth > 8) return undefined;
    for (const { reply } of state.judge.samples) {
      const next = replyTo(scenario, session, reply, 0).session;
      if (next.state === session.state && !next.ended) continue;
      const found = search(next, [...replies, reply], depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return search(startSession(scenario, 0), [], 0);
}

const first = scenarioById('presale-genuine') ?? scenarios[0]!;
const url = (scenario: Scenario) => `${base}practice/chat/${scenario.id}/`;

/** Opens a scenario with a fake clock (it still runs; `runFor` skips the customer's typing). */
async function open(page: Page, scenario = first) {
  await page.clock.install();
  await page.goto(url(scenario));
  const chat = page.locator('section.mock-chat');
  await expect(chat).toHaveAttribute('data-ready', 'true');
  return chat;
}

const log = (chat: Locator) => chat.getByRole('log');
const replyBox = (chat: Locator) => chat.getByRole('textbox', { name: '回复顾客' });

/** Sends a reply with Enter and lets the customer finish typing. */
async function say(page: Page, chat: Locator, text: string) {
  const sent = await log(chat).locator('.row[data-from="agent"]').count();
  await replyBox(chat).fill(text);
  await replyBox(chat).press('Enter');
  // The first reply may wait for the judge to arrive (it loads when the conversation starts).
  await expect(log(chat).locator('.row[data-from="agent"]')).toHaveCount(sent + 1);
  await expect(replyBox(chat).or(chat.locator('.ended'))).toBeVisible();
  for (let i = 0; i < 6 && (await chat.getByText('对方正在输入…').count()) > 0; i++) await page.clock.runFor(3100);
  await expect(chat.getByText('对方正在输入…')).toHaveCount(0);
}

async function play(page: Page, chat: Locator, replies: string[]) {
  await chat.getByRole('button', { name: '开始对话' }).click();
  for (const text of replies) await say(page, chat, text);
  await expect(chat).toHaveAttribute('data-state', 'ended');
}

test('the model replies lead to a good ending, and the report shows the engine’s figures', async ({ page }) => {
  const replies = modelPath(first);
  const expected = report(first, walk(first, replies));
  expect(good).toContain(expected.outcome);
  const chat = await open(page);
  await play(page, chat, replies);
  const shown = chat.getByTestId('chat-report');
  // Focus moves to the report, so keyboard and screen-reader users land on it.
  await expect(shown.getByRole('heading', { name: /实战报告/ })).toBeFocused();
  await expect(shown.getByTestId('report-outcome')).toHaveText(expected.outcome!);
  await expect(shown.getByTestId('report-total')).toHaveText(String(expected.total));
  await expect(shown.getByTestId('report-ratio')).toHaveText(expected.metrics.questionAnswerRatio!.toFixed(2));
  await expect(shown.locator('li.turn')).toHaveCount(expected.turns.length);
  await expect(shown.locator('tbody tr[data-rubric]')).toHaveCount(7);
  // Scoring phrases are highlighted and each turn shows its model reply.
  expect(await shown.locator('.line[data-from="agent"] mark').count()).toBeGreaterThan(0);
  await expect(shown.locator('.model')).toHaveCount(replies.length);
  // The result is kept as best and last for the scenario list.
  await page.goto(`${base}practice/chat/`);
  await expect(page.locator(`[data-best="${first.id}"]`)).toContainText(`最好成绩 ${expected.total} 分`);
});

test('replies that lose the customer end badly and score low', async ({ page }) => {
  const scenario = scenarios.find((s) => badPath(s)) ?? first;
  const replies = badPath(scenario);
  expect(replies, `no sample path to 流失 or 投诉 in ${scenario.id}`).toBeDefined();
  const expected = report(scenario, walk(scenario, replies!));
  const chat = await open(page, scenario);
  await play(page, chat, replies!);
  await expect(chat.getByTestId('report-outcome')).toHaveText(expected.outcome!);
  await expect(chat.getByTestId('report-total')).toHaveText(String(expected.total));
  expect(expected.total).toBeLessThan(report(first, walk(first, modelPath(first))).total);
});

test('a forbidden phrase is caught, marked in red and explained', async ({ page }) => {
  const chat = await open(page);
  await chat.getByRole('button', { name: '开始对话' }).click();
  await say(page, chat, '这个我也不知道。');
  const verdict = log(chat).locator('.verdict').last();
  await expect(verdict).toContainText('禁用语');
  await expect(log(chat).locator('mark.guard')).toHaveText('不知道');
  await expect(chat.locator('[data-metric="ratio"]')).not.toHaveText('—');
});

test('a 32 KB paste stops at the reply limit, says so, and is judged at once', async ({ page }) => {
  const chat = await open(page);
  await chat.getByRole('button', { name: '开始对话' }).click();
  await replyBox(chat).focus();
  await page.keyboard.insertText('vx'.repeat(16_000));
  await expect(replyBox(chat)).toHaveValue('vx'.repeat(250));
  await expect(chat.getByRole('status').filter({ hasText: '上限' })).toContainText('500 个字符的上限');
  await replyBox(chat).press('Enter');
  await expect(log(chat).locator('.verdict').last()).toContainText('站外');
});

test('when the judge cannot load, sending says so and keeps the reply; it is judged once the judge arrives', async ({ page }) => {
  // The judge loads when a conversation starts (src/lib/chat/judging.ts); offline before it was cached, it fails.
  await page.route(/judging\.[^/]*\.js$/, (route) => route.abort());
  const chat = await open(page);
  await chat.getByRole('button', { name: '开始对话' }).click();
  await replyBox(chat).fill('这个我也不知道。');
  await replyBox(chat).press('Enter');
  await expect(chat.getByText(/评分程序还没加载/)).toBeVisible();
  await expect(replyBox(chat)).toHaveValue('这个我也不知道。');
  await expect(log(chat).locator('.row[data-from="agent"]')).toHaveCount(0);
  await page.unroute(/judging\.[^/]*\.js$/);
  await replyBox(chat).press('Enter');
  await expect(log(chat).locator('.verdict').last()).toContainText('禁用语');
  await expect(replyBox(chat)).toHaveValue('');
});

test('a reload mid-conversation keeps the messages and the unsent draft', async ({ page }) => {
  const chat = await open(page);
  await chat.getByRole('button', { name: '开始对话' }).click();
  await say(page, chat, modelPath(first)[0]!);
  const bubbles = await log(chat).locator('.bubble').count();
  await replyBox(chat).fill('亲，还没发出去的草稿');
  await page.clock.runFor(600);
  await page.reload();
  await expect(chat).toHaveAttribute('data-ready', 'true');
  await expect(log(chat).locator('.bubble')).toHaveCount(bubbles);
  await expect(replyBox(chat)).toHaveValue('亲，还没发出去的草稿');
});

test('paired mode: a classmate sends the customer line and the agent’s reply is judged', async ({ page }) => {
  const chat = await open(page);
  await chat.getByRole('radio', { name: /双人演练/ }).check();
  await chat.getByRole('button', { name: '开始对话' }).click();
  await expect(log(chat).locator('.bubble')).toHaveCount(0);
  const line = first.states[first.start]!.customer[0]!;
  await chat.getByRole('button', { name: line, exact: true }).click();
  await expect(log(chat).locator('.row[data-from="customer"]')).toContainText(line);
  await replyBox(chat).fill(modelPath(first)[0]!);
  await replyBox(chat).press('Enter');
  await expect(log(chat).locator('.verdict')).toContainText('回复得当');
  // No scripted customer answer: the classmate says the next state's line.
  await page.clock.runFor(4000);
  await expect(log(chat).locator('.row[data-from="customer"]')).toHaveCount(1);
  const next = walk(first, [modelPath(first)[0]!]).state;
  const state = first.states[next]!;
  if (!isEndState(state)) await expect(chat.getByRole('button', { name: state.customer[0]!, exact: true })).toBeVisible();
  await chat.getByRole('textbox', { name: '顾客要说的话' }).fill('那能不能便宜点？');
  await chat.getByRole('button', { name: '以顾客身份发送' }).click();
  await expect(log(chat).locator('.row[data-from="customer"]').last()).toContainText('那能不能便宜点？');
});

test('quick phrases: add one of my own, insert it without sending, keep it after a reload', async ({ page }) => {
  const chat = await open(page);
  await chat.getByRole('button', { name: '开始对话' }).click();
  const sent = await log(chat).locator('.bubble').count();
  await chat.getByRole('button', { name: '快捷短语' }).click();
  const panel = chat.getByRole('group', { name: '快捷短语' });
  await panel.getByLabel('分类').selectOption('own');
  await panel.getByLabel('新短语').fill('亲，这是我自己的短语。');
  await panel.getByRole('button', { name: '添加短语' }).click();
  await replyBox(chat).fill('开头：');
  await panel.getByRole('button', { name: '亲，这是我自己的短语。', exact: true }).click();
  await expect(replyBox(chat)).toHaveValue('开头：亲，这是我自己的短语。');
  await expect(replyBox(chat)).toBeFocused();
  await expect(log(chat).locator('.bubble')).toHaveCount(sent);
  await panel.getByLabel('分类').selectOption({ label: '欢迎语' });
  expect(await panel.getByRole('button').count()).toBeGreaterThan(1);
  await page.reload();
  await expect(chat).toHaveAttribute('data-ready', 'true');
  await chat.getByRole('button', { name: '快捷短语' }).click();
  await expect(chat.getByRole('group', { name: '快捷短语' }).getByRole('button', { name: '亲，这是我自己的短语。', exact: true })).toBeVisible();
});

test('Shift+Enter makes a new line and Enter while composing does not send', async ({ page }) => {
  const chat = await open(page);
  await chat.getByRole('button', { name: '开始对话' }).click();
  const sent = await log(chat).locator('.bubble').count();
  await replyBox(chat).fill('亲');
  await replyBox(chat).press('Shift+Enter');
  await page.evaluate(() => {
    const box = document.activeElement!;
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
  });
  await expect(log(chat).locator('.bubble')).toHaveCount(sent);
  await expect(replyBox(chat)).toHaveValue('亲\n');
});

test('the chat page has no axe violations while chatting and after the report', async ({ page }) => {
  const chat = await open(page);
  await chat.getByRole('button', { name: '开始对话' }).click();
  await chat.getByRole('button', { name: '快捷短语' }).click();
  await say(page, chat, '这个我也不知道。');
  const during = await axe(page).include('section.mock-chat').analyze();
  expect(axeProblems(during)).toEqual([]);
  for (const text of modelPath(first)) await say(page, chat, text);
  await expect(chat).toHaveAttribute('data-state', 'ended');
  const after = await axe(page).include('section.mock-chat').analyze();
  expect(axeProblems(after)).toEqual([]);
});

test('a chat in a lesson loads no script until used, and the first click still starts it', async ({ page }) => {
  const scripts = scriptRequests(page);
  await page.goto(`${base}lessons/2-4/`);
  const chat = page.locator('section.mock-chat');
  await chat.scrollIntoViewIfNeeded();
  await islandsReady(page);
  // Rendered and readable, but the simulator's code has not been fetched.
  await expect(chat.getByRole('heading', { name: /冒充平台小二/ })).toBeVisible();
  expect(scripts.filter((u) => /MockChat/.test(u))).toEqual([]);
  await chat.getByRole('button', { name: '开始对话' }).click();
  await expect(replyBox(chat)).toBeFocused();
  expect(scripts.some((u) => /MockChat/.test(u))).toBe(true);
  await replyBox(chat).pressSequentially('您好，请问有什么可以帮您？');
  await expect(replyBox(chat)).toHaveValue('您好，请问有什么可以帮您？');
});

test('keyboard users start a lesson chat with Tab and Enter', async ({ page }) => {
  await page.goto(`${base}lessons/2-4/`);
  const chat = page.locator('section.mock-chat');
  const start = chat.getByRole('button', { name: '开始对话' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(replyBox(chat)).toBeFocused();
});

/** The session with the teacher's override on agent reply number `n` (0-based). */
function overridden(session: ChatSession, n: number, override: VerdictOverride): ChatSession {
  const target = session.messages.filter((m) => m.from === 'agent')[n];
  return { ...session, messages: session.messages.map((m) => (m === target ? { ...m, verdict: { ...m.verdict!, override } } : m)) };
}

test('教师改判 on a lesson chat’s report: a reason is required, both verdicts show, the total follows, a reload keeps it', async ({ page }) => {
  const replies = modelPath(first);
  const played = walk(first, replies);
  const program = played.messages.find((m) => m.from === 'agent')!.verdict!;
  const reason = '没有先问候顾客，依据也不完整';
  const before = report(first, played, {}, { typingSpeed: 60 }).total;
  const after = report(first, overridden(played, 0, { points: 0, reason, at: 0 }), {}, { typingSpeed: 60 }).total;
  expect(after).toBeLessThan(before);

  // A typing-trainer best of 60 字/分 sets the 时效 targets.
  const attempt = { at: 1, mode: 'timed', minutes: 1, source: '测试', correct: 60, typed: 60, ms: 60_000, speed: 60, accuracy: 1 };
  await page.addInitScript(([key, saved]) => localStorage.setItem(key, saved), [typingKey, JSON.stringify({ v: 1, data: { attempts: [attempt] } })] as const);
  await page.clock.install();
  await page.goto(`${base}lessons/4-1/`);
  const chat = page.locator('section.mock-chat');
  // The lesson's chat hydrates on first use; the click that starts it is replayed.
  await chat.getByRole('button', { name: '开始对话' }).click();
  await expect(chat).toHaveAttribute('data-ready', 'true');
  for (const text of replies) await say(page, chat, text);
  await expect(chat).toHaveAttribute('data-state', 'ended');
  const shown = chat.getByTestId('chat-report');
  await expect(shown.getByTestId('report-total')).toHaveText(String(before));
  await expect(shown.locator('.legend')).toContainText('打包票（过度承诺）');
  await expect(shown.locator('tr[data-rubric="timeliness"]')).toContainText('按你打字练习的最好成绩 60 字/分');
  const line = shown.locator('.line[data-from="agent"]').first();
  await expect(line.locator('.basis')).toHaveText(`判定依据：${DECIDED_BY_LABELS[program.decidedBy!]}`);

  // By keyboard: the toggle opens the form on the points; saving without a reason is refused, the points kept.
  await line.getByRole('button', { name: /^教师改判/ }).focus();
  await page.keyboard.press('Enter');
  await expect(line.getByLabel('教师给分')).toBeFocused();
  await line.getByLabel('教师给分').selectOption({ label: '0 分' });
  await line.getByRole('button', { name: '保存改判' }).click();
  await expect(line.getByText('请填写改判理由')).toBeVisible();
  await expect(line.getByLabel('改判理由（必填）')).toBeFocused();
  await expect(line.getByLabel('教师给分')).toHaveValue('0');
  expect(axeProblems(await axe(page).include('section.mock-chat').analyze())).toEqual([]);
  await page.keyboard.type(reason);
  await line.getByRole('button', { name: '保存改判' }).press('Enter');
  await expect(line.getByRole('status')).toHaveText('已保存教师改判：0 分。');
  await expect(line.getByRole('button', { name: /^修改改判/ })).toBeFocused();

  const both = async () => {
    await expect(line.locator('.verdict')).toHaveText(new RegExp(`^程序判定：${programVerdict(program)}：`));
    await expect(line.locator('.teacher')).toHaveText(`教师改判：0 分（理由：${reason}）`);
    await expect(shown.getByTestId('report-total')).toHaveText(String(after));
    await expect(shown.locator('tr[data-rubric="knowledge"]')).toContainText('1 条回复由教师改判');
  };
  await both();
  // Printed, the report shows the result and not the form.
  await page.emulateMedia({ media: 'print' });
  await expect(line.locator('.teacher')).toBeVisible();
  await expect(line.getByRole('button', { name: /修改改判/ })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.reload();
  await chat.getByRole('heading', { name: /^模拟实战：/ }).click();
  await expect(chat).toHaveAttribute('data-ready', 'true');
  await both();
  await page.goto(`${base}practice/chat/`);
  await expect(page.locator(`[data-best="${first.id}"]`)).toContainText(`最近 ${after} 分`);
});

test('paired mode: the teacher overrides a judged reply beside it in the chat, then withdraws it', async ({ page }) => {
  const chat = await open(page);
  await chat.getByRole('radio', { name: /双人演练/ }).check();
  await chat.getByRole('button', { name: '开始对话' }).click();
  await chat.getByRole('button', { name: first.states[first.start]!.customer[0]!, exact: true }).click();
  const reply = modelPath(first)[0]!;
  const program = walk(first, [reply]).messages.find((m) => m.from === 'agent')!.verdict!;
  await replyBox(chat).fill(reply);
  await replyBox(chat).press('Enter');
  const row = log(chat).locator('.row[data-from="agent"]').last();
  await expect(row.locator('.basis')).toHaveText(`判定依据：${DECIDED_BY_LABELS[program.decidedBy!]}`);
  const toggle = row.getByRole('button', { name: /^教师改判/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // Escape cancels and gives focus back.
  await page.keyboard.press('Escape');
  await expect(row.getByLabel('教师给分')).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await toggle.click();
  await row.getByLabel('教师给分').selectOption({ label: '1 分' });
  await row.getByLabel('改判理由（必填）').fill('依据只说了一半');
  await row.getByRole('button', { name: '保存改判' }).click();
  await expect(row.locator('.teacher')).toHaveText('教师改判：1 分（理由：依据只说了一半）');
  await expect(row.getByRole('status')).toHaveText('已保存教师改判：1 分。');
  await row.getByRole('button', { name: /^修改改判/ }).click();
  await expect(row.getByLabel('改判理由（必填）')).toHaveValue('依据只说了一半');
  await row.getByRole('button', { name: '撤销改判' }).click();
  await expect(row.locator('.teacher')).toHaveCount(0);
  await expect(row.getByRole('status')).toHaveText('已撤销改判，按程序判定计分。');
  await expect(row.getByRole('button', { name: /^教师改判/ })).toBeFocused();
});
