import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromGift } from '../../../src/lib/gift/index.ts';
import { questionSchema } from '../../../src/schemas/question.ts';
import { meaning } from './meaning.ts';

const only = (gift: string, module = 1) => {
  const result = fromGift(gift, { module });
  expect(result.questions).toHaveLength(1);
  return { question: result.questions[0]!, issues: result.issues.map((i) => i.message) };
};

describe.each([
  ['multiple choice (Moodle docs)', "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one####Grant is buried in Grant's tomb.}", {
    type: 'single', prompt: "Who's buried in Grant's tomb?", answer: 'no one',
    options: [{ text: 'Grant', feedback: null }, { text: 'Jefferson', feedback: null }, { text: 'no one', feedback: null }],
  }],
  ['missing word: the block mid-sentence becomes _____', "Grant is {~buried =entombed ~living} in Grant's tomb.", {
    type: 'single', prompt: "Grant is _____ in Grant's tomb.", answer: 'entombed',
  }],
  ['options on their own lines with feedback', '客服首次响应时间一般在多少秒内？{\n=10 秒#对，这是常见考核线\n~60 秒#太慢了\n~5 分钟\n####平台考核一般以 10 秒为线。}', {
    type: 'single', answer: '10 秒', explanation: '平台考核一般以 10 秒为线。',
    options: [{ text: '10 秒', feedback: '对，这是常见考核线' }, { text: '60 秒', feedback: '太慢了' }, { text: '5 分钟', feedback: null }],
  }],
  ['several answers with weights', '以下哪些属于售前工作？{~%50%解答咨询 ~%50%处理议价 ~%-50%办理退货 ~%-50%处理投诉####售前负责成交前的沟通。}', {
    type: 'multiple', answer: ['处理议价', '解答咨询'],
  }],
  ['true/false written FALSE', '所有商品都适用七天无理由退货。{FALSE####定制商品除外。}', { type: 'truefalse', answer: false }],
  ['true/false written T', '客服应当使用礼貌用语。{T####礼貌是服务的基本要求。}', { type: 'truefalse', answer: true }],
  ['short answer at the end', '客服的工作时间安排称为什么？{=排班 =值班####按班次安排。}', {
    type: 'blank', prompt: '客服的工作时间安排称为什么？{{}}', blanks: [{ accept: ['排班', '值班'], numerals: false, contains: false }],
  }],
  ['short answer mid-sentence', '询单转化率 \\= {=下单人数 =成交人数####按公式计算。} ÷ 询单人数。', {
    type: 'blank', prompt: '询单转化率 = {{}} ÷ 询单人数。',
  }],
  ['short answer re-exported by Moodle: the block goes back to the _____', '处理退货的顺序：先 _____ 再退款。{\n\t=%100%验货#\n\t####先验货后退款。\n}', {
    type: 'blank', prompt: '处理退货的顺序：先 {{}} 再退款。',
  }],
  ['short answer after two _____ lines stays at the end', '_____ 与 _____ 合称什么？{=售前售后####两个阶段合称。}', {
    type: 'blank', prompt: '_____ 与 _____ 合称什么？{{}}',
  }],
  ['matching with a shared category', '把工作归入服务阶段。{=解答咨询 -> 售前 =议价 -> 售前 =退货 -> 售后####以下单为界。}', {
    type: 'matching', categories: ['售前', '售后'],
    items: [{ text: '解答咨询', category: '售前' }, { text: '议价', category: '售前' }, { text: '退货', category: '售后' }],
  }],
  ['matching with a distractor', '把工作归入服务阶段。{=议价 -> 售前 =退货 -> 售后 = -> 物流####以下单为界。}', {
    type: 'matching', categories: ['售前', '售后', '物流'],
  }],
  ['essay with bullet points', '顾客给了差评，客服该如何回复？{####先致歉，再说明原因，最后给出补救方案。\n- 真诚致歉\n- 说明原因\n- 给出补救方案}', {
    type: 'short', reference: '先致歉，再说明原因，最后给出补救方案。', checklist: ['真诚致歉', '说明原因', '给出补救方案'],
    explanation: '请对照参考答案和评分要点自查。',
  }],
  ['escaped line breaks and reserved characters', '第一行\\n第二行：1\\:2 \\{集合\\} \\~ \\# \\= 结束{T####说明\\n第二行}', {
    type: 'truefalse', prompt: '第一行\n第二行：1:2 {集合} ~ # = 结束', explanation: '说明\n第二行',
  }],
  ['literal line breaks inside the text', '第一行\n  第二行缩进{T####反馈说明}', { type: 'truefalse', prompt: '第一行\n第二行缩进' }],
  ['per-answer format tags', '[plain]请选择正确的一项。{=[plain]<对> ~[moodle]错####[plain]<解析>}', {
    type: 'single', prompt: '请选择正确的一项。', answer: '<对>', explanation: '<解析>',
  }],
])('imports %s', (_name, gift, expected) => {
  it('as the matching question type and content', () => {
    const { question } = only(gift);
    expect(meaning(question)).toMatchObject(expected);
  });
});

