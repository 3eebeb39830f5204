import { requirementIdPattern } from '../../schemas/curriculum.ts';
import { questionSchema, type QuestionInput } from '../../schemas/question.ts';
import type { GiftFormat } from './escape.ts';
import { hasRichContent, htmlToText } from './html-text.ts';
import { maxGiftBytes, tooLarge, utf8Bytes } from './limits.ts';
import { parseGift, type GiftBody, type GiftQuestion, type GiftSyntaxProblem, type GiftText } from './parse.ts';
import { readShortFeedback } from './short-feedback.ts';

/**
 * Import Moodle GIFT into a module's question bank. Pure and side-effect free, so a teacher page can
 * `await import()` it. Every problem becomes an issue (`第 N 行：…` — what happened, what to do); nothing throws.
 *
 * Mapping, per GIFT type:
 * - multiple choice with `=` → single (exactly one `=`; partial-credit options count as wrong, with an issue).
 * - multiple choice with `~%w%` weights only → multiple: positive weights are the correct options; our
 *   own rule (±1/k) replaces other weights, with an issue. One positive option → single.
 * - `{T}` `{TRUE}` `{F}` `{FALSE}` → truefalse; its right/wrong feedback has no place here (issue).
 * - short answer `{=a =b}` → blank with one blank `{{b1}}` where the block stood; a block ending the text
 *   goes to the text's one `_____` (exactly five) if it has one (Moodle's own export), else to the end. Only 100 %
 *   answers are kept; `\*` is a literal asterisk, a bare `*` a wildcard (issue).
 * - matching `{=x -> y}` → matching: distinct right-hand sides become categories (`c1`, `c2`…), `= -> y` a
 *   category no item uses.
 * - essay `{}` → short: its general feedback is read by readShortFeedback (our 【参考答案】【评分要点】【解析】
 *   layout, else `- ` lines as the checklist, else the reference's sentences, else two generic points —
 *   the last two with an issue). No general feedback → not imported (a reference answer is required).
 * - general feedback `####…` → explanation; when missing, one is written from the key, with an issue.
 * - not imported, with an issue: numerical `{#…}`, descriptions (no answer block), malformed braces.
 * - `$CATEGORY:` is ignored (an issue each for the first few, then one that counts the rest); `[html]` is turned into plain text and `[markdown]` kept as text (issue).
 * - IDs: `m<module>.q.<slug>` when the `::title::` is one (`m3.q.kpi`, `kpi`, `Q 1` → `q-1`), else
 *   `m<module>.q.<idPrefix>-<n>` with n the question's position in the file; duplicates get `-2`, `-3`….
 *   Option and item IDs are `a`, `b`, `c`…; `[tag:…]` comments that are requirement IDs become `requirements`.
 */

/** A problem found while importing, at a 1-based line of the GIFT text. */
export interface GiftImportIssue {
  line: number;
  /** Chinese, starting with `第 N 行：`, naming what is unsupported and what to do. */
  message: string;
}

/** Questions that passed `questionSchema`, and every issue found. */
export interface GiftImport {
  questions: QuestionInput[];
  issues: GiftImportIssue[];
}

const syntax: Record<GiftSyntaxProblem, string> = {
  unclosed: '答案块的“{”没有对应的“}”，这道题未导入。请补上“}”（答案块中间不能有空行）。',
  'stray-close': '多出一个“}”，这道题未导入。请删除它；题目文字中的大括号请写作 \\}。',
  'nested-open': '答案块里又出现了“{”，这道题未导入。请删除它；文字中的大括号请写作 \\{。',
  'second-block': '一道题只能有一个答案块 {…}，这道题未导入。多个空请拆成几道题，或导入后在本站改为多空填空题。',
  'match-pair': '匹配题的每一项都要写成“=项目 -> 类别”，这道题未导入，请检查后再导入。',
};

