// The chat judge in the bench: agreement with the labelled corpus (both parts) and the cost of judging
// one long reply, at 1k / 10k / 100k characters (the cost must grow in step with the length).
import { performance } from 'node:perf_hooks';
import { judgeCorpus, TARGETS } from './../judge/measure.ts';
import { factsEnv, judgeReply } from '../../src/lib/chat/index.ts';
import { scenarios } from '../../src/data/scenarios/index.ts';

export { TARGETS as JUDGE_TARGETS };

/** A reply of `length` characters made of ordinary reply text, refusals, a negated off-platform word and digits. */
function longReply(length) {
  const piece = '亲，理解您的心情，价格是公司统一定的，我这边改不了价，我们不加微信，304不锈钢内胆，今天16:00前付款当天发货，支持七天无理由退货。';
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

/** Median ms to judge one reply of each length against every talking state of one scenario, per state. */
export function judgeSpeed(lengths = [1_000, 10_000, 100_000], runs = 5) {
  const scenario = scenarios.find((s) => s.id === 'objection-price') ?? scenarios[0];
  const states = Object.values(scenario.states).filter((s) => !('end' in s));
  return lengths.map((length) => {
    const text = longReply(length);
    // Each call judges a text of its own (a number at the start), so no call reuses work done for an earlier one.
    const texts = Array.from({ length: runs * states.length }, (_, k) => String(k).padStart(6, '0') + text.slice(6));
    const times = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      // With the facts check, as the chat judges once it has loaded (detectors/facts.ts).
      states.forEach((state, k) => judgeReply(state, texts[run * states.length + k], factsEnv, [], scenario));
      times.push((performance.now() - start) / states.length);
    }
    times.sort((a, b) => a - b);
    return { length, ms: times[Math.floor(times.length / 2)] };
  });
}

/** Both parts of the corpus, with their figures. */
export async function judgeAgreement() {
  const { summary } = await judgeCorpus(['tuning', 'held-out']);
  return summary;
}