describe.each([
  ['numerical question', '数值题（{#…}）暂不支持', 4, '::n::发货后几天内必须揽收？{#2:1}'],
  ['numerical range', '数值题', 4, '几天？{#1..3}'],
  ['description without an answer block', '没有答案块', 4, '以下题目根据案例作答：某店铺……'],
  ['category line', '分类（$CATEGORY）在本站不使用', 4, '$CATEGORY: $course$/模块一'],
  ['HTML text', '已去掉标签', 4, '[html]<p>顾客<b>催发货</b>时应先查物流。</p>{T####查询物流&amp;安抚情绪}'],
  ['HTML with an image', '图片、表格或公式无法导入', 4, '[html]<p>看图判断：<img src="a.png"></p>{T####图中为正确做法}'],
  ['Markdown text', 'Markdown', 4, '[markdown]**售前**客服负责解答咨询。{T####售前负责咨询。}'],
  ['unclosed answer block', '没有对应的“}”', 5, '题干第一行\n答案在这里 {=对 ~错'],
  ['blank line inside the answer block', '没有对应的“}”', 4, '客服首次响应时间？{\n=10 秒\n\n~60 秒\n}'],
  ['stray closing brace', '多出一个“}”', 4, '题干中有 } 多余括号 {T}'],
  ['brace inside the answer block', '又出现了“{”', 4, '题干 {=a {b} ~c}'],
  ['two answer blocks (cloze-like)', '只能有一个答案块', 4, '首重 {=10} 元，续重 {=5} 元。'],
  ['matching pair without an arrow', '=项目 -> 类别', 4, '匹配{=售前 -> 咨询 =售后}'],
  ['essay without a reference answer', '没有参考答案', 4, '请简述客服的职责。{}'],
  ['single choice with two right answers', '2 个“=”正确答案', 4, '以下哪项正确？{=甲 =乙 ~丙}'],
  ['choice with no right answer', '没有正确答案', 4, '以下哪项正确？{~%0%甲 ~%-50%乙}'],
  ['short answer with only partial answers', '没有满分答案', 4, '填空：{=%50%部分}'],
  ['matching item without a category', '后面没有类别', 4, '匹配以下各项。{=售前 -> 咨询 =售后 -> 退货 =售中 -> }'],
  ['question text too short for the bank', '题干至少要有 4 个字', 4, '几？{T####答案正确}'],
  ['general feedback too short for the bank', '解析（总体反馈 ####…）至少要有 4 个字', 4, '客服应当使用礼貌用语。{T####对}'],
  ['duplicate options', '选项内容 “甲” 重复', 4, '以下哪项正确？{=甲 ~甲 ~乙####解析说明}'],
  ['single-choice partial credit', '已按错误选项导入', 4, '以下哪项最合适？{=甲 ~%50%乙 ~丙####解析说明}'],
  ['multiple choice with one positive answer', '已按单选题导入', 4, '以下哪项最合适？{~%100%甲 ~%-50%乙 ~丙####解析说明}'],
  ['multiple choice with other weights', '已改用本站规则', 4, '以下哪些正确？{~%50%甲 ~%50%乙 ~%0%丙####解析说明}'],
  ['true/false feedback', '答对/答错反馈', 4, '礼貌用语很重要。{T#再想想#对####解析说明}'],
  ['partial short answers', '只导入满分答案', 4, '客服排班称为？{=排班 =%50%安排####解析说明}'],
  ['short-answer feedback', '反馈（#…）本站不显示', 4, '客服排班称为？{=排班#对####解析说明}'],
  ['short-answer wildcard', '通配符', 4, '客服排班称为？{=排*####解析说明}'],
  ['missing general feedback', '已按正确答案生成解析', 4, '客服应当使用礼貌用语。{T}'],
  ['essay checklist from sentences', '已按参考答案的句子生成', 4, '怎样回复差评？{####先真诚致歉。再说明原因。最后给出补救方案。}'],
  ['essay checklist generic', '通用要点', 4, '怎样回复差评？{####真诚致歉并给出补救方案}'],
])('%s', (_name, words, line, construct) => {
  // Two lines of comments and a valid question come first, so the line number is not trivially 1.
  const gift = `// 第一行注释\n客服应当使用礼貌用语。{T####礼貌是基本要求。}\n\n${construct}\n\n// 后面还有一题\n顾客催发货时应先查物流。{T####先查再答。}`;
  const result = fromGift(gift, { module: 2 });
  const issue = result.issues.find((i) => i.message.includes(words));

  it('gives an issue naming the line', () => {
    expect(issue).toEqual({ line, message: expect.stringMatching(new RegExp(`^第 ${line} 行：`)) });
  });

  it('still imports the questions around it', () => {
    const prompts = result.questions.map((q) => q.prompt);
    expect(prompts).toContain('客服应当使用礼貌用语。');
    expect(prompts).toContain('顾客催发货时应先查物流。');
  });
});

