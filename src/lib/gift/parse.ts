import { formatPrefix, protect, unprotect, weightPrefix, type GiftFormat } from './escape.ts';

/**
 * A GIFT reader that follows Moodle's own importer (qformat_gift::readquestion) step by step — blank
 * lines separate questions, `//` lines are comments, the first `{…}` is the answer block, the type is
 * decided the way Moodle decides it — but keeps line numbers and reports problems instead of throwing.
 */

/** A text and the format Moodle would give it. */
export interface GiftText {
  text: string;
  format: GiftFormat;
}

/** One answer of a choice or short-answer block; `fraction` is Moodle's grade, 1 = 100 %. */
export interface GiftChoice {
  text: GiftText;
  feedback?: GiftText;
  fraction: number;
}

/** The answer block, by question type. */
export type GiftBody =
  | { type: 'mc'; /** Written with `=` (one answer) rather than `~%w%` weights (several). */ single: boolean; choices: GiftChoice[] }
  | { type: 'short'; answers: GiftChoice[] }
  | { type: 'tf'; value: boolean; wrongFeedback?: GiftText; rightFeedback?: GiftText }
  | { type: 'match'; pairs: { left: GiftText; right: string }[] }
  | { type: 'essay' }
  | { type: 'numerical' };

/** A question: its text around the answer block (unescaped, untrimmed) and the block itself. */
export interface GiftQuestion {
  kind: 'question';
  /** Line where the question starts (comments excluded). */
  line: number;
  title?: string;
  /** `[tag:…]` values from the question's comments. */
  tags: string[];
  stem: { before: string; after: string; format: GiftFormat };
  generalFeedback?: GiftText;
  body: GiftBody;
}

/** Syntax problems the reader can name. */
export type GiftSyntaxProblem = 'unclosed' | 'stray-close' | 'nested-open' | 'second-block' | 'match-pair';

/** Whatever a block of lines turned out to be. */
export type GiftItem =
  | GiftQuestion
  | { kind: 'category'; line: number; name: string }
  | { kind: 'description'; line: number }
  | { kind: 'error'; line: number; problem: GiftSyntaxProblem };

interface Line {
  no: number;
  text: string;
}

/** Joined block text with a map from offsets back to source lines. */
class Block {
  readonly text: string;
  private readonly starts: number[] = [];
  private readonly lines: Line[];
  constructor(lines: Line[]) {
    this.lines = lines;
    let offset = 0;
    for (const line of lines) {
      this.starts.push(offset);
      offset += line.text.length + 1;
    }
    this.text = lines.map((l) => l.text).join('\n');
  }
  /** Source line of an offset in `text`. */
  lineAt(offset: number): number {
    // Binary search: a block of thousands of lines asks this once per item.
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return this.lines[low]!.no;
  }
}

/** Splits at the first `limit - 1` separators, keeping the rest whole (PHP's explode with a limit). */
function explode(text: string, separator: string, limit: number): string[] {
  const parts = text.split(separator);
  return parts.length <= limit ? parts : [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(separator)];
}

/** Moodle's parse_text_with_format: an optional `[format]` prefix, then unescaped, trimmed text. */
function withFormat(raw: string, fallback: GiftFormat): GiftText {
  const trimmed = raw.trim();
  const match = formatPrefix.exec(trimmed);
  const format = (match?.[1] as GiftFormat | undefined) ?? fallback;
  return { format, text: unprotect(match ? trimmed.slice(match[0].length) : trimmed).trim() };
}

/** Text and feedback of one answer (`text#feedback`). */
function withFeedback(raw: string, format: GiftFormat): Pick<GiftChoice, 'text' | 'feedback'> {
  const [text, feedback] = explode(raw, '#', 2);
  const fb = feedback === undefined ? undefined : withFormat(feedback, format);
  return { text: withFormat(text!, format), ...(fb?.text ? { feedback: fb } : {}) };
}

/** Removes a leading `%weight%` and returns it as a fraction (Moodle's answerweightparser). */
function takeWeight(answer: string): { fraction: number; rest: string } | undefined {
  if (!weightPrefix.test(answer)) return undefined;
  const end = answer.indexOf('%', 1);
  const fraction = Number.parseFloat(answer.slice(1, end)) / 100;
  return { fraction: Number.isNaN(fraction) ? 0 : fraction, rest: answer.slice(end + 1) };
}

/** Answers split at a separator, dropping an empty first piece (text before the first `=` or `~`). */
function pieces(text: string, separator: string): string[] {
  const parts = text.split(separator).map((p) => p.trim());
  if (parts[0] === '') parts.shift();
  return parts;
}

