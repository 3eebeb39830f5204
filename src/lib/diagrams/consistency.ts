/**
 * Content checks that one process is taught one way: a lesson's step list, step count, mnemonic or
 * arrow chain, and an ordering question, must agree with the process as src/data/diagrams/ defines it;
 * and every quick-phrase length limit must be the one constant. Pure: texts come in as parameters
 * (tests/unit/diagrams/process-consistency.test.ts reads the files).
 */

/** What the checks need to know about a process. */
export interface ProcessFacts {
  id: string;
  title: string;
  aliases: readonly string[];
  steps: readonly { id: string; name: string }[];
  /** Mnemonic words, one per step, if the process has one. */
  mnemonic?: readonly string[] | undefined;
  /** The items an ordering question of this process must have. */
  items: readonly { id: string; text: string }[];
}

/** A text file to check: a lesson (MDX with front matter) or a data module's source. */
export interface TextFile {
  file: string;
  text: string;
}

/** An ordering question. */
export interface OrderingFacts {
  id: string;
  prompt: string;
  items: readonly { id: string; text: string }[];
}

/** One disagreement, said so an author can fix it. */
export interface Finding {
  file: string;
  line?: number;
  message: string;
}

const numerals = '一二三四五六七八九十';
const countOf = (n: string) => numerals.indexOf(n) + 1;
const names = (p: ProcessFacts) => p.steps.map((s) => s.name);
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const show = (list: readonly string[]) => list.join(' → ');

/** The processes a piece of text names (by title or alias). */
export function processesNamedIn(text: string, processes: readonly ProcessFacts[]): ProcessFacts[] {
  return processes.filter((p) => [p.title, ...p.aliases].some((name) => text.includes(name)));
}

/** Strips the step number a list or table puts before a name: ①, 1, 1., (1). */
function stepName(cell: string): string {
  return cell
    .replace(/\*\*/g, '')
    .replace(/^\s*(?:[①②③④⑤⑥⑦⑧⑨⑩]|\d+\.?|（\d+）)\s*/, '')
    .trim();
}

/**
 * The headings a step list belongs to: the nearest one, and its parent when the nearest only says
 * “steps” (“#### 2. 六个步骤” under “### 五、纠纷处理的原则和步骤”), not when it is one step's own
 * heading (“#### 第三步：…”, “#### ⑥ 需要时转接”).
 */
function context(headings: readonly string[]): string {
  const own = headings.filter(Boolean);
  const nearest = own.at(-1) ?? '';
  const onlySaysSteps = /(?<!第[一二三四五六七八九十\d])步|流程/.test(nearest);
  return onlySaysSteps ? own.slice(-2).join('\n') : nearest;
}

interface StepBlock {
  line: number;
  context: string;
  names: string[];
}

/**
 * The numbered step lists (`1. **名称**：…`) and step tables (first cell `① 名称` or `1 名称`) of a
 * lesson, each with the headings above it and the paragraph just before it.
 */
