// Hostile and huge input, per surface: the worst input a careless user or an attacker can give each
// one, timed in Node (the libraries the pages run). Each must stay far below a freeze anyone notices;
// the target is in docs/budgets.md.
import { performance } from 'node:perf_hooks';
import { replyTo, startSession } from '../../src/lib/chat/index.ts';
import { scenarios } from '../../src/data/scenarios/index.ts';
import { parseNames } from '../../src/lib/picker/names.ts';
import { fromGift } from '../../src/lib/gift/import.ts';

/** What any one of these inputs may cost, in ms. */
export const HOSTILE_TARGET_MS = 100;

function medianMs(fn, runs = 3) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The inputs, each with the call a page makes on it. */
export const hostileCases = [
  {
    label: '模拟实战：一条 32 KB 的回复（“vx”× 16,000）',
    run: () => {
      const scenario = scenarios.find((s) => s.id === 'objection-price') ?? scenarios[0];
      replyTo(scenario, startSession(scenario, 0), 'vx'.repeat(16_000), 1_000);
    },
  },
  {
    label: '随机点名：40,000 个名字',
    run: () => parseNames(Array.from({ length: 40_000 }, (_, i) => `学生${i}`).join('\n')),
  },
  {
    label: 'GIFT 导入：192 KB 的注释，全是没有闭合的 [tag:',
    run: () => fromGift(`// ${'[tag:'.repeat((192 * 1024) / 5)}\n::q::题目{T}`, { module: 1 }),
  },
  {
    label: 'GIFT 导入：4,000 行 $CATEGORY:',
    run: () => fromGift(Array.from({ length: 4_000 }, (_, i) => `$CATEGORY: c${i}`).join('\n'), { module: 1 }),
  },
];

/** Median ms per case. */
export function hostileSpeed(runs = 3) {
  return hostileCases.map(({ label, run }) => ({ label, ms: medianMs(run, runs) }));
}
