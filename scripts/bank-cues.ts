// Answer cues in the question banks, per module and overall (src/lib/quiz/cues.ts has the limits):
//   node scripts/bank-cues.ts
import { banks, allQuestions } from '../src/data/questions/index.ts';
import { CUE_LIMITS, cueFigures, cueProblems } from '../src/lib/quiz/cues.ts';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const line = (name: string, qs: typeof allQuestions) => {
  const f = cueFigures(qs);
  return `${name.padEnd(4)} 单选 ${String(f.single).padStart(2)} 题：答案位置 ${f.positions.map((p, i) => `${String.fromCharCode(65 + i)} ${pct(p)}`).join(' ')}，正确项唯一最长 ${pct(f.longest)}｜多选 ${f.multiple} 题：答案是前几项 ${pct(f.firstK)}，总同时为答案 ${f.alwaysTogether.join(' ') || '无'}｜判断 ${f.truefalse} 题：错误 ${pct(f.falseShare)}`;
};
console.log(`上限：位置 ≤ ${pct(CUE_LIMITS.position)}，唯一最长 ≤ ${pct(CUE_LIMITS.longest)}，前几项 ≤ ${pct(CUE_LIMITS.firstK)}，判断“错误” ${pct(CUE_LIMITS.falseShare[0])}～${pct(CUE_LIMITS.falseShare[1])}`);
for (const b of banks) console.log(line(`m${b.module}`, b.questions));
console.log(line('全部', allQuestions));
const problems = [...banks.flatMap((b) => cueProblems(`模块 ${b.module}`, b.questions)), ...cueProblems('全部题库', allQuestions)];
for (const p of problems) console.log(`- ${p}`);
console.log(problems.length === 0 ? '没有答案线索问题。' : `${problems.length} 个问题。`);
process.exit(problems.length === 0 ? 0 : 1);
