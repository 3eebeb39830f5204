import { bankSchema, type Bank, type Question } from '../../schemas/question.ts';
import { assertNoProblems, issuesToProblems } from '../../lib/content-error.ts';
import { requirementIds } from '../index.ts';
import { cueProblems } from '../../lib/quiz/cues.ts';
import { m1Bank } from './m1.ts';
import { m2Bank } from './m2.ts';
import { m3Bank } from './m3.ts';
import { m4Bank } from './m4.ts';
import { m5Bank } from './m5.ts';
import { m6Bank } from './m6.ts';
import { m7Bank } from './m7.ts';
import { m8Bank } from './m8.ts';

/** Source file of each module's bank, so errors name the file to edit. */
const sources = {
  1: ['src/data/questions/m1.ts', m1Bank],
  2: ['src/data/questions/m2.ts', m2Bank],
  3: ['src/data/questions/m3.ts', m3Bank],
  4: ['src/data/questions/m4.ts', m4Bank],
  5: ['src/data/questions/m5.ts', m5Bank],
  6: ['src/data/questions/m6.ts', m6Bank],
  7: ['src/data/questions/m7.ts', m7Bank],
  8: ['src/data/questions/m8.ts', m8Bank],
} as const;

function load(): Bank[] {
  return Object.values(sources).map(([file, data]) => {
    const result = bankSchema.safeParse(data);
    if (!result.success) assertNoProblems('题库不符合格式要求：', issuesToProblems(file, data, result.error.issues));
    const bank = result.data!;
    const unknown = bank.questions.flatMap((q, i) =>
      q.requirements.filter((r) => !requirementIds.has(r)).map((r) => ({ file, message: `字段 questions.${i}.requirements：未知的要求编号 “${r}”` })),
    );
    assertNoProblems('题库引用了不存在的课程标准要求：', unknown);
    return bank;
  });
}

/**
 * No answer cues (src/lib/quiz/cues.ts): per module and over the course, keys spread over positions,
 * not the uniquely longest option, not the first options, true/false balanced. Checked like coverage.
 */
function checkCues(loaded: Bank[]): void {
  const files = Object.fromEntries(Object.entries(sources).map(([module, [file]]) => [module, file]));
  assertNoProblems('题库有答案线索，不看题也能蒙对：', [
    ...loaded.flatMap((bank) => cueProblems(`模块 ${bank.module}`, bank.questions).map((message) => ({ file: files[bank.module]!, message }))),
    ...cueProblems('全部题库', loaded.flatMap((bank) => bank.questions)).map((message) => ({ file: 'src/data/questions/', message })),
  ]);
}

/** Every module's validated question bank, in module order. */
export const banks: Bank[] = load();
checkCues(banks);

const byId = new Map<string, Question>(banks.flatMap((b) => b.questions.map((q) => [q.id, q] as const)));

/** All questions of the course. */
export const allQuestions: Question[] = [...byId.values()];

/** Looks questions up by ID; an unknown ID stops the build with the file that asked for it. */
export function questionsByIds(ids: readonly string[], askedBy: string): Question[] {
  const missing = ids.filter((id) => !byId.has(id));
  assertNoProblems('引用了不存在的题目：', missing.map((id) => ({ file: askedBy, message: `题目编号 “${id}” 不在任何题库中（src/data/questions/）` })));
  return ids.map((id) => byId.get(id)!);
}

/** Repository path of a module's bank. */
export const bankFile = (module: number): string => (sources as Record<number, readonly [string, unknown]>)[module]?.[0] ?? 'src/data/questions/';

/** The bank of a module, if it has one. */
export const bankOf = (module: number) => banks.find((b) => b.module === module);
