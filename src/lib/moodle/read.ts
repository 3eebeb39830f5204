import { XMLParser } from 'fast-xml-parser';
import { readShortFeedback } from '../gift/short-feedback.ts';
import { questionSchema, type Question, type QuestionInput } from '../../schemas/question.ts';
import { decodeEntities, fromHtml } from './text.ts';

/**
 * Reads Moodle XML, as written by export.ts, back into the site's questions: the check that the export
 * keeps what a question means (tests/unit/moodle/). Moodle does not keep option, item or blank IDs, so
 * they are numbered again (a, b, c …; b1, b2 …); the question ID comes from <idnumber>, else <name>.
 */

/** The questions read, the categories named (in file order), and what could not be read, in Chinese. */
export interface MoodleImport {
  questions: Question[];
  categories: string[];
  issues: { name: string; message: string }[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['question', 'answer', 'subquestion', 'tag'].includes(name),
});

const letters = 'abcdefghijklmnopqrstuvwxyz';
const optionId = (i: number) => (i < letters.length ? letters[i]! : `o${i + 1}`);

/** The raw string in `<text>` of a child element (Moodle trims it, so do we). */
function raw(node: unknown, tag?: string): string {
  const target = (tag ? (node as Node | undefined)?.[tag] : node) as Node | string | undefined;
  const value = typeof target === 'object' && target !== null ? target.text : target;
  return typeof value === 'string' ? value.trim() : '';
}

/** A text field as plain text, decoded from HTML unless its format says otherwise. */
function textOf(node: unknown, tag?: string): string {
  const target = (tag ? (node as Node | undefined)?.[tag] : node) as Node | undefined;
  const format = typeof target === 'object' && target !== null ? target['@_format'] : undefined;
  const value = raw(target);
  return format === 'plain_text' ? value : fromHtml(value).trim();
}

const answersOf = (q: Node) => (q.answer as Node[] | undefined) ?? [];
const fractionOf = (a: Node) => Number(a['@_fraction'] ?? 0);

// Moodle's Cloze short answer: {weight:SHORTANSWER:alternatives}; export.ts writes every special character as an entity.
const subquestion = /\{(\d*):(?:SHORTANSWER|SA|MW|SHORTANSWER_C|SAC|MWC):(.*?)(?<!\\|&)\}/gs;

