// Measures the mock-chat judge against the labelled corpus (tests/judge-corpus/). Each case is played as
// the engine plays it in class: a session standing in the case's state, the customer's lines shown,
// then the reply, so guards, rules and every later check all take part.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findHits, loadToSimplified, mayBeTraditional, normalise } from '../../src/lib/answer/index.ts';
import { factsEnv, replyTo, startSession, type ChatSession, type ChatVerdict, type Scenario } from '../../src/lib/chat/index.ts';
import { scenarios } from '../../src/data/scenarios/index.ts';
import { judgeCorpusFileSchema, type JudgeCase } from '../../src/schemas/judge-corpus.ts';

/** Targets of the judge on both parts: exact agreement, and no good reply at 0, no salad at the top, no trap with points. */
export const TARGETS = { agreement: 0.95 } as const;

/**
 * Both parts reach the agreement target; neither is free of every fault the targets rule out (a good reply
 * at 0, a salad at top points, a trap with points, feedback asking for what is there), and the held-out
 * part (rounds 3, 6, 8, 10, 12, 13, 15, 17, 23, 25, 27, 32, 34, 37, 40, 43, 46, 49, 52, 57, 61, 63, 65, 67, 69, 71, 73, 75, 77, 79, 82, 84, 86, 88, 91, 95, 99, 101, 103, 106, 108, 110, 112, 114, 116, 118, 120, 122, 124, 126, 128, 130, 132, 134, 136, 138, 140, 142, 144, 146, 148, 150, 152, 154, 156, 158, 160, 162, 164, 166, 168, 170, 172, 174, 176, 178, 180, 182, 184, 186, 188, 190, 192, 194, 196, 198, 200, 202, 204, 206, 208, 210, 212, 214, 216, 218, 220 and 222) has them at a higher rate (tests/judge-corpus/README.md gives the figures). Until
 * they reach the targets, the suite holds both parts at least where they stand, so a change to the rules
 * can't make the judge worse unnoticed, on replies tuned to or not.
 */
export const TUNING_FLOOR = { agreement: 0.975, goodZero: 7, saladTop: 81, trapPoints: 253, askedTwice: 0 } as const;
export const HELD_OUT_FLOOR = { agreement: 0.965, goodZero: 43, saladTop: 41, trapPoints: 560, askedTwice: 4 } as const;

export const CORPUS_DIR = new URL('../../tests/judge-corpus/', import.meta.url).pathname;

export type Part = 'tuning' | 'held-out';

/** One judged case. */
export interface Judged extends JudgeCase {
  scenario: string;
  /** Points the judge gave. */
  got: number;
  verdict: ChatVerdict;
}

export interface PartResult {
  part: Part;
  cases: Judged[];
  agreement: number;
  /** confusion[label][judge]: counts on the 0–2 scale. */
  confusion: number[][];
  perScenario: { scenario: string; cases: number; agreement: number }[];
  /** Labelled good replies (2 points) that got 0. */
  goodZero: Judged[];
  /** Keyword salads that got the state's top points. */
  saladTop: Judged[];
  /** Traps that got points. */
  trapPoints: Judged[];
  /** Replies whose feedback asks for a point they already make. */
  askedTwice: Judged[];
  meetsTargets: boolean;
}

/** Reads the corpus files of one part. */
export function readCorpus(part: Part): { scenario: string; cases: JudgeCase[] }[] {
  const dir = join(CORPUS_DIR, part);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = judgeCorpusFileSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (file.part !== part) throw new Error(`${dir}/${f}: part 应为 ${part}`);
      return { scenario: file.scenario, cases: file.cases };
    });
}

/** A session standing in `state` with the customer's lines of that state shown, as in class. */
function sessionAt(scenario: Scenario, state: string): ChatSession {
  const session = startSession(scenario, 0, 'solo');
  const data = scenario.states[state]!;
  return { ...session, state, messages: data.customer.map((text) => ({ from: 'customer' as const, text, at: 0, state })) };
}

let converter: ((text: string) => string) | undefined;

