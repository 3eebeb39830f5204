import { validateXML } from 'xmllint-wasm';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { clozeAnswer, clozeText } from '../../../src/lib/moodle/cloze.ts';
import { categoryPath, fromMoodleXml, toMoodleXml } from '../../../src/lib/moodle/index.ts';
import { cdata, decodeEntities, fromHtml, toHtml } from '../../../src/lib/moodle/text.ts';
import { questionSchema, type QuestionInput } from '../../../src/schemas/question.ts';
import { meaning } from '../gift/meaning.ts';
import { extractCloze, shortAnswerMatches } from './moodle-cloze.ts';

// Texts that break naive writers: Cloze's own syntax, HTML, the end of a CDATA section, characters XML 1.0 forbids.
const cloze = ['a}b', 'a#b', 'a~b', 'a/b', 'say "hi"', 'C:\\path\\', 'a=b', '=lead', '%50%x', 'x*y', '{1:SA:=z}', 'A & B &', 'a\\}b', '&#35;', '<b>', '100%'];
const hostile = ['结束 ]]> 之后', 'tab\there', 'bell\u0007 and \uffff 尾', '<script>alert(1)</script> & &amp;', 'line one\nline two', '{{not a blank}} {1:MC:~=x}'];
const noControl = (s: string) => s.replace(/[\u0007\uffff]/g, '');

const questions: QuestionInput[] = [
  { id: 'm9.q.single', type: 'single', prompt: `题干 ${hostile.join(' | ')}`, explanation: `解析 ${hostile[0]}`, options: hostile.map((t, i) => ({ id: `o${i}`, text: `选项 ${t}`, feedback: `反馈 ${t}` })), answer: 'o1' },
  { id: 'm9.q.multiple', type: 'multiple', prompt: '多选 ]]>]]>', explanation: '解析 ]]]]>', options: cloze.slice(0, 4).map((t, i) => ({ id: `o${i}`, text: t })), answer: ['o0', 'o2'] },
  { id: 'm9.q.blank', type: 'blank', prompt: `开头 {1:SA:=x} ${'{{b1}}'} 中间 ~#} ${'{{b2}}'} 结尾 ]]>`, explanation: '解析四个字', blanks: [{ id: 'b1', accept: cloze.slice(0, 8) }, { id: 'b2', accept: cloze.slice(8) }] },
  { id: 'm9.q.table', type: 'blank', prompt: '表格 <table> 题', explanation: '解析四个字', blanks: [{ id: 'c1', accept: ['单元格 ~}'] }], table: { columns: ['列 </td>', '列二'], rows: [['行 & 格', '{{c1}} 元 {#1}']] } },
  { id: 'm9.q.order', type: 'ordering', prompt: '排序 ]]>', explanation: '解析四个字', items: hostile.slice(0, 3).map((t, i) => ({ id: `i${i}`, text: `第${i} ${t}` })) },
  { id: 'm9.q.match', type: 'matching', prompt: '匹配 & 分类', explanation: '解析四个字', categories: [{ id: 'x', text: 'A ]]> B' }, { id: 'y', text: '<C> & "D"' }, { id: 'z', text: '未用 \\ 类' }], items: [{ id: 'p', text: '项 ]]>', category: 'x' }, { id: 'q', text: '项 <b>', category: 'y' }] },
  { id: 'm9.q.short', type: 'short', prompt: '简答 <br> 换行\n第二行', explanation: '解析 ]]>', reference: '参考 <br> & ]]>\n第二段', checklist: ['要点 ]]>', '要点 <i>&'] },
];
const parsed = questions.map((q) => questionSchema.parse(q));
const clean = (q: QuestionInput) => JSON.parse(JSON.stringify(meaning(q)), (_, v) => (typeof v === 'string' ? noControl(v) : v));

