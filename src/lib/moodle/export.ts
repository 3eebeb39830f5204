import type { Question } from '../../schemas/question.ts';
import { isPinned } from '../quiz/display.ts';
import { clozeBlank, clozeText } from './cloze.ts';
import { isMoodleFraction, percent } from './fractions.ts';
import { cdata, escapeXml, toHtml } from './text.ts';

/**
 * Export question banks to Moodle XML (题库 → 导入 → Moodle XML 格式). The mapping per type, and which
 * Moodle versions import which type, are in docs/lms.md:
 * single / multiple → multichoice; truefalse → truefalse; blank → Cloze (multianswer), a table as an
 * HTML table around the subquestions; ordering → ordering (core from Moodle 4.4); matching → matching;
 * short → essay with the reference answer and checklist as grader information.
 * Every text is HTML in CDATA (see text.ts); the question ID is both name and ID number; requirements
 * are tags; `explanation` is the general feedback, option feedback stays on its option.
 */

/** The XML text and the questions left out, each with a reason in Chinese. */
export interface MoodleExport {
  xml: string;
  skipped: { id: string; reason: string }[];
}

type Result = { lines: string[]; notes?: string[]; html?: string } | { reason: string };

const text = (value: string) => `<text>${cdata(toHtml(value))}</text>`;
const field = (tag: string, value: string, indent = '    ') => `${indent}<${tag} format="html">${text(value)}</${tag}>`;
const plain = (tag: string, value: string | number) => `    <${tag}>${escapeXml(String(value))}</${tag}>`;

function choice(q: Extract<Question, { type: 'single' | 'multiple' }>): Result {
  const k = q.type === 'single' ? 1 : q.answer.length;
  if (!isMoodleFraction(1 / k)) {
    return { reason: `多选题有 ${k} 个正确选项，每项 1/${k} 的分值 Moodle 不接受（只接受 1/2～1/10 和 1/20），已跳过。` };
  }
  const right = (id: string) => (q.type === 'single' ? q.answer === id : q.answer.includes(id));
  // Our rule for multiple choice: +1/k per right option, −1/k per wrong one, at least 0 — Moodle sums the fractions chosen and clamps the same way.
  const fraction = (id: string) => (right(id) ? percent(1 / k) : q.type === 'single' ? '0' : `-${percent(1 / k)}`);
  const answers = q.options.flatMap((o) => [
    `    <answer fraction="${fraction(o.id)}" format="html">`,
    `      ${text(o.text)}`,
    ...(o.feedback ? [field('feedback', o.feedback, '      ')] : []),
    '    </answer>',
  ]);
  return {
    lines: [
      plain('single', q.type === 'single' ? 'true' : 'false'),
      // The site shuffles options unless one only makes sense in place (以上都是 …); Moodle can only shuffle all or none.
      plain('shuffleanswers', q.options.some((o) => isPinned(o.text)) ? 'false' : 'true'),
      plain('answernumbering', 'ABCD'),
      plain('showstandardinstruction', '0'),
      ...answers,
    ],
  };
}

function blank(q: Extract<Question, { type: 'blank' }>): Result {
  const n = q.blanks.length;
  // Moodle's Cloze question is worth the sum of its subquestions' weights and ignores <defaultgrade>.
  const weight = Number.isInteger(q.points / n) ? q.points / n : 1;
  const byId = new Map(q.blanks.map((b) => [b.id, b]));
  const fill = (value: string) =>
    value.split(/(\{\{[a-z0-9-]+\}\})/).map((part) => {
      const b = /^\{\{([a-z0-9-]+)\}\}$/.exec(part);
      return b ? clozeBlank(byId.get(b[1]!)!.accept, weight) : clozeText(part);
    }).join('');
  const table = q.table
    ? [
        '<table>',
        `<thead><tr>${q.table.columns.map((c) => `<th>${fill(c)}</th>`).join('')}</tr></thead>`,
        `<tbody>${q.table.rows.map((r) => `<tr>${r.map((c) => `<td>${fill(c)}</td>`).join('')}</tr>`).join('')}</tbody>`,
        '</table>',
      ].join('')
    : '';
  const html = q.table ? `<p>${fill(q.prompt)}</p>${table}` : fill(q.prompt);
  const notes: string[] = [];
  if (weight * n !== q.points) notes.push(`本题在本站为 ${q.points} 分；Moodle 完形填空题的默认分值是各空分值之和（${n} 分），加入测验后请把本题满分改为 ${q.points} 分。`);
  const rules = [q.blanks.some((b) => b.numerals) && '“汉字数字与阿拉伯数字等同”', q.blanks.some((b) => b.contains) && '“包含答案即可”'].filter(Boolean);
  if (rules.length) notes.push(`本站${rules.join('和')}的判分规则 Moodle 没有，Moodle 只按参考答案原文比较（不区分大小写）。`);
  return { lines: [], notes, html };
}