/** Judges one reply to one state exactly as the chat does (guards, rules, then later checks). */
export async function judgeOne(scenario: Scenario, state: string, reply: string): Promise<ChatVerdict> {
  const env = { ...factsEnv, ...(mayBeTraditional(reply) ? { toSimplified: (converter ??= await loadToSimplified()) } : {}) };
  const { session } = replyTo(scenario, sessionAt(scenario, state), reply, 5000, env);
  const verdict = session.messages.findLast((m) => m.from === 'agent')?.verdict;
  if (!verdict) throw new Error(`${scenario.id}/${state}: 回复没有被评判（状态不是对话状态？）`);
  return verdict;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Sentences of feedback that ask the student for something (加上…, 还要…, 都要回应…). */
const ASKING = /加上|补上|还要|还需|请说明|请补充|记得|别忘|要说明|需要说明|应该说明|要回应|也要|都要|还缺|缺了|少了|还差/;

/**
 * Where feedback asks for a point the reply already makes: a sentence of the feedback that asks for
 * something names a term of one of the state's full-mark requirements (a containsAll entry of a
 * correct group), and the reply holds that requirement. Returns the asking sentence, or undefined.
 */
export function asksForWhatIsThere(scenario: Scenario, state: string, reply: string, feedback: string): string | undefined {
  const data = scenario.states[state];
  if (!data || 'end' in data) return undefined;
  const options = { numerals: data.judge.numerals ?? false };
  const input = normalise(reply, options);
  const asking = feedback.split(/[。；！？]/).filter((sentence) => ASKING.test(sentence));
  if (asking.length === 0) return undefined;
  for (const group of data.judge.groups.filter((g) => g.correctness === 'correct')) {
    for (const rule of group.when) {
      if (!('containsAll' in rule)) continue;
      for (const entry of rule.containsAll) {
        const terms = typeof entry === 'string' ? [entry] : entry;
        if (!terms.some((term) => findHits(input, normalise(term, options).text).length > 0)) continue;
        const sentence = asking.find((text) => terms.some((term) => [...term].length >= 2 && text.includes(term)));
        if (sentence) return sentence;
      }
    }
  }
  return undefined;
}

/** Judges every case of the given parts. */
export async function judgeCorpus(parts: Part[]) {
  const byId = new Map(scenarios.map((s) => [s.id, s] as const));
  const results: PartResult[] = [];
  for (const part of parts) {
    const cases: Judged[] = [];
    for (const file of readCorpus(part)) {
      const scenario = byId.get(file.scenario);
      if (!scenario) throw new Error(`未知情景 ${file.scenario}`);
      for (const c of file.cases) {
        const verdict = await judgeOne(scenario, c.state, c.reply);
        cases.push({ ...c, scenario: file.scenario, got: verdict.points, verdict });
      }
    }
    const confusion = [0, 1, 2].map((label) => [0, 1, 2].map((got) => cases.filter((c) => c.points === label && Math.min(2, Math.round(c.got)) === got).length));
    const agree = cases.filter((c) => c.got === c.points).length;
    const names = [...new Set(cases.map((c) => c.scenario))];
    const perScenario = names.map((scenario) => {
      const list = cases.filter((c) => c.scenario === scenario);
      return { scenario, cases: list.length, agreement: ratio(list.filter((c) => c.got === c.points).length, list.length) };
    });
    const goodZero = cases.filter((c) => c.points === 2 && c.got === 0);
    const saladTop = cases.filter((c) => c.kind === 'salad' && c.got >= 2);
    const trapPoints = cases.filter((c) => c.kind === 'trap' && c.got > 0);
    const askedTwice = cases.filter((c) => c.got > 0 && c.verdict.decidedBy !== 'sentence-form' && asksForWhatIsThere(byId.get(c.scenario)!, c.state, c.reply, c.verdict.feedback));
    const agreement = ratio(agree, cases.length);
    results.push({
      part,
      cases,
      agreement,
      confusion,
      perScenario,
      goodZero,
      saladTop,
      trapPoints,
      askedTwice,
      meetsTargets: agreement >= TARGETS.agreement && goodZero.length === 0 && saladTop.length === 0 && trapPoints.length === 0,
    });
  }
  const summary = Object.fromEntries(
    results.map((r) => [r.part, { cases: r.cases.length, agreement: r.agreement, confusion: r.confusion, goodZero: r.goodZero.length, saladTop: r.saladTop.length, trapPoints: r.trapPoints.length, askedTwice: r.askedTwice.length, meetsTargets: r.meetsTargets }]),
  );
  return { parts: results, summary };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Prints the figures and the disagreements, part by part. */
export function printReport({ parts }: Awaited<ReturnType<typeof judgeCorpus>>, { quiet = false, showHeldOut = false } = {}): void {
  for (const r of parts) {
    console.log(`\n== ${r.part === 'tuning' ? '调试集 tuning' : '留出集 held-out'}：${r.cases.length} 条，完全一致 ${pct(r.agreement)}（目标 ≥ ${pct(TARGETS.agreement)}）`);
    console.log('   混淆矩阵（行：教师给分，列：程序给分）');
    console.log('          程序0  程序1  程序2');
    r.confusion.forEach((row, label) => console.log(`   教师${label}  ${row.map((n) => String(n).padStart(5)).join('  ')}`));
    console.log(`   好回复得 0 分：${r.goodZero.length}　关键词堆砌得满分：${r.saladTop.length}　陷阱得分：${r.trapPoints.length}　反馈要求了回复已有的要点：${r.askedTwice.length}`);
    console.log('   各情景：' + r.perScenario.map((s) => `${s.scenario} ${pct(s.agreement)}`).join('，'));
    // The held-out part measures rules nobody tuned to: its replies stay unread unless asked for
    // (tests/judge-corpus/README.md says what to do after that).
    if (quiet || (r.part === 'held-out' && !showHeldOut)) continue;
    const wrong = r.cases.filter((c) => c.got !== c.points);
    if (wrong.length > 0) console.log('   不一致的回复：');
    for (const c of wrong) console.log(`   - [${c.scenario}/${c.state}] 教师 ${c.points} · 程序 ${c.got}（${c.kind}；${c.verdict.groupId}）${c.reply}`);
    for (const c of r.askedTwice) console.log(`   - [${c.scenario}/${c.state}] 反馈要求了已有的要点（${c.verdict.groupId}）：${c.reply}`);
  }
}