export function stepBlocks(text: string): StepBlock[] {
  const lines = text.split('\n');
  const blocks: StepBlock[] = [];
  const headings: string[] = [];
  let paragraph = '';
  let current: StepBlock | null = null;
  const close = () => {
    if (current && current.names.length >= 3) blocks.push(current);
    current = null;
  };
  lines.forEach((line, i) => {
    const listItem = /^\d+\.\s+\*\*([^*]+)\*\*/.exec(line);
    const tableRow = /^\|\s*((?:[①②③④⑤⑥⑦⑧⑨⑩]|\d+)\s*[^|\d]*?[\u4e00-\u9fff][^|]*?)\s*\|/.exec(line);
    const item = listItem?.[1] ?? tableRow?.[1];
    if (item !== undefined) {
      current ??= { line: i + 1, context: `${context(headings)}\n${paragraph}`, names: [] };
      current.names.push(stepName(item).replace(/[：:。；，]$/, ''));
      return;
    }
    if (/^\|/.test(line)) return; // table header and separator rows
    close();
    const level = /^(#{2,6})\s/.exec(line)?.[1]?.length;
    if (level) {
      headings.length = level - 2;
      headings[level - 2] = line;
      paragraph = '';
    } else if (line.trim()) {
      paragraph = line;
    }
  });
  close();
  return blocks;
}

/** Step lists written inline: “A、B、C” after a colon or in quotes, and “A → B → C” chains. */
export function inlineLists(line: string): string[][] {
  const lists: string[][] = [];
  for (const m of line.matchAll(/[：“]([^：“”。；|\n]+)/g)) {
    const parts = m[1]!.split('、').map((x) => x.replace(/\*\*/g, '').trim());
    if (parts.length >= 3 && parts.every((x) => x.length >= 2 && x.length <= 8)) lists.push(parts);
  }
  for (const m of line.matchAll(/[^：“（|*]+?(?:\s*→\s*[^→。；，|*）”]+){2,}/g)) {
    const parts = m[0].split('→').map((x) => x.replace(/\*\*/g, '').trim());
    if (parts.every((x) => x.length >= 2 && x.length <= 8)) lists.push(parts);
  }
  return lists;
}

/** Ordinal mnemonics such as 一备、二接、三听: the words after 一, 二, 三 … in order. */
export function ordinalMnemonics(line: string): string[][] {
  const found: string[][] = [];
  const re = new RegExp(`一[\\u4e00-\\u9fff]{1,2}?(?:、?[${numerals.slice(1)}][\\u4e00-\\u9fff]{1,2}?){2,}(?=[、，。”*：\\s]|$)`, 'g');
  for (const m of line.matchAll(re)) {
    const words: string[] = [];
    let expected = 0;
    let ok = true;
    for (const part of m[0].split(/、|(?=[一二三四五六七八九十])/)) {
      if (!part) continue;
      if (part[0] !== numerals[expected]) {
        ok = false;
        break;
      }
      words.push(part.slice(1));
      expected += 1;
    }
    if (ok && words.length >= 3) found.push(words);
  }
  return found;
}

/** Checks every lesson and every ordering question against the processes. */
export function checkProcessConsistency(
  processes: readonly ProcessFacts[],
  lessons: readonly TextFile[],
  ordering: readonly (OrderingFacts & { file: string })[],
): Finding[] {
  const findings: Finding[] = [];
  for (const { file, text } of lessons) {
    for (const block of stepBlocks(text)) {
      for (const p of processesNamedIn(block.context, processes)) {
        if (!same(block.names, names(p))) {
          findings.push({ file, line: block.line, message: `“${p.title}”写成了 ${show(block.names)}；应与 src/data/diagrams/ 一致：${show(names(p))}` });
        }
      }
    }
    text.split('\n').forEach((line, i) => {
      const at = { file, line: i + 1 };
      for (const list of inlineLists(line)) {
        // A list counts as a version of a process when it names the process and shares a step name
        // with it, or shares most of its step names; slogans such as 先核实、再判断 share none.
        const named = processesNamedIn(line, processes);
        for (const p of processes) {
          const shared = list.filter((x) => names(p).includes(x)).length;
          const isVersion = named.includes(p) ? shared > 0 : shared * 2 > list.length;
          if (isVersion && !same(list, names(p))) findings.push({ ...at, message: `“${p.title}”写成了 ${show(list)}；应为 ${show(names(p))}` });
        }
      }
      for (const words of ordinalMnemonics(line)) {
        for (const p of processes) {
          if (!p.mnemonic) continue;
          const shared = words.filter((w) => p.mnemonic!.includes(w)).length;
          if (shared * 2 >= words.length && !same(words, p.mnemonic)) {
            findings.push({ ...at, message: `“${p.title}”的口诀写成了 ${words.join('、')}（${words.length} 步）；应为 ${p.mnemonic.join('、')}（${p.steps.length} 步）` });
          }
        }
      }
      // A count belongs to a process only inside the same clause and list item (“售后流程、道歉三步” is two).
      for (const clause of line.split(/[，。；！？|、]/)) {
        const named = processesNamedIn(clause, processes);
        if (named.length !== 1) continue;
        const p = named[0]!;
        for (const m of clause.matchAll(/(?<![每下上第进这那哪逐一])([一二三四五六七八九十])(?:个)?(?:工作)?步/g)) {
          if (countOf(m[1]!) !== p.steps.length) {
            findings.push({ ...at, message: `“${p.title}”在这里说是 ${m[1]} 步；数据里有 ${p.steps.length} 步` });
          }
        }
      }
    });
  }
  for (const q of ordering) {
    for (const p of processesNamedIn(q.prompt, processes)) {
      const same =
        q.items.length === p.items.length && q.items.every((it, i) => it.id === p.items[i]!.id && it.text === p.items[i]!.text);
      if (!same) {
        findings.push({
          file: q.file,
          message: `排序题 ${q.id} 问的是“${p.title}”，选项却是 ${show(q.items.map((it) => it.text.split('：')[0]!))}；请用 processItems('${p.id}') 生成选项`,
        });
      }
    }
  }
  return findings;
}

/**
 * Finds quick-phrase length limits (“每条不超过 60 字”, “一般 50 字以内”) that differ from the constant;
 * a line counts when it or the heading above it speaks of 快捷短语 / 常用语.
 */
export function checkQuickPhraseLimit(limit: number, files: readonly TextFile[]): Finding[] {
  const findings: Finding[] = [];
  for (const { file, text } of files) {
    let heading = '';
    text.split('\n').forEach((line, i) => {
      if (/^#{2,6}\s/.test(line)) heading = line;
      if (!/短语|常用语/.test(`${heading}${line}`)) return;
      for (const m of line.matchAll(/(?:不超过|控制在|一般|最多)\s*(\d+)\s*字(?!\/)/g)) {
        if (Number(m[1]) !== limit) {
          findings.push({ file, line: i + 1, message: `快捷短语的字数上限写成了 ${m[1]} 字；全课程统一为 ${limit} 字（src/data/phrases.ts quickPhraseMaxChars）` });
        }
      }
    });
  }
  return findings;
}
