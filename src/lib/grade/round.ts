/** Rounds half away from zero at `decimals` places, correcting binary error (2.35 → 2.4, 89.95 → 90.0). */
export function roundHalfUp(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  // toPrecision(15) drops the binary noise below what a teacher ever types (2.35 is stored as 2.34999…).
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

/** A score for display, half-up at `decimals` places. @example formatScore(89.95) === '90.0' */
export function formatScore(value: number, decimals = 1): string {
  return roundHalfUp(value, decimals).toFixed(decimals);
}