function clozeAccept(alternatives: string): string[] {
  return alternatives
    .split(/(?<!\\|&)~/)
    .filter((alt) => /^(=|%100%)/.test(alt))
    // `\*` is the escaped asterisk; after decoding, `\}` and `\#` lose their backslash as in Moodle (see cloze.ts).
    .map((alt) => decodeEntities(alt.replace(/^(=|%100%)/, '').replace(/\\\*/g, '*')).replace(/\\([}#])/g, '$1').trim());
}

function readCloze(html: string): Pick<Extract<QuestionInput, { type: 'blank' }>, 'prompt' | 'blanks' | 'table'> & { weights: number } {
  const blanks: { id: string; accept: string[] }[] = [];
  let weights = 0;
  const fill = (part: string) =>
    fromHtml(part.replace(subquestion, (_, weight: string, alternatives: string) => {
      const id = `b${blanks.length + 1}`;
      blanks.push({ id, accept: clozeAccept(alternatives) });
      weights += weight === '' ? 1 : Number(weight);
      return `\u0000${id}\u0001`;
    })).replace(/\u0000([a-z0-9]+)\u0001/g, '{{$1}}');
  const at = html.indexOf('<table>');
  if (at < 0) return { prompt: fill(html).trim(), blanks, weights };
  const prompt = fill(html.slice(0, at)).trim();
  const rowsOf = (section: string) => [...section.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) => [...row[1]!.matchAll(/<t[hd]>(.*?)<\/t[hd]>/gs)].map((cell) => fill(cell[1]!)));
  const head = /<thead>(.*?)<\/thead>/s.exec(html)?.[1] ?? '';
  const body = /<tbody>(.*?)<\/tbody>/s.exec(html)?.[1] ?? '';
  return { prompt, blanks, weights, table: { columns: rowsOf(head)[0] ?? [], rows: rowsOf(body) } };
}

function read(q: Node, type: string): QuestionInput | string {
  const name = raw(q, 'name');
  const idnumber = typeof q.idnumber === 'string' ? q.idnumber.trim() : '';
  const tags = ((q.tags as Node | undefined)?.tag as Node[] | undefined) ?? [];
  const base = {
    id: idnumber || name,
    prompt: textOf(q, 'questiontext'),
    explanation: textOf(q, 'generalfeedback'),
    requirements: tags.map((t) => raw(t)),
    points: Number(typeof q.defaultgrade === 'string' ? q.defaultgrade : 1),
  };
  switch (type) {
    case 'multichoice': {
      const answers = answersOf(q);
      const options = answers.map((a, i) => {
        const feedback = textOf(a, 'feedback');
        return { id: optionId(i), text: textOf(a), ...(feedback ? { feedback } : {}) };
      });
      const right = options.filter((_, i) => fractionOf(answers[i]!) > 0).map((o) => o.id);
      const single = String(q.single ?? 'true').trim();
      return single === 'false' || single === '0'
        ? { ...base, type: 'multiple', options, answer: right }
        : { ...base, type: 'single', options, answer: options[answers.findIndex((a) => fractionOf(a) >= 100)]?.id ?? '' };
    }
    case 'truefalse': {
      const right = answersOf(q).find((a) => fractionOf(a) >= 100);
      return { ...base, type: 'truefalse', answer: raw(right) === 'true' };
    }
    case 'cloze':
    case 'multianswer': {
      const cloze = readCloze(raw(q, 'questiontext'));
      const { weights, ...rest } = cloze;
      return { ...base, ...rest, points: typeof q.defaultgrade === 'string' ? base.points : weights, type: 'blank' };
    }
    case 'ordering':
      return { ...base, type: 'ordering', items: answersOf(q).map((a, i) => ({ id: optionId(i), text: textOf(a) })) };
    case 'matching':
    case 'match': {
      const pairs = ((q.subquestion as Node[] | undefined) ?? []).map((s) => ({ item: textOf(s), answer: raw((s.answer as Node[] | undefined)?.[0]) }));
      const names = [...new Set(pairs.map((p) => p.answer))];
      const categories = names.map((text, i) => ({ id: `c${i + 1}`, text }));
      const items = pairs.filter((p) => p.item !== '').map((p, i) => ({ id: `i${i + 1}`, text: p.item, category: `c${names.indexOf(p.answer) + 1}` }));
      return { ...base, type: 'matching', categories, items };
    }
    case 'essay': {
      const info = readShortFeedback(textOf(q, 'graderinfo'));
      return { ...base, type: 'short', reference: info.reference, checklist: info.checklist };
    }
    default:
      return `题型“${type}”本站没有对应的题型，未读入。`;
  }
}

/** Reads a Moodle XML file; questions that are not well-formed or do not fit the site's schema are named in `issues`. */
export function fromMoodleXml(xml: string): MoodleImport {
  const result: MoodleImport = { questions: [], categories: [], issues: [] };
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (error) {
    result.issues.push({ name: '', message: `文件不是格式正确的 XML：${(error as Error).message}` });
    return result;
  }
  const questions = ((doc.quiz as Node | undefined)?.question as Node[] | undefined) ?? [];
  for (const q of questions) {
    const type = String(q['@_type'] ?? '');
    if (type === 'category') {
      result.categories.push(raw(q, 'category'));
      continue;
    }
    const input = read(q, type);
    const name = raw(q, 'name');
    if (typeof input === 'string') {
      result.issues.push({ name, message: input });
      continue;
    }
    const parsed = questionSchema.safeParse(input);
    if (parsed.success) result.questions.push(parsed.data);
    else result.issues.push({ name, message: parsed.error.issues.map((i) => i.message).join('；') });
  }
  return result;
}
