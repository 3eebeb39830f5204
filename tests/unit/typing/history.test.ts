import { describe, expect, it } from 'vitest';
import { attemptDate, attemptOf, bestAttempt, historyLimit, modeLabel, withAttempt, type TypingAttempt } from '../../../src/lib/typing/history.ts';
import { chartGeometry, chartCount, defaultChartBox } from '../../../src/lib/typing/chart.ts';

const attempt = (speed: number, accuracy: number, at = 0): TypingAttempt => ({ at, mode: 'passage', source: 'mixed', correct: 1, typed: 1, ms: 1, speed, accuracy });

describe('the best attempt', () => {
  it.each([
    { name: 'nothing saved', list: [], best: undefined },
    { name: 'fastest wins', list: [attempt(50, 1, 1), attempt(62, 0.9, 2), attempt(58, 1, 3)], best: 2 },
    { name: 'same shown speed: higher accuracy', list: [attempt(60.2, 0.9, 1), attempt(59.8, 0.97, 2)], best: 2 },
    { name: 'a full tie keeps the earlier one', list: [attempt(60, 0.9, 1), attempt(60, 0.9, 2)], best: 1 },
  ])('$name', ({ list, best }) => {
    expect(bestAttempt(list)?.at).toBe(best);
  });
});

describe('saving an attempt', () => {
  it.each([
    { mode: 'timed' as const, minutes: 3, expected: { minutes: 3 } },
    { mode: 'passage' as const, minutes: 3, expected: {} },
  ])('$mode keeps the limit only when timed, rounds the figures', ({ mode, minutes, expected }) => {
    const saved = attemptOf({ correct: 121, typed: 125, elapsedMs: 120_000.4, speed: 60.54, accuracy: 121 / 125 }, { at: 7, mode, minutes, source: 'apology' });
    expect(saved).toEqual({ at: 7, mode, source: 'apology', correct: 121, typed: 125, ms: 120_000, speed: 60.5, accuracy: 0.968, ...expected });
  });

  it('keeps the newest attempts only', () => {
    let list: TypingAttempt[] = [];
    for (let i = 0; i < historyLimit + 5; i++) list = withAttempt(list, attempt(i, 1, i));
    expect(list).toHaveLength(historyLimit);
    expect(list[0]!.at).toBe(5);
  });
});

describe('labels', () => {
  it.each([
    ['timed', 1, '限时 1 分钟'],
    ['timed', 5, '限时 5 分钟'],
    ['passage', undefined, '整段练习'],
  ] as const)('%s %s → %s', (mode, minutes, label) => expect(modeLabel(mode, minutes)).toBe(label));

  it('writes the date the Chinese way', () => {
    expect(attemptDate(Date.UTC(2026, 2, 5, 1, 7), 'Asia/Shanghai')).toBe('3月5日 09:07');
  });
});

describe('chart geometry', () => {
  const box = defaultChartBox;
  const [top, right, bottom, left] = box.margin;

  it.each([
    { name: 'no attempts', list: [], points: 0 },
    { name: 'one attempt sits in the middle', list: [attempt(60, 1)], points: 1 },
    { name: `only the latest ${chartCount}`, list: Array.from({ length: 30 }, (_, i) => attempt(i, 1, i)), points: chartCount },
  ])('$name', ({ list, points }) => {
    const chart = chartGeometry(list, 60);
    expect(chart.points).toHaveLength(points);
    if (points === 1) expect(chart.points[0]!.x).toBe(left + (box.width - left - right) / 2);
    if (points === chartCount) expect(chart.points[0]!.attempt.at).toBe(10);
  });

  it('draws faster as higher, full accuracy at the top, and the hiring line at half of 120', () => {
    const chart = chartGeometry([attempt(30, 0.5), attempt(120, 1)], 60);
    const [slow, fast] = chart.points;
    expect(fast!.speedY).toBe(top);
    expect(slow!.speedY).toBeGreaterThan(fast!.speedY);
    expect(fast!.accuracyY).toBe(top);
    expect(chart.hiringY).toBe(top + (box.height - top - bottom) / 2);
    expect(chart.speedLine).toBe(`${slow!.x},${slow!.speedY} ${fast!.x},${fast!.speedY}`);
    expect(chart.points.map((p) => p.x)).toEqual([left, box.width - right]);
  });

  it.each([
    [90, 120],
    [121, 140],
    [175, 180],
    [27_000, 300],
  ])('fastest %i 字/分 → scale up to %i', (speed, max) => {
    const chart = chartGeometry([attempt(speed, 1)], 60);
    expect(chart.speedMax).toBe(max);
    expect(chart.grid.at(-1)).toMatchObject({ speed: max, accuracy: 100, y: top });
  });
});