function readBody(answer: string, format: GiftFormat): GiftBody | 'match-pair' {
  if (answer === '') return { type: 'essay' };
  if (answer.startsWith('#')) return { type: 'numerical' };
  if (answer.includes('~')) {
    const choices = pieces(answer.replace(/=/g, '~='), '~').map((piece) => {
      const weighted = piece.startsWith('=') ? { fraction: 1, rest: piece.slice(1) } : takeWeight(piece) ?? { fraction: 0, rest: piece };
      return { ...withFeedback(weighted.rest, format), fraction: weighted.fraction };
    });
    return { type: 'mc', single: answer.includes('='), choices };
  }
  if (answer.includes('=') && answer.includes('->')) {
    const pairs: { left: GiftText; right: string }[] = [];
    for (const piece of pieces(answer, '=')) {
      const arrow = piece.indexOf('->');
      if (arrow < 0) return 'match-pair';
      pairs.push({ left: withFormat(piece.slice(0, arrow), format), right: unprotect(piece.slice(arrow + 2)).trim() });
    }
    return { type: 'match', pairs };
  }
  const hash = answer.indexOf('#');
  const tf = (hash > 0 ? answer.slice(0, hash) : answer).trim();
  if (['T', 'TRUE', 'F', 'FALSE'].includes(tf)) {
    const [, wrong, right] = explode(answer, '#', 3).map((bit) => withFormat(bit, format));
    return {
      type: 'tf',
      value: tf.startsWith('T'),
      ...(wrong?.text ? { wrongFeedback: wrong } : {}),
      ...(right?.text ? { rightFeedback: right } : {}),
    };
  }
  const answers = pieces(answer, '=').map((piece) => {
    const weighted = takeWeight(piece) ?? { fraction: 1, rest: piece };
    return { ...withFeedback(weighted.rest, format), fraction: weighted.fraction };
  });
  return { type: 'short', answers };
}

const unescapedBrace = /[{}]/;

const tagPattern = /\[tag:((?:\\\]|[^\]])+)\]/g;

/** `[tag:…]` values of one comment line. */
function tagsOf(comment: string): string[] {
  // A `[tag:` with no `]` after it can never close; left in, every such opening would rescan the
  // rest of the line (a comment of 40,000 of them took half a minute).
  const end = comment.lastIndexOf(']');
  return [...comment.slice(0, end + 1).matchAll(tagPattern)].map((match) => match[1]!.replace(/\\\]/g, ']').trim());
}

/** Reads one block of non-blank lines: `$CATEGORY:` lines at its head, then one question or text. */
function readBlock(source: Line[]): GiftItem[] {
  const items: GiftItem[] = [];
  let tags: string[] = [];
  const lines: Line[] = [];
  let started = false;
  for (const line of source) {
    if (line.text.startsWith('//')) {
      tags.push(...tagsOf(line.text));
      lines.push({ no: line.no, text: ' ' });
      continue;
    }
    const text = protect(line.text);
    if (!started && text.startsWith('$CATEGORY:')) {
      // Moodle would swallow a question written right under the category line; we read it instead.
      // Comments above a category line belong to nothing (their tags are dropped).
      items.push({ kind: 'category', line: line.no, name: unprotect(text.slice('$CATEGORY:'.length)).trim() });
      lines.length = 0;
      tags = [];
      continue;
    }
    lines.push({ no: line.no, text });
    started = true;
  }
  const item = readQuestion(lines, tags);
  return item ? [...items, item] : items;
}

/** Reads a block's lines (comments blanked, escapes protected) as one question, text or problem. */
function readQuestion(lines: Line[], tags: string[]): GiftItem | undefined {
  const block = new Block(lines);
  const text = block.text.trimEnd();
  const start = text.length - text.trimStart().length;
  if (start === text.length) return undefined;
  const line = block.lineAt(start);

  let bodyStart = start;
  let title: string | undefined;
  if (text.startsWith('::', start)) {
    const close = text.indexOf('::', start + 2);
    if (close < 0) bodyStart = start + 2;
    else {
      title = unprotect(text.slice(start + 2, close)).trim();
      bodyStart = close + 2;
    }
  }
  const open = text.indexOf('{', bodyStart);
  const close = text.indexOf('}', bodyStart);
  if (open < 0 && close < 0) return { kind: 'description', line };
  if (open < 0 || (close >= 0 && close < open)) return { kind: 'error', line: block.lineAt(close), problem: 'stray-close' };
  if (close < 0) return { kind: 'error', line: block.lineAt(open), problem: 'unclosed' };

  let answer = text.slice(open + 1, close);
  const nested = answer.indexOf('{');
  if (nested >= 0) return { kind: 'error', line: block.lineAt(open + 1 + nested), problem: 'nested-open' };
  const after = text.slice(close + 1);
  const extra = after.search(unescapedBrace);
  if (extra >= 0) {
    const problem = after[extra] === '{' ? 'second-block' : 'stray-close';
    return { kind: 'error', line: block.lineAt(close + 1 + extra), problem };
  }

  const leading = text.slice(bodyStart, open).trimStart();
  const prefix = formatPrefix.exec(leading);
  const format = (prefix?.[1] as GiftFormat | undefined) ?? 'moodle';
  const before = unprotect(prefix ? leading.slice(prefix[0].length) : leading);

  let generalFeedback: GiftText | undefined;
  const separator = answer.lastIndexOf('####');
  if (separator >= 0) {
    const gf = withFormat(answer.slice(separator + 4), format);
    if (gf.text) generalFeedback = gf;
    answer = answer.slice(0, separator);
  }
  const body = readBody(answer.trim(), format);
  if (body === 'match-pair') return { kind: 'error', line: block.lineAt(open), problem: 'match-pair' };
  return {
    kind: 'question',
    line,
    ...(title ? { title } : {}),
    tags,
    stem: { before, after: unprotect(after), format },
    ...(generalFeedback ? { generalFeedback } : {}),
    body,
  };
}

/** Reads GIFT text into questions, categories, descriptions and syntax problems, with 1-based line numbers. */
export function parseGift(source: string): GiftItem[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const items: GiftItem[] = [];
  let current: Line[] = [];
  const flush = () => {
    // One at a time: a block of thousands of category lines would overflow push's argument list.
    for (const item of current.length ? readBlock(current) : []) items.push(item);
    current = [];
  };
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') flush();
    else current.push({ no: i + 1, text });
  });
  flush();
  return items;
}