const say = {
  numerical: '数值题（{#…}）暂不支持，未导入。请改为填空题（如 {=42}）后再导入。',
  description: '这段文字没有答案块 {…}，是 Moodle 的“说明”而不是题目，已跳过。如需导入，请补上答案。',
  category: (module: number) => `分类（$CATEGORY）在本站不使用，已忽略；题目都导入第 ${module} 模块。`,
  moreCategories: (n: number) => `另有 ${n.toLocaleString('en')} 处分类（$CATEGORY）行，同样已忽略。`,
  html: '题目使用 HTML 格式（[html]），已去掉标签、按纯文本导入，请核对文字。',
  htmlRich: '题目使用 HTML 格式（[html]），已去掉标签、按纯文本导入；其中的图片、表格或公式无法导入，请核对并补充文字说明。',
  markdown: '题目使用 Markdown 格式（[markdown]），按纯文本导入，本站不会渲染 * # 等标记，请核对。',
  noCorrect: '选择题没有正确答案，未导入。请用“=”标出正确选项，或用 ~%50% 这样的正分值标出多选题的各个正确选项。',
  manyEquals: (n: number) => `单选题有 ${n} 个“=”正确答案，未导入。请只保留一个“=”，或改为多选题（各正确选项写 ~%50% 这样的分值）。`,
  partialSingle: '单选题中带部分分值的选项（~%…%）已按错误选项导入，本站单选题只分对错。',
  multipleAsSingle: '多选题只有一个得分选项，已按单选题导入。',
  multipleWeights: '多选题的分值与本站规则不同，已改用本站规则：每选对一项得 1/正确项数，每选错一项扣同样的分，最低 0 分。',
  tfFeedback: '判断题的答对/答错反馈（#…）本站不显示，已忽略；如需保留，请写进总体反馈（####…）。',
  shortNoFull: '填空题没有满分答案，未导入。请至少写一个“=答案”（不带 %…% 分值）。',
  shortPartial: '填空题中部分得分或不得分的答案（=%…%）已忽略，只导入满分答案。',
  shortFeedback: '填空题答案后的反馈（#…）本站不显示，已忽略。',
  wildcard: (a: string) => `答案“${a}”中的 * 在 Moodle 中是通配符，本站不支持通配符，会按原文比较，请改为具体答案。`,
  matchNoCategory: (item: string) => `匹配项“${item}”的“->”后面没有类别，未导入，请补上类别。`,
  essayNoReference: '论述题（{}）没有参考答案，未导入。本站简答题需要参考答案：请在“{”后写“####参考答案”再导入。',
  checklistSentences: '简答题没有评分要点（以“- ”开头的行），已按参考答案的句子生成，请核对。',
  checklistGeneric: '简答题没有评分要点（以“- ”开头的行），已使用两条通用要点，建议补充。',
  noExplanation: '没有总体反馈（####…），已按正确答案生成解析，建议补充讲解。',
  invalid: (details: string) => `题目不符合本站题库要求（${details}），未导入，请修改后再导入。`,
  unreadable: '这道题无法读取，未导入，请检查格式。',
  empty: '没有找到题目。GIFT 文件中每道题之间空一行，答案写在 {…} 中。',
};

const essayExplanation = '请对照参考答案和评分要点自查。';
const fieldNames: Record<string, string> = {
  id: '题目编号', prompt: '题干', explanation: '解析（总体反馈 ####…）', options: '选项', answer: '答案', items: '匹配项',
  categories: '类别', blanks: '空', reference: '参考答案', checklist: '评分要点',
};

/** Option IDs a, b, … z, then o27, o28…. */
const letter = (i: number) => (i < 26 ? String.fromCharCode(97 + i) : `o${i + 1}`);

/** Reads texts of one question, remembering which formats it met. */
class TextReader {
  readonly formats = new Set<GiftFormat>();
  rich = false;
  read(t: GiftText): string {
    this.formats.add(t.format);
    if (t.format !== 'html') return t.text;
    this.rich ||= hasRichContent(t.text);
    return htmlToText(t.text);
  }
}

type Draft = Record<string, unknown> & { type: QuestionInput['type'] };
type Converted = { draft: Draft; fallbackExplanation?: string } | { skip: string };

interface Context {
  q: GiftQuestion;
  reader: TextReader;
  notes: string[];
}

/** The question text with the answer block replaced by `marker` (Moodle's `_____`, or a blank). */
function prompt({ q, reader }: Context, marker: string, atEnd = ''): string {
  const { before, after, format } = q.stem;
  return reader.read({ text: `${before}${after === '' ? atEnd : marker}${after}`.trim(), format });
}

