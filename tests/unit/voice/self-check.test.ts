import { describe, expect, it } from 'vitest';
import { selfCheckSummary, type SelfCheckTicks } from '../../../src/lib/voice/self-check.ts';
import type { RateBand } from '../../../src/lib/voice/rate.ts';

const all: SelfCheckTicks = { mandarin: true, tone: true, pace: true, smile: true, polite: true };

describe('selfCheckSummary', () => {
  it.each<[string, SelfCheckTicks, number, string]>([
    ['nothing ticked yet', {}, 0, '听一遍自己的录音，逐项对照，做到了就勾选。'],
    ['ticks taken back count as not done', { tone: false, smile: false }, 0, '听一遍自己的录音，逐项对照，做到了就勾选。'],
    ['two done', { tone: true, polite: true }, 2, '已做到 2 / 5 项。还需改进：普通话、语速、微笑服务。对照每段的提示再读一遍。'],
    ['all but 微笑服务', { ...all, smile: false }, 4, '已做到 4 / 5 项。还需改进：微笑服务。对照每段的提示再读一遍。'],
    ['all done', all, 5, '5 项全部做到了。换一个话术继续练习，或请同学扮演顾客再演练一次。'],
  ])('%s', (_, ticks, done, message) => {
    expect(selfCheckSummary(ticks)).toEqual({ done, total: 5, message });
  });

  it.each<[string, SelfCheckTicks, RateBand | undefined, string | undefined]>([
    ['语速 ticked, last reading 偏快', { pace: true }, 'fast', '你勾选了“语速”，但最近一次测得的语速偏快。请再听一遍录音，确认后再勾选。'],
    ['语速 ticked, last reading 偏慢', { pace: true }, 'slow', '你勾选了“语速”，但最近一次测得的语速偏慢。请再听一遍录音，确认后再勾选。'],
    ['语速 ticked, last reading 适中', { pace: true }, 'fitting', undefined],
    ['语速 ticked, nothing measured yet', { pace: true }, undefined, undefined],
    ['语速 not ticked, last reading 偏快', { tone: true }, 'fast', undefined],
  ])('warns about 语速 only when the measurement disagrees: %s', (_, ticks, band, warning) => {
    expect(selfCheckSummary(ticks, band).paceWarning).toBe(warning);
  });
});
