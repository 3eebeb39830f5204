import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { banks } from '../../../src/data/questions/index.ts';
import { isPinned } from '../../../src/lib/quiz/display.ts';
import { grade } from '../../../src/lib/quiz/grade.ts';
import { moodleFractions } from '../../../src/lib/moodle/fractions.ts';
import { toMoodleXml } from '../../../src/lib/moodle/index.ts';
import { fromHtml } from '../../../src/lib/moodle/text.ts';
import type { Question } from '../../../src/schemas/question.ts';
import { extractCloze, shortAnswerMatches } from './moodle-cloze.ts';

/**
 * Each exported question has the elements Moodle's importer reads, with values it understands:
 * moodle/moodle question/format/xml/format.php (import_headers, import_answer, import_multichoice,
 * import_truefalse, import_multianswer, import_match, import_essay, import_category),
 * question/type/ordering/questiontype.php (import_from_xml, set_layout_select_count_grading) and
 * question/type/multianswer/questiontype.php (qtype_multianswer_extract_question, …_validate_question).
 */

type Node = Record<string, any>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: false, isArray: (n) => ['question', 'answer', 'subquestion', 'tag'].includes(n) });
const all = banks.flatMap((b) => b.questions);
const doc = parser.parse(toMoodleXml(all, { category: '电子商务客户服务/全部' }).xml) as Node;
const nodes = (doc.quiz.question as Node[]).filter((q) => q['@_type'] !== 'category');
const pairs = all.map((q, i) => [q.id, q, nodes[i]!] as const);
const ofType = (...types: Question['type'][]) => pairs.filter(([, q]) => types.includes(q.type));
const text = (node: Node | undefined): string => (node?.text ?? '').trim();
const html = (node: Node | undefined) => fromHtml(text(node));
// trans_format: any other name is read as html with a debugging notice.
const formats = ['moodle_auto_format', 'html', 'plain_text', 'wiki_like', 'markdown'];
// trans_single: "false" or empty is 0, anything else 1.
const single = (value: string) => (value.trim() === 'false' || value.trim() === '' ? 0 : 1);

describe('the category question (import_category)', () => {
  it('comes first and names the category path in category/text', () => {
    const first = (doc.quiz.question as Node[])[0]!;
    expect(first['@_type']).toBe('category');
    expect(text(first.category)).toBe('电子商务客户服务/全部');
  });
});

describe.each(pairs)('%s: the header (import_headers)', (id, q, node) => {
  it('has name/text, questiontext with a known format, generalfeedback, defaultgrade, penalty, idnumber and tags', () => {
    expect(text(node.name)).toBe(id);
    expect(formats).toContain(node.questiontext['@_format']);
    expect(formats).toContain(node.generalfeedback['@_format']);
    expect(html(node.generalfeedback)).toBe(q.explanation);
    expect(Number(node.defaultgrade)).toBe(q.points);
    expect(Number(node.penalty)).toBeCloseTo(0.3333333);
    expect(node.idnumber).toBe(id);
    expect((node.tags?.tag ?? []).map(text)).toEqual(q.requirements);
  });
});

describe.each(ofType('single', 'multiple'))('%s: multichoice (import_multichoice, import_answer)', (_, q, node) => {
  const choice = q as Extract<Question, { type: 'single' | 'multiple' }>;
  const fractions: number[] = node.answer.map((a: Node) => Number(a['@_fraction']) / 100);

  it('has single, shuffleanswers and answernumbering Moodle reads, and one answer per option with its feedback', () => {
    expect(node['@_type']).toBe('multichoice');
    expect(single(node.single)).toBe(q.type === 'single' ? 1 : 0);
    // The site keeps 以上都是 and the like in place; Moodle can only shuffle all options or none.
    expect(node.shuffleanswers).toBe(choice.options.some((o) => isPinned(o.text)) ? 'false' : 'true');
    expect(['abc', 'ABCD', '123', 'iii', 'IIII', 'none']).toContain(node.answernumbering);
    expect(node.answer.map((a: Node) => html(a))).toEqual(choice.options.map((o) => o.text));
    expect(node.answer.map((a: Node) => (a.feedback ? html(a.feedback) : undefined))).toEqual(choice.options.map((o) => o.feedback));
  });

  it('uses only fractions in Moodle’s grade options (match_grade_options, ±0.00001)', () => {
    for (const f of fractions) expect(f === 0 || moodleFractions.some((m) => Math.abs(Math.abs(f) - m) < 0.00001)).toBe(true);
  });

  it('grades every possible response as the site does (Moodle sums the chosen fractions, then clamps to 0…1)', () => {
    const n = choice.options.length;
    const picks = q.type === 'single' ? choice.options.map((_, i) => 1 << i) : Array.from({ length: 2 ** n }, (_, m) => m);
    for (const mask of picks) {
      const chosen = choice.options.filter((_, i) => mask & (1 << i)).map((o) => o.id);
      const moodle = Math.min(1, Math.max(0, chosen.reduce((sum, id) => sum + fractions[choice.options.findIndex((o) => o.id === id)]!, 0)));
      const site = grade(q, q.type === 'single' ? { type: 'single', choice: chosen[0] } : { type: 'multiple', choices: chosen }).score;
      expect(moodle).toBeCloseTo(site, 5);
    }
  });
});

