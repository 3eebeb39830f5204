/** Guidance for telephone service: about 120 characters a minute. */
export const targetRate = 120;

/** Limits of the 适中 band, inclusive (教学示例: a teacher may choose others). */
export interface RateBands {
  /** Below this is 偏慢. @default 100 */
  slowBelow: number;
  /** Above this is 偏快. @default 140 */
  fastAbove: number;
}

/** Default bands: < 100 偏慢, 100–140 适中, > 140 偏快 (教学示例). */
export const defaultBands: RateBands = { slowBelow: 100, fastAbove: 140 };

/** Readings shorter than this are not timed: a slip of the finger, not a reading. */
export const minimumMs = 3000;

/** A band of speaking rate. */
export type RateBand = 'slow' | 'fitting' | 'fast';

/** Chinese name of each band. */
export const bandLabels: Record<RateBand, string> = { slow: '偏慢', fitting: '适中', fast: '偏快' };

/** What to do next in each band. */
export const bandAdvice: Record<RateBand, string> = {
  slow: '语速偏慢，顾客容易等得着急。熟读台词，减少停顿和拖音。',
  fitting: '语速适中，顾客听得清、跟得上。保持这个节奏。',
  fast: '语速偏快，顾客可能听不清。在逗号、句号处稍作停顿，要点放慢说。',
};

/** A measured speaking rate, or why none could be computed. */
export type RateResult =
  | { ok: true; characters: number; ms: number; rate: number; band: RateBand }
  | { ok: false; reason: 'too-short' | 'no-text' };

/** Chinese explanation of each failure. */
export const rateFailureText: Record<Extract<RateResult, { ok: false }>['reason'], string> = {
  'too-short': '朗读时间不到 3 秒，无法计算语速。请读完所选内容后再点“停止”。',
  'no-text': '所选内容没有客服台词，无法计算语速。',
};

/** The band a (rounded) rate falls in. */
export function rateBand(rate: number, bands: RateBands = defaultBands): RateBand {
  if (rate < bands.slowBelow) return 'slow';
  if (rate > bands.fastAbove) return 'fast';
  return 'fitting';
}

/**
 * Characters ÷ minutes, rounded to a whole 字/分; the band is taken from the rounded rate so the
 * number shown and its band always agree.
 */
export function speakingRate(characters: number, ms: number, bands: RateBands = defaultBands): RateResult {
  if (characters <= 0) return { ok: false, reason: 'no-text' };
  if (!(ms >= minimumMs)) return { ok: false, reason: 'too-short' };
  const rate = Math.round(characters / (ms / 60_000));
  return { ok: true, characters, ms, rate, band: rateBand(rate, bands) };
}

/** How long reading `characters` takes at the target rate, in milliseconds. */
export function suggestedMs(characters: number, rate: number = targetRate): number {
  return Math.round((characters / rate) * 60_000);
}
