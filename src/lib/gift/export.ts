import type { Question } from '../../schemas/question.ts';
import { escapeGift, formatPrefix, weightPrefix } from './escape.ts';
import { writeShortFeedback } from './short-feedback.ts';
import { isMoodleFraction, percent as toPercent } from '../moodle/fractions.ts';

/**
 * Export a question bank to Moodle GIFT (题库 → 导入 → GIFT 格式).
 *
 * Mapping, per type:
 * - every question: `::<id>::` as its Moodle name; requirement IDs as `// [tag:…]` (Moodle keeps tags);
 *   `explanation` as the general feedback `####…`; line breaks as `\n`; reserved characters escaped.
 *   Texts containing `<` or `&` are marked `[plain]`, so Moodle shows them as text, never as HTML.
 * - single → multiple choice, one `=` option; option feedback as `#…`.
 * - multiple → multiple choice with several answers: each correct option `~%100/k%`, each wrong option
 *   `~%-100/k%` (k = number of correct options) — exactly our grading rule, and Moodle-allowed
 *   fractions for k ≤ 10 (and 20); other k are skipped.
 * - truefalse → `{TRUE}` / `{FALSE}`.
 * - blank with one blank and no table → short answer `{=a =b}` where the blank is; `*` is written `\*`
 *   so Moodle does not read it as a wildcard. Several blanks or a table need Moodle's Cloze format → skipped.
 * - matching → `{=item -> category …}`; a category no item uses becomes a distractor `= -> category`.
 *   Moodle imports two pairs, but its editor later asks for three answers: such questions are still
 *   exported, with a `// 提示` comment saying so.
 * - short → essay `{}`; reference, checklist (`- ` lines) and explanation share the general feedback
 *   under 【参考答案】【评分要点】【解析】 (see short-feedback.ts).
 * - ordering → skipped: standard GIFT has no ordering question.
 * What GIFT cannot carry (points, matching feedback, the blank's numerals/contains rules) is named in a
 * `// 提示：` comment above the question; Moodle ignores comments on import.
 */

/** The GIFT text and the questions left out, each with a reason in Chinese. */
export interface GiftExport {
  text: string;
  skipped: { id: string; reason: string }[];
}

type Result = { lines: string[] } | { reason: string };

const header = '// 《电子商务客户服务》题库 · GIFT 格式：在 Moodle 的“题库 → 导入”中选择“GIFT 格式”即可导入。';


/** The text with a leading format tag neutralised by an explicit one (Moodle strips only the first). */
function text(value: string, format: 'moodle' | 'plain'): string {
  const escaped = escapeGift(value);
  return formatPrefix.test(value.trim()) ? `[${format}]${escaped}` : escaped;
}

/** The question's name and the start of its text; `[plain]` here sets the default for all its texts. */
function lead(q: Question, prompt: string, format: 'moodle' | 'plain'): string {
  const tag = format === 'plain' || formatPrefix.test(prompt.trim()) ? `[${format}]` : '';
  return `::${escapeGift(q.id)}::${tag}${escapeGift(prompt)}`;
}

/** An answer whose text would be read as a `%weight%` gets an explicit weight first. */
function answer(prefix: '=' | '~', value: string, format: 'moodle' | 'plain', weight?: string): string {
  const explicit = weight ?? (prefix === '~' && weightPrefix.test(value.trim()) ? '0' : undefined);
  return `${prefix}${explicit === undefined ? '' : `%${explicit}%`}${text(value, format)}`;
}

const feedback = (value: string | undefined, format: 'moodle' | 'plain') => (value ? `#${text(value, format)}` : '');
const general = (value: string, format: 'moodle' | 'plain') => `####${text(value, format)}`;

/** All texts of a question, to decide its format. */
function textsOf(q: Question): string[] {
  const base = [q.prompt, q.explanation];
  switch (q.type) {
    case 'single':
    case 'multiple': return [...base, ...q.options.flatMap((o) => [o.text, o.feedback ?? ''])];
    case 'matching': return [...base, ...q.items.map((i) => i.text)];
    case 'short': return [...base, q.reference, ...q.checklist];
    default: return base;
  }
}

function choiceLines(q: Extract<Question, { type: 'single' | 'multiple' }>, format: 'moodle' | 'plain'): Result {
  const k = q.type === 'single' ? 1 : q.answer.length;
  const fraction = 1 / k;
  if (!isMoodleFraction(fraction)) {
    return { reason: `多选题有 ${k} 个正确选项，每项 1/${k} 的分值 Moodle 不接受（只接受 1/2～1/10 和 1/20），已跳过。` };
  }
  const percent = toPercent(fraction);
  const correct = (id: string) => (q.type === 'single' ? q.answer === id : q.answer.includes(id));
  const options = q.options.map((o) => {
    const head = q.type === 'single'
      ? answer(correct(o.id) ? '=' : '~', o.text, format)
      : answer('~', o.text, format, correct(o.id) ? percent : `-${percent}`);
    return `\t${head}${feedback(o.feedback, format)}`;
  });
  return { lines: [`${lead(q, q.prompt, format)}{`, ...options, `\t${general(q.explanation, format)}`, '}'] };
}