function choice(ctx: Context, body: Extract<GiftBody, { type: 'mc' }>): Converted {
  const options = body.choices.map((c, i) => ({ id: letter(i), text: ctx.reader.read(c.text), ...(c.feedback ? { feedback: ctx.reader.read(c.feedback) } : {}) }));
  const full = body.choices.flatMap((c, i) => (c.fraction >= 0.99999 ? [i] : []));
  const positive = body.choices.flatMap((c, i) => (c.fraction > 0 ? [i] : []));
  const base = { prompt: prompt(ctx, '_____'), options };
  const single = (i: number): Converted => ({ draft: { type: 'single', ...base, answer: letter(i) }, fallbackExplanation: `正确答案：${options[i]!.text}。` });
  if (body.single) {
    if (full.length === 0) return { skip: say.noCorrect };
    if (full.length > 1) return { skip: say.manyEquals(full.length) };
    if (positive.length > 1) ctx.notes.push(say.partialSingle);
    return single(full[0]!);
  }
  if (positive.length === 0) return { skip: say.noCorrect };
  if (positive.length === 1) {
    ctx.notes.push(say.multipleAsSingle);
    return single(positive[0]!);
  }
  const k = positive.length;
  if (body.choices.some((c) => Math.abs(c.fraction - (c.fraction > 0 ? 1 / k : -1 / k)) > 1e-4)) ctx.notes.push(say.multipleWeights);
  const answer = positive.map(letter);
  return { draft: { type: 'multiple', ...base, answer }, fallbackExplanation: `正确答案：${positive.map((i) => options[i]!.text).join('；')}。` };
}

function blank(ctx: Context, body: Extract<GiftBody, { type: 'short' }>): Converted {
  const full = body.answers.filter((a) => a.fraction >= 0.99999);
  if (full.length === 0) return { skip: say.shortNoFull };
  if (full.length < body.answers.length) ctx.notes.push(say.shortPartial);
  if (full.some((a) => a.feedback)) ctx.notes.push(say.shortFeedback);
  const accept = full.map((a) => {
    const raw = ctx.reader.read(a.text);
    if (/(^|[^\\])\*/.test(raw)) ctx.notes.push(say.wildcard(raw));
    return raw.replace(/\\\*/g, '*');
  });
  const [first, ...others] = accept;
  // Moodle stores a mid-sentence blank as `_____` and re-exports the block at the end: put it back there.
  const atEnd = prompt(ctx, '{{b1}}', '{{b1}}');
  const line = /(?<!_)_____(?!_)/g;
  const lines = ctx.q.stem.after === '' ? atEnd.match(line) ?? [] : [];
  const text = lines.length === 1 ? atEnd.replace(/\{\{b1\}\}$/, '').trimEnd().replace(line, '{{b1}}') : atEnd;
  return {
    draft: { type: 'blank', prompt: text, blanks: [{ id: 'b1', accept }] },
    fallbackExplanation: `参考答案：${first}${others.length ? `（也可答：${others.join('、')}）` : ''}。`,
  };
}

function matching(ctx: Context, body: Extract<GiftBody, { type: 'match' }>): Converted {
  const categories: { id: string; text: string }[] = [];
  const categoryOf = (name: string) => {
    let found = categories.find((c) => c.text === name);
    if (!found) categories.push((found = { id: `c${categories.length + 1}`, text: name }));
    return found.id;
  };
  const items: { id: string; text: string; category: string }[] = [];
  const pairs: string[] = [];
  for (const pair of body.pairs) {
    const text = ctx.reader.read(pair.left);
    if (text && !pair.right) return { skip: say.matchNoCategory(text) };
    if (!pair.right) continue;
    const category = categoryOf(pair.right);
    if (!text) continue;
    items.push({ id: letter(items.length), text, category });
    pairs.push(`${text} → ${pair.right}`);
  }
  return {
    draft: { type: 'matching', prompt: prompt(ctx, '_____'), categories, items },
    fallbackExplanation: `正确对应：${pairs.join('；')}。`,
  };
}

function short(ctx: Context): Converted {
  const gf = ctx.q.generalFeedback;
  if (!gf) return { skip: say.essayNoReference };
  const read = readShortFeedback(ctx.reader.read(gf));
  if (read.checklistFrom === 'sentences') ctx.notes.push(say.checklistSentences);
  if (read.checklistFrom === 'generic') ctx.notes.push(say.checklistGeneric);
  const draft: Draft = { type: 'short', prompt: prompt(ctx, '_____'), reference: read.reference, checklist: read.checklist, explanation: read.explanation ?? essayExplanation };
  return { draft };
}

function convert(ctx: Context): Converted {
  const { body } = ctx.q;
  switch (body.type) {
    case 'mc': return choice(ctx, body);
    case 'short': return blank(ctx, body);
    case 'match': return matching(ctx, body);
    case 'essay': return short(ctx);
    case 'numerical': return { skip: say.numerical };
    case 'tf':
      if (body.wrongFeedback || body.rightFeedback) ctx.notes.push(say.tfFeedback);
      return { draft: { type: 'truefalse', prompt: prompt(ctx, '_____'), answer: body.value }, fallbackExplanation: body.value ? '本题说法正确。' : '本题说法错误。' };
  }
}

