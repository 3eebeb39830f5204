import { seededRandom } from '../quiz/random.ts';
import { parseScaled, yuanText } from './decimal.ts';
import { quote, type FreightQuote, type QuoteMistakes } from './quote.ts';
import type { CarrierProfile, FreightTable, Parcel, ZonePrice } from './types.ts';

/** A generated practice order: one parcel to a destination by a carrier. */
export interface PracticeOrder {
  seed: string;
  carrierId: string;
  destination: string;
  parcel: Parcel & { mm: [number, number, number] };
}

/** The carrier and zone price an order resolves to in a table. */
export interface ResolvedOrder {
  carrier: CarrierProfile;
  zoneName: string;
  price: ZonePrice;
}

/** Looks up the carrier, zone and price for a carrier ID and destination; undefined when either is unknown. */
export function resolve(table: FreightTable, carrierId: string, destination: string): ResolvedOrder | undefined {
  const carrier = table.carriers.find((c) => c.id === carrierId);
  const zoneId = table.destinations.find((d) => d.name === destination)?.zone;
  const zone = table.zones.find((z) => z.id === zoneId);
  const price = zone && carrier?.prices[zone.id];
  return carrier && zone && price ? { carrier, zoneName: zone.name, price } : undefined;
}

/** Makes the same order for the same seed: weight 0.1–15 kg in 0.1 kg, sides 10–60 cm. */
export function makeOrder(table: FreightTable, seed: string): PracticeOrder {
  const random = seededRandom(`freight:${seed}`);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const carrier = pick(table.carriers);
  const destination = pick(table.destinations).name;
  const grams = (1 + Math.floor(random() * 150)) * 100;
  const side = (min: number, max: number) => (min + Math.floor(random() * (max - min + 1))) * 10;
  return { seed, carrierId: carrier.id, destination, parcel: { grams, mm: [side(15, 60), side(10, 45), side(5, 40)] } };
}

/** What the checker says about a student's answer. */
export type PracticeVerdict =
  | { kind: 'invalid'; message: string }
  | { kind: 'correct'; message: string }
  | { kind: 'wrong'; message: string; mistake?: keyof QuoteMistakes };

const mistakeText: Record<keyof QuoteMistakes, string> = {
  noVolumetric: '看起来漏算了体积重量：先算 长 × 宽 × 高 ÷ 抛比，再和实际重量比较，取较大的作为计费重量。',
  noRounding: '看起来续重没有进位：续重不足一个计费单位时要向上进位（例如 1.2 kg 按整千克计为 2 kg）。',
  noFirstWeight: '看起来没有先扣除首重：续重 = 计费重量 − 首重，首重部分按首重价计算。',
};

/** Checks an answer in yuan (within ¥0.01) and, when wrong, names the step that most likely went wrong. */
export function checkAnswer(answer: string, correct: FreightQuote, retry: (mistakes: QuoteMistakes) => FreightQuote): PracticeVerdict {
  const parsed = parseScaled(answer, 2);
  if (!parsed.ok) {
    const message = parsed.reason === 'decimals' ? '运费精确到分（两位小数）即可，请重新填写。' : '请填写运费金额（元），只填数字，例如 25 或 17.50。';
    return { kind: 'invalid', message };
  }
  if (parsed.value < 0) return { kind: 'invalid', message: '运费不会是负数，请重新计算后填写。' };
  if (Math.abs(parsed.value - correct.fen) <= 1) return { kind: 'correct', message: `回答正确！运费是 ${yuanText(correct.fen)} 元。` };
  for (const mistake of ['noVolumetric', 'noRounding', 'noFirstWeight'] as const) {
    const wrong = retry({ [mistake]: true });
    if (wrong.fen !== correct.fen && Math.abs(parsed.value - wrong.fen) <= 1) return { kind: 'wrong', mistake, message: `不对。${mistakeText[mistake]}` };
  }
  return { kind: 'wrong', message: '不对。请按步骤检查：体积重量、计费重量、续重进位、首重价 + 续重 × 续重单价。' };
}

/** Prices a practice order (with optional mistakes), or undefined if the table lacks its carrier or destination. */
export function quoteOrder(table: FreightTable, order: PracticeOrder, mistakes: QuoteMistakes = {}): FreightQuote | undefined {
  const found = resolve(table, order.carrierId, order.destination);
  return found && quote(order.parcel, found.carrier, found.price, found.carrier.divisor, mistakes);
}