describe.each([
  ['the full ID our export writes', '::m3.q.kpi-formula::', 'm5.q.kpi-formula'],
  ['a bare slug', '::kpi-formula::', 'm5.q.kpi-formula'],
  ['a title with capitals and spaces', '::Question 12::', 'm5.q.question-12'],
  ['a Chinese title', '::客服首问::', 'm5.q.gift-2'],
  ['no title', '', 'm5.q.gift-2'],
  ['a title that is not a slug', '::KPI (1)::', 'm5.q.gift-2'],
])('ID from %s', (_name, title, id) => {
  it(`is ${id}`, () => {
    const result = fromGift(`第一题说法正确。{T####解析说明}\n\n${title}第二题说法正确。{T####解析说明}`, { module: 5 });
    expect(result.questions[1]!.id).toBe(id);
  });
});

describe('IDs', () => {
  it('stay unique when titles repeat', () => {
    const gift = ['::dup::第一题说法正确。{T####解析说明}', '::dup::第二题说法正确。{T####解析说明}', '::dup::第三题说法正确。{T####解析说明}'].join('\n\n');
    expect(fromGift(gift, { module: 1 }).questions.map((q) => q.id)).toEqual(['m1.q.dup', 'm1.q.dup-2', 'm1.q.dup-3']);
  });

  it('use the given prefix', () => {
    expect(fromGift('说法正确的题目。{T####解析说明}', { module: 4, idPrefix: 'moodle' }).questions[0]!.id).toBe('m4.q.moodle-1');
  });

  it('count questions in file order, skipped ones included', () => {
    const gift = ['几天？{#3}', '说法正确的题目。{T####解析说明}'].join('\n\n');
    expect(fromGift(gift, { module: 1 }).questions[0]!.id).toBe('m1.q.gift-2');
  });
});

describe('requirements', () => {
  it('come from [tag:…] comments that are requirement IDs', () => {
    const { question } = only('// [tag:m1.know.kpi] [tag:第一章] [tag:m2.skill.chat]\n说法正确的题目。{T####解析说明}');
    expect(question.requirements).toEqual(['m1.know.kpi', 'm2.skill.chat']);
  });
});

describe.each([
  ['Windows line endings', '// 注释\r\n\r\n\r\n几天？{#3}\r\n', 4],
  ['a byte-order mark', '\uFEFF// 注释\n几天？{#3}', 2],
  ['old Mac line endings', '// 注释\r\r几天？{#3}', 3],
])('line numbers with %s', (_name, gift, line) => {
  it(`point at line ${line}`, () => {
    expect(fromGift(gift, { module: 1 }).issues.map((i) => i.line)).toEqual([line]);
  });
});

