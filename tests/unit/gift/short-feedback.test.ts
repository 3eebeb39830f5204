import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/lib/gift/html-text.ts';
import { readShortFeedback, writeShortFeedback } from '../../../src/lib/gift/short-feedback.ts';

describe.each([
  ['our own layout', writeShortFeedback({ reference: '先致歉。\n再补救。', checklist: ['致歉', '补救'], explanation: '态度最重要。' }), {
    reference: '先致歉。\n再补救。', checklist: ['致歉', '补救'], explanation: '态度最重要。', checklistFrom: 'marked',
  }],
  ['our layout, checklist items over two lines', '【参考答案】\n参考答案正文\n【评分要点】\n- 第一点\n  接着第一点\n- 第二点\n【解析】\n解析正文', {
    checklist: ['第一点\n接着第一点', '第二点'], checklistFrom: 'marked',
  }],
  ['our layout, checklist without bullets', '【参考答案】\n参考答案正文\n【评分要点】\n第一点\n第二点', {
    checklist: ['第一点', '第二点'], checklistFrom: 'marked',
  }],
  ['bullet lines in a Moodle essay', '先致歉，再补救。\n- 真诚致歉\n- 给出补救方案', {
    reference: '先致歉，再补救。', checklist: ['真诚致歉', '给出补救方案'], checklistFrom: 'marked',
  }],
  ['dot bullets', '参考答案正文\n• 第一点\n• 第二点', { checklist: ['第一点', '第二点'] }],
  ['a dash that is not a bullet', '-5% 的差价要退还。\n并向顾客致歉。', {
    reference: '-5% 的差价要退还。\n并向顾客致歉。', checklist: ['-5% 的差价要退还。', '并向顾客致歉。'], checklistFrom: 'sentences',
  }],
  ['one bullet only, so sentences are used', '先致歉。再补救。\n- 真诚', {
    reference: '先致歉。再补救。\n- 真诚', checklist: ['先致歉。', '再补救。', '真诚'], checklistFrom: 'sentences',
  }],
  ['one sentence, so generic points are used', '真诚致歉并给出补救方案', {
    reference: '真诚致歉并给出补救方案', checklistFrom: 'generic',
  }],
])('reading %s', (_name, text, expected) => {
  it('finds reference, checklist and explanation', () => {
    const read = readShortFeedback(text);
    expect(read).toMatchObject(expected);
    expect(read.checklist.length).toBeGreaterThanOrEqual(2);
    expect(read.checklist.every((item) => item.length >= 2)).toBe(true);
  });
});

it('leaves the explanation out when our layout has no 【解析】', () => {
  const read = readShortFeedback('【参考答案】\n参考答案正文\n【评分要点】\n- 第一点\n- 第二点');
  expect(read).toEqual({ reference: '参考答案正文', checklist: ['第一点', '第二点'], checklistFrom: 'marked' });
});

describe.each([
  ['<p>第一段</p><p>第二段</p>', '第一段\n第二段'],
  ['第一行<br>第二行<br/>第三行', '第一行\n第二行\n第三行'],
  ['<b>粗体</b>与<i>斜体</i>', '粗体与斜体'],
  ['A &amp; B &lt;C&gt; &quot;D&quot; &#39;E&#39; &#x4E2D;&#25991;&nbsp;!', 'A & B <C> "D" \'E\' 中文 !'],
  ['价格 < 100 元', '价格 < 100 元'],
  ['<script>alert(1)</script>正文', '正文'],
  ['<style>p { color: red }</style>正文<script>未闭合的脚本', '正文'],
  ['&unknown; &#0;', '&unknown; &#0;'],
])('HTML %j as text', (html, text) => {
  it(`is ${JSON.stringify(text)}`, () => {
    expect(htmlToText(html)).toBe(text);
  });
});