describe('hostile text in a Moodle XML export', () => {
  const { xml, skipped } = toMoodleXml(parsed, { category: '类别 ]]> & <x>' });

  it('stays well-formed (xmllint)', async () => {
    expect(skipped).toEqual([]);
    const result = await validateXML({ xml: { fileName: 'hostile.xml', contents: xml }, normalization: 'format' });
    expect(result.errors).toEqual([]);
  });

  it('keeps no character XML 1.0 forbids', () => {
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  });

  it('reads back every question equal in meaning, the forbidden characters dropped', () => {
    const back = fromMoodleXml(xml);
    expect(back.issues).toEqual([]);
    expect(back.categories).toEqual(['类别 ]]> & <x>']);
    expect(back.questions.map(clean)).toEqual(parsed.map(clean));
  });

  it('gives Moodle’s Cloze parser exactly the accepted answers, which its short-answer match accepts', () => {
    const node = new XMLParser({ isArray: (n) => n === 'question' }).parse(xml).quiz.question.find((q: { name?: { text: string } }) => q.name?.text === 'm9.q.blank');
    const { subs, text } = extractCloze(node.questiontext.text);
    expect(subs).toHaveLength(2);
    expect(text).toContain('{#1}');
    expect(decodeEntities(text)).toContain('{1:SA:=x}');
    subs.forEach((sub, i) => {
      const accept = (i === 0 ? cloze.slice(0, 8) : cloze.slice(8));
      expect(sub.answers).toHaveLength(accept.length);
      sub.answers.forEach((a, j) => {
        expect(a.fraction).toBe(1);
        expect(shortAnswerMatches(accept[j]!, a.text)).toBe(true);
      });
    });
    // The asterisk is literal: it does not let any answer through.
    const star = subs[1]!.answers.find((a) => a.text.includes('*'))!;
    expect(shortAnswerMatches('xzzzy', star.text)).toBe(false);
  });
});