describe('HTML text', () => {
  it('becomes plain text with entities decoded and paragraphs as line breaks', () => {
    const { question, issues } = only('[html]<p>顾客说：&ldquo;能便宜吗？&rdquo;</p><p>客服应当 &amp; 可以：</p>{=礼貌说明价格 ~直接拒绝####<b>先</b>认同再说明。}');
    expect(question.prompt).toBe('顾客说：“能便宜吗？”\n客服应当 & 可以：');
    expect(question.explanation).toBe('先认同再说明。');
    expect(issues).toEqual([expect.stringContaining('[html]')]);
  });
});

describe('empty input', () => {
  it.each([[''], ['   \n\n  '], ['// 只有注释\n// 第二行注释']])('%j says nothing was found', (gift) => {
    const result = fromGift(gift, { module: 1 });
    expect(result.questions).toEqual([]);
    expect(result.issues).toEqual([{ line: 1, message: expect.stringContaining('没有找到题目') }]);
  });
});

describe('malformed input', () => {
  const check = (gift: string) => {
    const result = fromGift(gift, { module: 1 });
    const lines = gift.split(/\r\n|\r|\n/).length;
    for (const question of result.questions) expect(questionSchema.safeParse(question).success).toBe(true);
    for (const issue of result.issues) {
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.line).toBeLessThanOrEqual(lines);
      expect(issue.message.startsWith(`第 ${issue.line} 行：`)).toBe(true);
    }
  };

  it.each([
    ['{'], ['}'], ['{}'], ['::'], ['::::'], ['::题目'], ['{{{{'], ['}}}}{{{{'], ['\\'], ['\\{'], ['####'], ['{####}'],
    ['{=}'], ['{~}'], ['{=->}'], ['{T#'], ['{#}'], ['$CATEGORY:'], ['[html]'], ['[html]{T}'], ['题目{~%%a ~%-%b}'],
    ['题目{~%999%a ~b}'], ['\uE000\uE001\uE006'], ['题目\n{\n=a\n'], ['题目 {=a -> b -> c =d -> e}'],
  ])('%j never throws', (gift) => {
    expect(() => check(gift)).not.toThrow();
  });

  it('never throws on random GIFT-like text, and whatever imports is valid', () => {
    const unit = fc.constantFrom(...'{}=~#:%->\\[]/$TF 　\n客服abc12', '####', '::', '//', '->', '[html]', '$CATEGORY:', '\\n');
    fc.assert(fc.property(fc.string({ unit, maxLength: 80 }), (gift) => check(gift)), { numRuns: 600 });
  });
});

describe('hostile and huge GIFT text', () => {
  // Sizes at which a quadratic reader takes minutes and a linear one a fraction of a second; the
  // test's default timeout tells them apart.
  it('reads a 300 KB comment of unclosed [tag: openings and still imports the question below it', () => {
    const { questions } = fromGift(`// ${'[tag:'.repeat(60_000)}\n// [tag:m1.know.kpi]\n客服应当使用礼貌用语。{T####礼貌用语很重要}`, { module: 1 });
    expect(questions).toHaveLength(1);
    expect(questions[0]!.requirements).toEqual(['m1.know.kpi']);
  });

  it('reports a flood of $CATEGORY lines a few at a time, then how many more, and still reads the question after them', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `$CATEGORY: c${i}`);
    const { questions, issues } = fromGift([...lines, '客服应当使用礼貌用语。{T####礼貌用语很重要}'].join('\n'), { module: 1 });
    expect(questions).toHaveLength(1);
    expect(issues.length).toBeLessThanOrEqual(6);
    expect(issues[0]!.message).toMatch(/^第 1 行：分类（\$CATEGORY）/);
    expect(issues.at(-1)!.message).toContain('另有 19,995 处');
  });

  it('refuses text over the size limit before reading it, naming the limit', () => {
    const { questions, issues } = fromGift(`客服应当使用礼貌用语。{T####礼貌用语很重要}\n\n${'题'.repeat(200_000)}`, { module: 1 });
    expect(questions).toEqual([]);
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining('500 KB')]);
  });
});