describe.each(ofType('truefalse'))('%s: truefalse (import_truefalse)', (_, q, node) => {
  it('has the answers "true" and "false", the right one at fraction 100', () => {
    const answers: Node[] = node.answer;
    expect(answers.map((a) => text(a)).sort()).toEqual(['false', 'true']);
    const right = answers.find((a) => Number(a['@_fraction']) === 100)!;
    expect(text(right)).toBe(String((q as Extract<Question, { type: 'truefalse' }>).answer));
  });
});

describe.each(ofType('blank'))('%s: Cloze (import_multianswer, qtype_multianswer_extract_question)', (_, q, node) => {
  const blank = q as Extract<Question, { type: 'blank' }>;
  const { subs, text: rest } = extractCloze(text(node.questiontext));
  const markers = [...(blank.prompt + JSON.stringify(blank.table ?? '')).matchAll(/\{\{([a-z0-9-]+)\}\}/g)].map((m) => m[1]!);

  it('has one short-answer subquestion per blank, in the order the blanks appear, and nothing else Moodle would parse', () => {
    expect(node['@_type']).toBe('cloze');
    expect(subs.map((s) => s.type)).toEqual(markers.map(() => 'SHORTANSWER'));
    expect(rest).not.toMatch(/\{[0-9]*:[A-Z_]+:/);
  });

  it('stores each accepted answer at fraction 1, and Moodle’s match accepts exactly those texts', () => {
    subs.forEach((sub, i) => {
      const accept = blank.blanks.find((b) => b.id === markers[i])!.accept;
      expect(sub.answers.map((a) => a.fraction)).toEqual(accept.map(() => 1));
      sub.answers.forEach((a, j) => expect(shortAnswerMatches(accept[j]!, a.text)).toBe(true));
    });
  });

  it('gives every blank the same weight (the site gives each blank 1/n), and the weights the points when they divide evenly', () => {
    expect(new Set(subs.map((s) => s.weight)).size).toBe(1);
    const sum = subs.reduce((s, sub) => s + sub.weight, 0);
    if (Number.isInteger(blank.points / subs.length)) expect(sum).toBe(blank.points);
    else expect(sum).toBe(subs.length);
  });
});

describe.each(ofType('ordering'))('%s: ordering (qtype_ordering::import_from_xml)', (_, q, node) => {
  it('shows all items vertically, grades by absolute position and lists the answers in the right order', () => {
    const items = (q as Extract<Question, { type: 'ordering' }>).items;
    expect(node['@_type']).toBe('ordering');
    expect(node.layouttype).toBe('VERTICAL');
    expect(node.selecttype).toBe('ALL');
    expect(Number(node.selectcount)).toBe(items.length);
    // ABSOLUTE_POSITION: countcorrect / countanswers over positions (question/type/ordering/question.php), the site's rule.
    expect(node.gradingtype).toBe('ABSOLUTE_POSITION');
    expect(['SHOW', 'HIDE']).toContain(node.showgrading);
    expect(node.answer.map((a: Node) => html(a))).toEqual(items.map((i) => i.text));
  });
});

describe.each(ofType('matching'))('%s: matching (import_match)', (_, q, node) => {
  it('has a subquestion per item with its category as answer/text, and each unused category as a distractor', () => {
    const m = q as Extract<Question, { type: 'matching' }>;
    const name = (id: string) => m.categories.find((c) => c.id === id)!.text;
    const subs = (node.subquestion as Node[]).map((s) => ({ item: html(s), answer: text(s.answer[0]) }));
    expect(node['@_type']).toBe('matching');
    expect(subs.filter((s) => s.item !== '')).toEqual(m.items.map((i) => ({ item: i.text, answer: name(i.category) })));
    expect(new Set(subs.map((s) => s.answer))).toEqual(new Set(m.categories.map((c) => c.text)));
    expect(subs.filter((s) => s.item !== '').length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(ofType('short'))('%s: essay (import_essay)', (_, q, node) => {
  it('asks for a typed answer and gives the grader the reference answer and every checklist point', () => {
    const s = q as Extract<Question, { type: 'short' }>;
    expect(node['@_type']).toBe('essay');
    expect(node.responseformat).toBe('editor');
    expect(node.responserequired).toBe('1');
    expect(Number(node.responsefieldlines)).toBeGreaterThan(0);
    expect(node.attachments).toBe('0');
    expect(formats).toContain(node.graderinfo['@_format']);
    const info = html(node.graderinfo);
    expect(info).toContain(s.reference);
    for (const point of s.checklist) expect(info).toContain(`- ${point}`);
    expect(node.responsetemplate).toBeDefined();
  });
});
