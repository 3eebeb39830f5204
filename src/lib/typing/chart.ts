import type { TypingAttempt } from './history.ts';

/** Size of the chart's drawing area in SVG units and its margins. */
export interface ChartBox {
  width: number;
  height: number;
  /** Space for the axis labels: top, right, bottom, left. */
  margin: [number, number, number, number];
}

/** A point of both lines for one attempt. */
export interface ChartPoint {
  x: number;
  speedY: number;
  accuracyY: number;
  attempt: TypingAttempt;
}

/** What the view draws: two polylines, their points, gridlines with both scales' labels, and the 60 字/分 line. */
export interface ChartGeometry {
  points: ChartPoint[];
  /** SVG `points` attribute of the speed line. */
  speedLine: string;
  /** SVG `points` attribute of the accuracy line. */
  accuracyLine: string;
  /** Horizontal gridlines: speed on the left axis, accuracy (%) on the right. */
  grid: { y: number; speed: number; accuracy: number }[];
  /** Height of the 60 字/分 hiring line. */
  hiringY: number;
  /** Top of the speed scale in 字/分. */
  speedMax: number;
}

/** How many of the latest attempts the chart shows. */
export const chartCount = 20;

/** Default chart size: wide enough to read at 1280 px, scales down to 360 px through the viewBox. */
export const defaultChartBox: ChartBox = { width: 640, height: 240, margin: [12, 44, 24, 40] };

/** Top of the speed scale at most; faster (implausible, e.g. machine-typed) points sit on the top line. */
export const speedCeiling = 300;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lays out the latest attempts left to right (oldest first). Speed is scaled from 0 to 120 字/分,
 * or higher in steps of 20 (up to `speedCeiling`) when someone types faster; accuracy from 0 to 100 % on the same grid.
 */
export function chartGeometry(attempts: readonly TypingAttempt[], hiringSpeed: number, box: ChartBox = defaultChartBox): ChartGeometry {
  const shown = attempts.slice(-chartCount);
  const [top, right, bottom, left] = box.margin;
  const innerW = box.width - left - right;
  const innerH = box.height - top - bottom;
  const speedMax = Math.min(speedCeiling, Math.max(120, Math.ceil(Math.max(0, ...shown.map((a) => a.speed)) / 20) * 20));
  const yOf = (fraction: number) => round(top + innerH * (1 - Math.min(1, Math.max(0, fraction))));
  const step = shown.length > 1 ? innerW / (shown.length - 1) : 0;
  const points = shown.map((attempt, i) => ({
    x: round(shown.length > 1 ? left + step * i : left + innerW / 2),
    speedY: yOf(attempt.speed / speedMax),
    accuracyY: yOf(attempt.accuracy),
    attempt,
  }));
  const grid = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ y: yOf(f), speed: round(speedMax * f), accuracy: f * 100 }));
  return {
    points,
    speedLine: points.map((p) => `${p.x},${p.speedY}`).join(' '),
    accuracyLine: points.map((p) => `${p.x},${p.accuracyY}`).join(' '),
    grid,
    hiringY: yOf(hiringSpeed / speedMax),
    speedMax,
  };
}