function blankLines(q: Extract<Question, { type: 'blank' }>, format: 'moodle' | 'plain'): Result {
  if (q.table) return { reason: '填空题使用了表格布局，GIFT 无法表示表格（需用 Moodle 的完形填空 Cloze 格式），已跳过。' };
  if (q.blanks.length > 1) return { reason: `填空题有 ${q.blanks.length} 个空，GIFT 一道题只能有一个空（多空题需用 Moodle 的完形填空 Cloze 格式），已跳过。` };
  const blank = q.blanks[0]!;
  const parts = q.prompt.split(`{{${blank.id}}}`);
  if (parts.length !== 2) return { reason: '填空题的同一个空在题干中出现了多次，GIFT 无法表示，已跳过。' };
  const arrow = blank.accept.find((a) => a.includes('->'));
  if (arrow) return { reason: `答案“${arrow}”含有“->”，GIFT 会把它读成匹配题，且无法转义，请改写（如用“→”）后再导出。` };
  const accepted = blank.accept.map((a) => {
    // `\*` is Moodle's short-answer escape for a literal asterisk (a bare `*` is a wildcard).
    const value = text(a, format).replace(/\*/g, '\\*');
    return weightPrefix.test(a.trim()) ? `=%100%${value}` : `=${value}`;
  });
  const block = `{${accepted.join(' ')}${general(q.explanation, format)}}`;
  return { lines: [`${lead(q, parts[0]!, format)}${block}${escapeGift(parts[1]!)}`] };
}

function matchingLines(q: Extract<Question, { type: 'matching' }>, format: 'moodle' | 'plain'): Result {
  const names = q.categories.map((c) => c.text.trim());
  const twin = names.find((n, i) => names.indexOf(n) !== i);
  if (twin) return { reason: `匹配题有两个同名类别“${twin}”，GIFT 按名称区分类别，请改名后再导出。` };
  const arrow = q.items.find((i) => i.text.includes('->'));
  if (arrow) return { reason: `匹配项“${arrow.text}”含有“->”，GIFT 无法转义，请改写（如用“→”）后再导出。` };
  const nameOf = new Map(q.categories.map((c) => [c.id, c.text]));
  const used = new Set(q.items.map((i) => i.category));
  const pairs = [
    ...q.items.map((i) => `\t=${text(i.text, format)} -> ${escapeGift(nameOf.get(i.category)!)}`),
    ...q.categories.filter((c) => !used.has(c.id)).map((c) => `\t= -> ${escapeGift(c.text)}`),
  ];
  return { lines: [`${lead(q, q.prompt, format)}{`, ...pairs, `\t${general(q.explanation, format)}`, '}'] };
}

/** Comments naming what GIFT cannot carry for this question. */
function notes(q: Question): string[] {
  const out: string[] = [];
  if (q.points !== 1) out.push(`本题分值为 ${q.points} 分，GIFT 不含分值，导入 Moodle 后请在题目中设置默认分值。`);
  if (q.type === 'matching') {
    const answers = q.items.length + q.categories.filter((c) => !q.items.some((i) => i.category === c.id)).length;
    if (answers < 3) out.push('Moodle 编辑匹配题时要求至少 3 个答案，本题只有 2 个；导入后如需编辑，请补充一个干扰项。');
    if ([...q.items, ...q.categories].some((o) => o.feedback)) out.push('匹配题各项的反馈无法用 GIFT 表示，已省略。');
  }
  if (q.type === 'blank' && q.blanks.some((b) => b.numerals || b.contains)) {
    out.push('本站“汉字数字与阿拉伯数字等同”“包含答案即可”的判分规则无法用 GIFT 表示，Moodle 将按原文比较答案。');
  }
  return out.map((n) => `// 提示：${n.replace(/\s*\n\s*/g, ' ')}`);
}


function body(q: Question, format: 'moodle' | 'plain'): Result {
  const prompt = lead(q, q.prompt, format);
  switch (q.type) {
    case 'single':
    case 'multiple': return choiceLines(q, format);
    case 'truefalse': return { lines: [`${prompt}{${q.answer ? 'TRUE' : 'FALSE'}${general(q.explanation, format)}}`] };
    case 'blank': return blankLines(q, format);
    case 'matching': return matchingLines(q, format);
    case 'short': return { lines: [`${prompt}{${general(writeShortFeedback(q), format)}}`] };
    case 'ordering': return { reason: '排序题无法用标准 GIFT 表示（Moodle 的排序题需另装插件，不能用 GIFT 导入），已跳过。' };
  }
}

/** One question as GIFT lines, or why it cannot be exported. */
function exportQuestion(q: Question): Result {
  const format = textsOf(q).some((t) => /[<&]/.test(t)) ? 'plain' : 'moodle';
  const result = body(q, format);
  if ('reason' in result) return result;
  const tags = q.requirements.length ? [`// ${q.requirements.map((r) => `[tag:${r}]`).join(' ')}`] : [];
  return { lines: [...tags, ...notes(q), ...result.lines] };
}

/** Exports questions to GIFT; questions GIFT cannot express are listed in `skipped` with a Chinese reason. */
export function toGift(questions: Question[], options: { category?: string } = {}): GiftExport {
  const blocks: string[] = [header];
  // Moodle reads the category name raw (no unescaping), so only line breaks are removed.
  const category = options.category?.replace(/\s+/g, ' ').trim();
  if (category) blocks.push(`$CATEGORY: ${category}`);
  const skipped: GiftExport['skipped'] = [];
  for (const q of questions) {
    const result = exportQuestion(q);
    if ('reason' in result) skipped.push({ id: q.id, reason: result.reason });
    else blocks.push(result.lines.join('\n'));
  }
  return { text: `${blocks.join('\n\n')}\n`, skipped };
}