describe('the text helpers', () => {
  it.each(cloze.concat(hostile))('toHtml and fromHtml round-trip %j', (value) => {
    expect(fromHtml(toHtml(value))).toBe(value.replace(/\r\n?/g, '\n'));
  });

  it('splits a CDATA end across two sections and drops forbidden characters', () => {
    expect(cdata('a]]>b\u0001')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
    expect(cdata('')).toBe('');
  });

  it('writes every Cloze special character of an answer as an entity and the asterisk as \\*', () => {
    expect(clozeAnswer('}#~=\\&{*')).toBe('&#125;&#35;&#126;&#61;&#92;&#38;&#123;\\*');
    expect(clozeText('{1:SA:=x} <b>')).toBe('&#123;1:SA:=x&#125; &lt;b&gt;');
  });

  it('leaves unknown entities and out-of-range numbers as they are', () => {
    expect(decodeEntities('&bogus; &#x110000; &#x41; &#65; &nbsp;')).toBe('&bogus; &#x110000; A A \u00a0');
  });
});

describe('what the reader refuses', () => {
  it('names a file that is not XML', () => {
    expect(fromMoodleXml('<quiz><question>').issues[0]!.message).toMatch(/格式正确的 XML/);
  });

  it('names question types the site has not, and questions that break the schema', () => {
    const xml = '<quiz><question type="numerical"><name><text>n1</text></name></question><question type="truefalse"><name><text>bad id</text></name><questiontext format="plain_text"><text>题干四个字</text></questiontext><generalfeedback><text>解析四个字</text></generalfeedback><answer fraction="100"><text>false</text></answer></question></quiz>';
    const { questions: read, issues } = fromMoodleXml(xml);
    expect(read).toEqual([]);
    expect(issues.map((i) => i.name)).toEqual(['n1', 'bad id']);
    expect(issues[0]!.message).toMatch(/numerical/);
    expect(issues[1]!.message).toMatch(/题目编号格式/);
  });

  it('reads a Cloze question without <defaultgrade> as worth the sum of its weights, and plain-text fields as written', () => {
    const xml = '<quiz><question type="cloze"><name><text>m9.q.c</text></name><questiontext format="html"><text><![CDATA[甲 {2:SA:=一~%0%错~%100%壹} 乙 {:SHORTANSWER:=二}]]></text></questiontext><generalfeedback format="plain_text"><text>解析 &lt;原样&gt;</text></generalfeedback></question></quiz>';
    const [q] = fromMoodleXml(xml).questions;
    expect(q).toMatchObject({ type: 'blank', points: 3, prompt: '甲 {{b1}} 乙 {{b2}}', explanation: '解析 <原样>', blanks: [{ accept: ['一', '壹'] }, { accept: ['二'] }] });
  });
});

describe('what the export leaves out or warns about', () => {
  const base = { prompt: '题干四个字', explanation: '解析四个字' };
  it('skips a multiple-choice question whose 1/k Moodle does not accept, and a matching question with twin category names', () => {
    const seven = questionSchema.parse({ ...base, id: 'm9.q.seven', type: 'multiple', options: 'abcdefghijkl'.split('').map((id) => ({ id, text: `选项${id}` })), answer: 'abcdefghijk'.split('') });
    const twins = questionSchema.parse({ ...base, id: 'm9.q.twins', type: 'matching', categories: [{ id: 'x', text: '售前' }, { id: 'y', text: ' 售前' }], items: [{ id: 'p', text: '项一', category: 'x' }, { id: 'q', text: '项二', category: 'y' }] });
    const { skipped, xml } = toMoodleXml([seven, twins]);
    expect(skipped.map((s) => s.id)).toEqual(['m9.q.seven', 'm9.q.twins']);
    expect(skipped[0]!.reason).toMatch(/1\/11.*已跳过。$/);
    expect(skipped[1]!.reason).toMatch(/售前/);
    expect(xml).not.toContain('<name><text>m9.q.seven');
    expect(xml).toMatch(/<!-- 以下 2 题无法用 Moodle XML 表示，未导出：\n  m9.q.seven：/);
  });

  it('keeps the written order of options when one only makes sense in place (以上都是)', () => {
    const options = [{ id: 'a', text: '微笑' }, { id: 'b', text: '耐心' }, { id: 'c', text: '以上都是' }];
    const pinned = questionSchema.parse({ ...base, id: 'm9.q.pinned', type: 'single', options, answer: 'c' });
    const free = questionSchema.parse({ ...base, id: 'm9.q.free', type: 'single', options: options.slice(0, 2), answer: 'a' });
    const { xml } = toMoodleXml([pinned, free]);
    expect(xml.match(/<shuffleanswers>(\w+)<\/shuffleanswers>/g)).toEqual(['<shuffleanswers>false</shuffleanswers>', '<shuffleanswers>true</shuffleanswers>']);
  });

  it('says in a comment what Moodle cannot carry: matching feedback, too few answers, the numerals rule, a Cloze worth other points', () => {
    const match = questionSchema.parse({ ...base, id: 'm9.q.fb', type: 'matching', categories: [{ id: 'x', text: '甲', feedback: '反馈' }, { id: 'y', text: '乙' }], items: [{ id: 'p', text: '项一', category: 'x' }, { id: 'q', text: '项二', category: 'y' }] });
    const blank = questionSchema.parse({ ...base, id: 'm9.q.num', type: 'blank', prompt: '共 {{a}} 天 {{b}} 次', points: 1, blanks: [{ id: 'a', accept: ['七'], numerals: true }, { id: 'b', accept: ['3'], contains: true }] });
    const even = questionSchema.parse({ ...base, id: 'm9.q.even', type: 'blank', prompt: '共 {{a}} 天 {{b}} 次', points: 4, blanks: [{ id: 'a', accept: ['七'] }, { id: 'b', accept: ['3'] }] });
    const { xml } = toMoodleXml([match, blank, even]);
    expect(xml).toContain('各项的反馈 Moodle 无处存放');
    expect(xml).toContain('至少 3 个答案');
    expect(xml).toContain('“汉字数字与阿拉伯数字等同”和“包含答案即可”');
    expect(xml).toContain('本题在本站为 1 分');
    expect(xml).not.toContain('本题在本站为 4 分');
    expect(xml).toContain('{2:SHORTANSWER:=七}');
    expect(fromMoodleXml(xml).questions.map((q) => q.points)).toEqual([1, 1, 4]);
  });
});

describe('categoryPath', () => {
  // Moodle's qformat_default::split_category_path: split at a single `/`, then `//` → `/`, then trim.
  const split = (path: string) => path.split(/(?<!\/)\/(?!\/)/).map((n) => n.replace(/\/\//g, '/').trim());

  it.each([
    [['课程', '模块1 售前/售中'], '课程/模块1 售前//售中'],
    [['/开头', '结尾/'], ' //开头/结尾// '],
    [['多个  空格\n换行'], '多个 空格 换行'],
  ])('writes %j as %j, which Moodle splits back into the names', (names, path) => {
    expect(categoryPath(...names)).toBe(path);
    expect(split(path)).toEqual(names.map((n) => n.replace(/\s+/g, ' ').trim()));
  });
});