function ordering(q: Extract<Question, { type: 'ordering' }>): Result {
  return {
    lines: [
      plain('layouttype', 'VERTICAL'),
      plain('selecttype', 'ALL'),
      plain('selectcount', q.items.length),
      // Our rule: each item in its right place earns 1/n — Moodle's 绝对位置 grading.
      plain('gradingtype', 'ABSOLUTE_POSITION'),
      plain('showgrading', 'SHOW'),
      ...q.items.flatMap((item, i) => [
        `    <answer fraction="${i + 1}" format="html">`,
        `      ${text(item.text)}`,
        ...(item.feedback ? [field('feedback', item.feedback, '      ')] : []),
        '    </answer>',
      ]),
    ],
  };
}

function matching(q: Extract<Question, { type: 'matching' }>): Result {
  const names = q.categories.map((c) => c.text.trim());
  const twin = names.find((n, i) => names.indexOf(n) !== i);
  if (twin) return { reason: `匹配题有两个同名类别“${twin}”，Moodle 按名称区分答案，请改名后再导出。` };
  const nameOf = new Map(q.categories.map((c) => [c.id, c.text]));
  const used = new Set(q.items.map((i) => i.category));
  const pair = (item: string, answer: string) => [
    '    <subquestion format="html">',
    `      ${text(item)}`,
    // Moodle reads the answer as plain text (qformat_xml::import_match), so it is not HTML-escaped.
    `      <answer><text>${cdata(answer)}</text></answer>`,
    '    </subquestion>',
  ];
  const notes: string[] = [];
  if ([...q.items, ...q.categories].some((o) => o.feedback)) notes.push('匹配题各项的反馈 Moodle 无处存放，已省略。');
  return {
    lines: [
      plain('shuffleanswers', 'true'),
      ...q.items.flatMap((i) => pair(i.text, nameOf.get(i.category)!)),
      // A category no item belongs to is a distractor: a pair without a question.
      ...q.categories.filter((c) => !used.has(c.id)).flatMap((c) => pair('', c.text)),
    ],
    notes,
  };
}

/** Grader information of an essay: the reference answer and the checklist, under the headings the site reads back. */
export function graderInfo(q: Extract<Question, { type: 'short' }>): string {
  return ['【参考答案】', q.reference, '【评分要点】', ...q.checklist.map((c) => `- ${c}`)].join('\n');
}

function essay(q: Extract<Question, { type: 'short' }>): Result {
  return {
    lines: [
      plain('responseformat', 'editor'),
      plain('responserequired', '1'),
      plain('responsefieldlines', '10'),
      plain('attachments', '0'),
      plain('attachmentsrequired', '0'),
      field('graderinfo', graderInfo(q)),
      '    <responsetemplate format="html"><text></text></responsetemplate>',
    ],
  };
}

const moodleType = { single: 'multichoice', multiple: 'multichoice', truefalse: 'truefalse', blank: 'cloze', ordering: 'ordering', matching: 'matching', short: 'essay' } as const;