/** The slug a `::title::` offers as a question ID, if it is one. */
function slugOf(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const full = /^m\d+\.q\.([a-z0-9][a-z0-9-]*)$/.exec(title.trim());
  if (full) return full[1];
  const slug = title.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return /^[a-z0-9][a-z0-9-]*$/.test(slug) && slug.length <= 60 ? slug : undefined;
}

/** Chinese summary of schema failures, field names translated. */
function describe(issues: readonly { code: string; path: PropertyKey[]; message: string; minimum?: unknown; origin?: unknown }[]): string {
  const lines = issues.map((issue) => {
    const field = fieldNames[String(issue.path[0])] ?? '题目';
    if (issue.code === 'custom') return issue.message;
    if (issue.code === 'too_small' && issue.origin === 'array') return `${field}至少要有 ${String(issue.minimum)} 项`;
    if (issue.code === 'too_small' && issue.origin === 'string') {
      return issue.minimum === 1 ? `${field}不能为空` : `${field}至少要有 ${String(issue.minimum)} 个字`;
    }
    return `${field}：${issue.message}`;
  });
  return [...new Set(lines)].join('；');
}

// A file of nothing but category lines would otherwise bury every other issue.
const CATEGORY_ISSUES = 5;

/** Reads GIFT into questions for module `module`; every problem is an issue with its line, nothing throws. */
export function fromGift(text: string, options: { module: number; idPrefix?: string }): GiftImport {
  const questions: QuestionInput[] = [];
  const issues: GiftImportIssue[] = [];
  const report = (line: number, message: string) => issues.push({ line, message: `第 ${line} 行：${message}` });
  const prefix = options.idPrefix && /^[a-z0-9][a-z0-9-]*$/.test(options.idPrefix) ? options.idPrefix : 'gift';
  const used = new Set<string>();
  const uniqueId = (slug: string) => {
    let id = `m${options.module}.q.${slug}`;
    for (let n = 2; used.has(id); n++) id = `m${options.module}.q.${slug}-${n}`;
    used.add(id);
    return id;
  };

  const bytes = typeof text === 'string' ? utf8Bytes(text) : 0;
  if (bytes > maxGiftBytes) {
    report(1, tooLarge(bytes));
    return { questions, issues };
  }
  let items: ReturnType<typeof parseGift>;
  try {
    items = parseGift(typeof text === 'string' ? text : '');
  } catch {
    report(1, say.unreadable);
    return { questions, issues };
  }
  let position = 0;
  let categories = 0;
  let firstUnsaid: number | undefined;
  for (const item of items) {
    if (item.kind === 'category') {
      if (++categories <= CATEGORY_ISSUES) report(item.line, say.category(options.module));
      else firstUnsaid ??= item.line;
    }
    else if (item.kind === 'description') report(item.line, say.description);
    else if (item.kind === 'error') report(item.line, syntax[item.problem]);
    else {
      position++;
      try {
        const ctx: Context = { q: item, reader: new TextReader(), notes: [] };
        const converted = convert(ctx);
        if ('skip' in converted) {
          report(item.line, converted.skip);
          continue;
        }
        const explanation = item.generalFeedback && converted.draft.type !== 'short' ? ctx.reader.read(item.generalFeedback) : undefined;
        if (!explanation && converted.fallbackExplanation) ctx.notes.push(say.noExplanation);
        const requirements = item.tags.filter((t) => requirementIdPattern.test(t));
        const candidate = {
          explanation: explanation || converted.fallbackExplanation,
          ...converted.draft,
          id: uniqueId(slugOf(item.title) ?? `${prefix}-${position}`),
          ...(requirements.length ? { requirements } : {}),
        };
        const parsed = questionSchema.safeParse(candidate);
        if (!parsed.success) {
          used.delete(candidate.id);
          report(item.line, say.invalid(describe(parsed.error.issues)));
          continue;
        }
        if (ctx.reader.formats.has('html')) ctx.notes.unshift(ctx.reader.rich ? say.htmlRich : say.html);
        if (ctx.reader.formats.has('markdown')) ctx.notes.unshift(say.markdown);
        for (const note of new Set(ctx.notes)) report(item.line, note);
        questions.push(parsed.data);
      } catch {
        report(item.line, say.unreadable);
      }
    }
  }
  if (firstUnsaid !== undefined) report(firstUnsaid, say.moreCategories(categories - CATEGORY_ISSUES));
  if (questions.length === 0 && issues.length === 0) report(1, say.empty);
  return { questions, issues };
}