function body(q: Question): Result {
  switch (q.type) {
    case 'single':
    case 'multiple': return choice(q);
    case 'truefalse': return {
      lines: [
        `    <answer fraction="${q.answer ? 100 : 0}" format="moodle_auto_format"><text>true</text></answer>`,
        `    <answer fraction="${q.answer ? 0 : 100}" format="moodle_auto_format"><text>false</text></answer>`,
      ],
    };
    case 'blank': return blank(q);
    case 'ordering': return ordering(q);
    case 'matching': return matching(q);
    case 'short': return essay(q);
  }
}

/** One question as Moodle XML lines, or why it cannot be exported. */
function exportQuestion(q: Question): Result {
  const result = body(q);
  if ('reason' in result) return result;
  const html = result.html ?? toHtml(q.prompt);
  const notes = [...(q.type === 'matching' && q.items.length + q.categories.filter((c) => !q.items.some((i) => i.category === c.id)).length < 3 ? ['Moodle 编辑匹配题时要求至少 3 个答案，本题只有 2 个；导入后如需编辑，请补充一个干扰项。'] : []), ...(result.notes ?? [])];
  return {
    lines: [
      ...notes.map((n) => `  <!-- 提示：${escapeXml(n).replace(/--/g, '——')} -->`),
      `  <question type="${moodleType[q.type]}">`,
      `    <name><text>${escapeXml(q.id)}</text></name>`,
      `    <questiontext format="html"><text>${cdata(html)}</text></questiontext>`,
      field('generalfeedback', q.explanation),
      plain('defaultgrade', q.points),
      plain('penalty', '0.3333333'),
      plain('hidden', '0'),
      plain('idnumber', q.id),
      ...result.lines,
      ...(q.requirements.length ? ['    <tags>', ...q.requirements.map((r) => `      <tag><text>${escapeXml(r)}</text></tag>`), '    </tags>'] : []),
      '  </question>',
    ],
  };
}

/**
 * A category path from its names, as Moodle's qformat_default::assemble_category_path writes it: `/` inside
 * a name is doubled, and a name starting or ending with `/` gets a space there. See docs/lms.md.
 */
export function categoryPath(...names: string[]): string {
  return names
    .map((name) => name.replace(/\s+/g, ' ').trim().replace(/\//g, '//'))
    .map((name) => `${name.startsWith('/') ? ' ' : ''}${name}${name.endsWith('/') ? ' ' : ''}`)
    .join('/');
}

/** One category of questions; Moodle creates the category path (`上级/下级`) on import. */
export interface MoodleGroup {
  category?: string;
  questions: readonly Question[];
}

/** Exports groups of questions, each in its own category, to one Moodle XML file; questions Moodle cannot take are listed in `skipped` and named in a comment. */
export function toMoodleXmlGroups(groups: readonly MoodleGroup[]): MoodleExport {
  const body: string[] = [];
  const skipped: MoodleExport['skipped'] = [];
  for (const group of groups) {
    const category = group.category?.replace(/\s+/g, ' ').trim();
    if (category) body.push('  <question type="category">', `    <category><text>${escapeXml(category)}</text></category>`, '  </question>');
    for (const q of group.questions) {
      const result = exportQuestion(q);
      if ('reason' in result) skipped.push({ id: q.id, reason: result.reason });
      else body.push(...result.lines);
    }
  }
  const note = skipped.length
    ? [`<!-- 以下 ${skipped.length} 题无法用 Moodle XML 表示，未导出：`, ...skipped.map((s) => `  ${escapeXml(`${s.id}：${s.reason}`).replace(/--/g, '——')}`), '-->']
    : [];
  const head = ['<?xml version="1.0" encoding="UTF-8"?>', '<!-- 《电子商务客户服务》题库 · Moodle XML 格式：在 Moodle 的“题库 → 导入”中选择“Moodle XML 格式”即可导入。 -->', ...note];
  return { xml: `${[...head, '<quiz>', ...body, '</quiz>'].join('\n')}\n`, skipped };
}

/** Exports questions to Moodle XML, in one category when given. */
export function toMoodleXml(questions: readonly Question[], options: { category?: string } = {}): MoodleExport {
  return toMoodleXmlGroups([{ ...options, questions }]);
}
