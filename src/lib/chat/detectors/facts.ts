import type { ChatEnv, Scenario, UnknownFact } from '../types.ts';
import { clauseBefore, firstGroup, panelText, readNumber, REFUSED_AFTER, unsupportedClaim } from './claims.ts';
import { PLACE, PLACES, PROVINCE_OF_CITY, REGION_NAMES, type Region } from './places.ts';
import { scenarioTexts } from './scenario-texts.ts';
import { wrongEventTime, wrongOffDuty, wrongWeekday } from './event-times.ts';

/**
 * The facts check: amounts of money and capacities in a reply must be ones the student could have taken
 * from the scenario (the side panel, the product card, the customer's words, the hints). A reply that
 * quotes 19.9 元 where the panel says 9.9 元, or 3.5 L for a 5 L pot, misleads the customer however
 * polite it is. Sums and differences of two known amounts count as known (169 + 39 = 208, 369 − 20 = 349),
 * and halves (two for 198 is 99 each).
 */

/** An amount with its kind, as written in the reply. */
export interface Amount {
  /** 'money' (元、块) or 'volume' (升、L). */
  kind: 'money' | 'volume';
  value: number;
  /** Start and end in the text (NFKC). */
  start: number;
  end: number;
}

const AMOUNT = /(?<![\d.])(\d{1,6}(?:\.\d{1,2})?)[ \t]*(元|块|升|毫升|ml|mL|ML|[lL](?![a-zA-Z]))/g;
const YUAN_SIGN = /[¥](\d{1,6}(?:\.\d{1,2})?)/g;
const SPOKEN_DECIMAL = /(?<![\d.])(\d{1,6})[ \t]*[块元](\d)(?![\d.])/g;
/** 价格199到399不等: the ends of a price range said without a unit. */
const PRICE_RANGE = /(?:价格|价位|售价|价钱|价)[^，。；,;]{0,4}?(?<![\d.])(\d{2,6})([ \t]*[到至～~\-－][ \t]*)(\d{2,6})(?![\d.])/g;

/**
 * Amounts in a text as typed (full-width digits read as digits; punctuation keeps numbers apart, so
 * 3升199，4.5升 is 3 L and 4.5 L). Start and end are indices in the NFKC form, which keeps the length
 * of ordinary text.
 */
export function amounts(raw: string): Amount[] {
  const text = raw.normalize('NFKC');
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    // 500ml is 0.5 升: a volume is kept in litres, so 500 毫升 and 0.5L name the same size.
    const litres = /^(?:毫升|ml)$/i.test(m[2]!) ? Number(m[1]) / 1000 : Number(m[1]);
    out.push({ kind: m[2] === '元' || m[2] === '块' ? 'money' : 'volume', value: litres, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(YUAN_SIGN)) out.push({ kind: 'money', value: Number(m[1]), start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(PRICE_RANGE)) {
    // Where the two ends are, counted back from the match's end (no RegExp d flag: docs/browser-support.md).
    const high = m.index + m[0].length - m[3]!.length;
    const low = high - m[2]!.length - m[1]!.length;
    for (const [start, value] of [[low, m[1]!], [high, m[3]!]] as const) {
      if (!out.some((a) => a.start === start)) out.push({ kind: 'money', value: Number(value), start, end: start + value.length });
    }
  }
  // 9块9 is 9.9 yuan, not 9.
  for (const m of text.matchAll(SPOKEN_DECIMAL)) {
    const at = out.findIndex((a) => a.kind === 'money' && a.start === m.index);
    if (at !== -1) out[at] = { kind: 'money', value: Number(m[1]) + Number(m[2]) / 10, start: m.index, end: m.index + m[0].length };
  }
  return out;
}

const key = (kind: Amount['kind'], value: number) => `${kind}:${Math.round(value * 100)}`;

const cache = new WeakMap<Scenario, Set<string>>();

/** Every amount a student could know from the scenario, with sums and differences of two money amounts. */
export function knownAmounts(scenario: Scenario): Set<string> {
  let known = cache.get(scenario);
  if (known) return known;
  const texts = scenarioTexts(scenario);
  const found = texts.flatMap((text) => amounts(text));
  const money = [...new Set([scenario.product.price, ...found.filter((a) => a.kind === 'money').map((a) => a.value)])];
  // 满 300 减 20 names its amounts without a 元: the threshold and the reduction are money all the same (已满300元).
  const promos = [...texts.join('\n').normalize('NFKC').matchAll(/满\s*(\d{1,5})\s*元?\s*减\s*(\d{1,4})/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  known = new Set(found.map((a) => key(a.kind, a.value)));
  for (const a of money) {
    known.add(key('money', a));
    known.add(key('money', a / 2));
    for (const b of money) {
      known.add(key('money', a + b));
      if (a > b) known.add(key('money', a - b));
    }
  }
  // The product's price, when it reaches a threshold, less the reduction (199 元 → 179 元), and how far it falls
  // short when it does not (299 元 is 1 元 short of 300).
  const { price } = scenario.product;
  for (const [threshold, off] of promos) {
    known.add(key('money', threshold));
    known.add(key('money', off));
    known.add(key('money', price >= threshold ? price - off : threshold - price));
    // 加购39元的杯子凑满减，相当于杯子只要19元: an add-on's price less the reduction.
    for (const a of money) if (a > off && a < threshold) known.add(key('money', a - off));
  }
  cache.set(scenario, known);
  return known;
}

/**
 * 送您一个杯套、再赠一盒茶包、送您一个 89 元的保温杯、送其中一只玻璃杯: giving, a count word (and the thing's price), then the
 * thing given (two to four characters); the
 * thing first (吸油纸免费送您); a service: 安排师傅上门; a gift with a purchase: 买 4.5 升的送硅胶烤垫; or one more
 * thing added to a gift: 送您一把夹子，再加一套烤盘; or a thing given for nothing: 这个夹子不要钱给您, 免费给您寄一包除垢剂.
 */
const GIFT =
  /(?:送|赠)(?:给)?(?:您|你)?(?:其中)?(?:一|两|二|三|\d{1,3})?(?:个|只|套|盒|份|张|包|瓶|把|支|条|台|件|本|双|袋|块)(?:价值)?(?:\d{1,5}(?:\.\d{1,2})?(?:元|块)(?:钱)?的)?([\u4e00-\u9fa5]{2,4})|([\u4e00-\u9fa5]{2,4})(?:免费|白)送(?:给)?(?:您|你)|(?:安排|派)(?:当地|附近|本地)?(?:的)?(?:师傅|专人|工程师|人)?(上门)|买[^，。！？!?,]{0,8}?(?:就|还|再)?(?<!还是|或者|或是)(?:送|赠)(?![达到货过出回品人礼给]|闺蜜|朋友|家人|家里|妈|爸|父母|老人|孩子|同事|长辈|亲戚|老师|男朋友|女朋友|老公|老婆|阿姨|叔叔|奶奶|爷爷|外婆|姥姥|婆婆|公公|领导|客户)(?:您|你)?([\u4e00-\u9fa5]{2,4})|(?:还|再|另|并|额外)(?:会)?(?:免费)?(?:送|赠)(?![送赠给您你一两二三个只套盒份张包瓶把支条达到货过出回品])([\u4e00-\u9fa5]{2,4})|(?<=(?:送|赠)[^。！？!?]{0,20}?)(?:再加|外加|另加|再送)(?:一|两|1|2)?(?:个|只|套|盒|份|张|包|瓶|把|支|条)([\u4e00-\u9fa5]{2,4})|(?:这个|这把|这只|这套|那个)?([\u4e00-\u9fa5]{2,4}?)(?:就|也|都)?(?:不收钱|不要钱|不收费|不算钱)(?:了)?(?:送|给)(?:给)?(?:您|你)|免费(?:再)?(?:给(?:您|你|叔叔阿姨|阿姨|叔叔|老人|孩子|家里))?(?:寄|送|发)(?:给)?(?:您|你)?(?:一|两|二|三|\d{1,3})?(?:个|只|套|盒|份|张|包|瓶|把|支|条|袋|台)([\u4e00-\u9fa5]{2,4})|(?<=(?:送|赠)[^。！？!?]{0,12}?)和(?:一|两|1|2)(?:个|只|套|盒|份|张|包|瓶|把|支|条)([\u4e00-\u9fa5]{2,4})|(?<=(?<!推)(?:送|赠)(?:您|你)?(?:一|两)(?:个|只|套|盒|份|张|包|瓶|把|支|条)[\u4e00-\u9fa5]{2,4})和([\u4e00-\u9fa5]{2,4})|(?<=申请[^。！？!?；;]{0,20}?[，,])(?:再加|外加|另加)(?:一|两|1|2)?(?:个|只|套|盒|份|张|包|瓶|把|支|条)([\u4e00-\u9fa5]{2,4})|(?<=申请[^。！？!?，,；;]{0,12}?)(?:和|加(?!上)|外加|再加(?!上)|还有|\+)(?:一|两|1|2)?(?:个|只|套|盒|份|张|包|瓶|把|支|条)?(?![您你我他她这那])([\u4e00-\u9fa5]{2,4})|(?:下单|购买|买|拍)[^，。！？!?,]{0,4}?送([\u4e00-\u9fa5]{2,4}?)(?:一|1)(?:个|只|把|套|盒|份)/g;

/** A sentence that offers something: the things it names are what the shop gives. */
const GIVING = /送|赠|礼|免费|上门/;
/** A sentence that says a thing is not given (配套玻璃杯单独销售，不在赠品范围内). */
const NOT_GIVING = /不在赠|不赠|不送|送不了|没法送|不能送|没办法送|单独销售|单独卖|另购|不包含/;

const giftCache = new WeakMap<Scenario, string>();

/**
 * The scenario's sentences that give something, joined: what a gift must be found in. The customers'
 * words are left out: 把玻璃杯送我呗 asks for a gift, it does not offer one.
 */
function givingText(scenario: Scenario): string {
  return scenarioTexts(scenario, { customers: false })
    .flatMap((text) => text.split(/(?<=[。；！？?\n])/))
    // A question (玻璃杯能送吗？) offers nothing either.
    .filter((sentence) => GIVING.test(sentence) && !NOT_GIVING.test(sentence) && !/[？?]\s*$/.test(sentence))
    .join('\n');
}

/**
 * The first gift in a reply that the scenario does not offer, or undefined: a gift the shop never
 * gives (再送一个保温杯) is a promise the customer will hold the shop to. A thing counts as offered
 * when a sentence of the scenario that gives something names it (its first or last two characters);
 * a thing the shop sells (吸油纸 9.9 元) is no gift.
 * @example unknownGift(scenario, '再送您一个杯套') // { start: …, end: …, term: '杯套' } when no text names 杯套
 */
export function unknownGift(scenario: Scenario, raw: string): { term: string; start: number; end: number } | undefined {
  let known = giftCache.get(scenario);
  if (known === undefined) giftCache.set(scenario, (known = givingText(scenario)));
  const text = raw.normalize('NFKC');
  for (const m of text.matchAll(GIFT)) {
    const thing = firstGroup(m)!;
    // 滤网 for 滤茶网: a part is named when its two characters stand in the text with at most one between.
    if ([thing.slice(0, 2), thing.slice(-2)].some((part) => known.includes(part) || new RegExp(`${part[0]}[\\u4e00-\\u9fa5]${part[1]}`).test(known))) continue;
    return { term: m[0], start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * 送两盒除垢剂, 赠您一把夹子, 申请一个滤茶网和两盒花茶: a gift with its count, counter word and thing. The thing is read
 * ahead without being taken, so the 和 after one gift still starts the next (一个滤茶网和两盒花茶).
 */
const GIFT_COUNT = /(?:送|赠|申请|和|及|加|\+)(?:的)?(?:给)?(?:您|你)?(\d{1,3}|[一二两三四五六七八九十])(个|只|套|盒|份|张|包|瓶|把|支|条|台|件|本|双|袋)(?=([\u4e00-\u9fa5]{2,4}))/g;
/** 送烘焙油纸 100 张: the thing first, its count and counter word after it. */
const GIFT_COUNT_AFTER = /(?<=(?:送|赠)(?:给)?(?:您|你)?)([\u4e00-\u9fa5]{2,6}?)(?<![一二两三四五六七八九十百])[ \t]*(\d{1,3}|[一二两三四五六七八九十百]{1,4})[ \t]*(个|只|套|盒|份|张|包|瓶|把|支|条|台|件|本|双|袋)/g;

/**
 * A gift the scenario offers, given with another count: 送两盒除垢剂 where the panel gives 除垢剂一盒. The
 * counts are the ones the scenario's giving sentences put before the same counter word in a sentence that
 * names the thing (its first or last two characters); a gift whose count the scenario never says is not checked.
 * @example wrongGiftCount(scenario, '今天下单送两盒除垢剂') // { term: '送两盒除垢剂', expected: [1], … } when the panel says 一盒
 */
export function wrongGiftCount(scenario: Scenario, raw: string): { term: string; start: number; end: number; expected: number[]; counter: string } | undefined {
  let known = giftCache.get(scenario);
  if (known === undefined) giftCache.set(scenario, (known = givingText(scenario)));
  const text = raw.normalize('NFKC');
  const found = [
    ...[...text.matchAll(GIFT_COUNT)].map((m) => ({ at: m.index, count: m[1]!, counter: m[2]!, thing: m[3]!, term: m[0] + m[3]! })),
    ...[...text.matchAll(GIFT_COUNT_AFTER)].map((m) => ({ at: m.index, count: m[2]!, counter: m[3]!, thing: m[1]!, term: m[0] })),
  ].sort((a, b) => a.at - b.at);
  for (const { at, count: said, counter, thing, term } of found) {
    const count = readNumber(said);
    // 不是送两盒，是一盒: a count set aside.
    if (/不是|并非|而非|没有|不/.test(text.slice(Math.max(0, at - 4), at))) continue;
    const parts = [thing.slice(0, 2), thing.slice(-2)];
    const counts = new Set<number>();
    for (const sentence of known.split(/[\n，,；;、和及]/)) {
      if (!parts.some((part) => sentence.includes(part))) continue;
      for (const n of sentence.matchAll(new RegExp(`(\\d{1,3}|[一二两三四五六七八九十])[ \\t]*${counter}`, 'g'))) counts.add(readNumber(n[1]!));
    }
    if (counts.size === 0 || counts.has(count)) continue;
    return { term, start: at, end: at + term.length, expected: [...counts], counter };
  }
  return undefined;
}

/**
 * The first amount in a reply that the scenario does not give, or undefined.
 * @example unknownAmount(scenario, '吸油纸19.9元100张') // { kind: 'money', value: 19.9, … } when the panel says 9.9 元
 */
export function unknownAmount(scenario: Scenario, text: string): Amount | undefined {
  const known = knownAmounts(scenario);
  const typed = text.normalize('NFKC');
  // 无法按280元成交, 不是299: an amount refused or set aside in its own clause is no claim.
  // 您说的便宜50元，这个我做不到: her ask said back.
  const refused = (at: number) => /不能|无法|没法|没办法|不会|不是|不可以|不按|并非|(?:您|你)(?:说的|说|提的|想要的)/.test(clauseBefore(text, at, 10));
  return amounts(text).find((a) => !known.has(key(a.kind, a.value)) && !refused(a.start) && !REFUSED_AFTER.test(typed.slice(a.end)));
}

/** Words right before a place that set it aside (不是其他地区, 成都不在江浙沪): a span near it is not about it. */
const SET_ASIDE = /(?:不是|并非|而非|不在|不属于|不算)$/;
/** Words right before a place (and its province) that name where parcels leave from (发货地为浙江杭州, 从杭州). */
const LEAVES_FROM = /(?:发货地|发货仓|仓库|从)[为是在设位于:：]*[\u4e00-\u9fa5]{0,3}$/;
/** A span of days: 2～4 天, 2 到 4 个工作日, 五到七天. */
const SPAN = /(\d{1,2}|[一二两三四五六七八九十])[ \t]*[～~到至\-－][ \t]*(\d{1,2}|[一二两三四五六七八九十])[ \t]*(?:个)?(?:工作)?(?:天|日)/g;
/** One number of days to arrive: 3 天就能到, 两天内送达, 一般要走十天以上. */
const SINGLE_DAYS = /(?<![\d～~到至\-－.])(\d{1,2}|[一二两三四五六七八九十])[ \t]*(?:个)?(?:工作)?(?:天|日)(?:(?:内|之内|左右)?(?:就|就能|能|可以|即可|都能|都可以|都)?(?:到|送到|送达|到货|收到)|(?<=(?:要|得|需要)走[^天日，。]{1,4}[天日])(?:以上|左右)?)/g;
/** The customer's own place (您这边, 您那儿): a span said of it is about where she lives. */
const YOUR_PLACE = /(?:您|你)(?:这边|那边|这儿|那儿|这里|那里|所在的?地方|家那边)/;
const FACT_SPAN = /(江浙沪|其他地区|偏远地区)[^，。；]{0,4}?(\d{1,2})[ \t]*[～~-][ \t]*(\d{1,2})[ \t]*天/g;

const spanCache = new WeakMap<Scenario, { spans: Partial<Record<Region, [number, number]>>; home?: Region }>();

/** The delivery spans the scenario's side panel gives per region, and where the customer lives. */
function deliveryFacts(scenario: Scenario) {
  let found = spanCache.get(scenario);
  if (found) return found;
  const spans: Partial<Record<Region, [number, number]>> = {};
  for (const fact of scenario.facts) {
    for (const m of fact.normalize('NFKC').matchAll(FACT_SPAN)) {
      const region = (Object.keys(REGION_NAMES) as Region[]).find((r) => REGION_NAMES[r] === m[1])!;
      spans[region] = [Number(m[2]), Number(m[3])];
    }
  }
  const about = [scenario.persona.description, scenario.brief, ...Object.values(scenario.states).flatMap((state) => state.customer)].join('\n');
  const place = about.match(PLACE)?.[0];
  found = { spans, ...(place ? { home: PLACES[place] } : {}) };
  spanCache.set(scenario, found);
  return found;
}

/**
 * The first delivery time in a reply that does not match the shop's promise for the place it is about:
 * 成都一般 1～2 天就到 where the panel says other regions take 2～4 days, or 南京不在江浙沪. A span is
 * about the place named just before it, else about where the customer lives. Scenarios whose panel
 * gives no spans are not checked.
 * @example wrongDelivery(scenario, '成都一般1～2天就到') // { term: '1～2天', … } when 成都 takes 2～4 days
 */
export function wrongDelivery(scenario: Scenario, raw: string): { term: string; start: number; end: number; region: string; span?: [number, number] } | undefined {
  const { spans, home } = deliveryFacts(scenario);
  if (Object.keys(spans).length === 0) return undefined;
  const text = raw.normalize('NFKC');
  // The place a parcel leaves from (从杭州发出) says nothing about where it goes.
  const places = [...text.matchAll(PLACE)]
    .filter((m) => !/[从由]/.test(text[m.index - 1] ?? '') && text[m.index + m[0].length] !== '发' && !/(?:发货地|发货|仓库|寄出地|发出地|发自)(?:是|在|设在)?$/.test(text.slice(Math.max(0, m.index - 5), m.index)))
    .map((m) => ({ at: m.index, region: PLACES[m[0]]!, name: m[0] }));
  for (const place of places) {
    const denial = text.slice(place.at + place.name.length, place.at + place.name.length + 9);
    // 南京属于其他地区: a place put in another delivery region than its own.
    // 成都属于江浙沪以外的地区 puts it outside, which is right.
    const claimed = denial.match(/^(?:也|就)?(?:属于|算|是|在)(江浙沪|其他地区|偏远地区)(?!以外|之外)/);
    if (claimed && place.name !== claimed[1] && !(Object.keys(REGION_NAMES) as Region[]).some((r) => REGION_NAMES[r] === claimed[1] && r === place.region)) {
      const end = place.at + place.name.length + claimed[0].length;
      return { term: text.slice(place.at, end), start: place.at, end, region: REGION_NAMES[place.region] };
    }
    if (place.region === 'near' && place.name !== '江浙沪' && /^(?:不在|不属于|不算)江浙沪/.test(denial)) {
      return { term: text.slice(place.at, place.at + place.name.length + 5), start: place.at, end: place.at + place.name.length + 5, region: REGION_NAMES.near };
    }
  }
  for (const m of [...text.matchAll(SPAN), ...text.matchAll(SINGLE_DAYS)]) {
    // 不是其他地区的 2～4 天: a span named to be set aside is no claim.
    const clause = text.slice(Math.max(0, m.index - 12), m.index).split(/[，。；！？,;!?]/).at(-1)!;
    // 比内地的2～4天要久一点: a span named to compare with is no claim either.
    if (/不是|并非|而非|比[^，。；！？,;!?]{0,6}$/.test(clause)) continue;
    // 全国各地两天内都能送到: a time said of everywhere must hold for the slowest region the panel gives.
    if (/全国|各地|哪儿都|哪里都/.test(clause) && !m[2]) {
      const slowest = (Object.keys(spans) as Region[]).sort((a, b) => spans[b]![1] - spans[a]![1])[0]!;
      if (readNumber(m[1]!) < spans[slowest]![1]) return { term: m[0], start: m.index, end: m.index + m[0].length, region: REGION_NAMES[slowest], span: spans[slowest] };
      continue;
    }
    // A place named to be set aside (不是其他地区), or as where parcels leave from (发货地为浙江杭州), says nothing of where the parcel goes.
    // Within the same sentence: 新疆西藏那些才要补15元。到货一般2-4天 is about her own place.
    const near = places.filter(
      (p) => p.at < m.index && m.index - p.at <= 16 && !/[。！？；!?;\n]/.test(text.slice(p.at, m.index)) && !SET_ASIDE.test(text.slice(Math.max(0, p.at - 3), p.at)) && !LEAVES_FROM.test(text.slice(Math.max(0, p.at - 8), p.at)),
    );
    // 成都跟江浙沪一样 1～2 天, 成都不像江浙沪那么快，要 2～4 天: the span is about the place compared, not the
    // one compared with — unless a contrast gives the other place its own span (伊宁不像江浙沪 1～2 天).
    const compared = near.length > 1 ? /(不)?[跟和同像比]$/.exec(text.slice(0, near.at(-1)!.at)) : null;
    const ownSpan = compared?.[1] && m.index - near.at(-1)!.at <= clause.length;
    // 1～2 天是江浙沪的时效: a span said of the place named right after it.
    const after = /^(?:是|只是|那是|说的是|指的是|属于)?([^，。；！？,!?]{2,5}?)的/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
    const own = after && PLACES[after[1]!] ? { at: m.index, region: PLACES[after[1]!]!, name: after[1]! } : undefined;
    const named = own ?? near.at(compared && !ownSpan ? -2 : -1);
    // 那是江浙沪的时效，您这边一般 2～4 天: the customer's own place named after the region turns the span to her home.
    const before = named && !YOUR_PLACE.test(text.slice(named.at, m.index)) ? named : undefined;
    // 江浙沪以外 is everywhere else.
    const region = before && /^(?:以外|之外)/.test(text.slice(before.at + before.name.length)) ? 'other' : (before?.region ?? home);
    const expected = region && spans[region];
    if (!expected) continue;
    const [from, to] = [readNumber(m[1]!), readNumber(m[2] ?? m[1]!)];
    // A span must be the panel's; a single number of days (3 天就能到) must fall inside it.
    if (m[2] ? from === expected[0] && to === expected[1] : from >= expected[0] && from <= expected[1]) continue;
    return { term: m[0], start: m.index, end: m.index + m[0].length, region: REGION_NAMES[region], span: expected };
  }
  return undefined;
}

/** 发货地浙江杭州, 仓库在江苏南京, 从杭州发出: a place named as where parcels leave from. */
const ORIGIN_BEFORE = /(?:发货地|发货仓|仓库)(?:是|在|设在|位于)?$|(?:我们|店铺|店里)?(?:是)?从$/;
/** A province right before a city (浙江宁波). */
const PROVINCE_LEAD = new RegExp(`(?:${Object.keys(PROVINCE_OF_CITY).join('|')})(?:省)?$`);
const originCache = new WeakMap<Scenario, string[]>();

/**
 * A place said to be where parcels leave from that is not the panel's (我们仓库在江苏南京 where it says 浙江杭州).
 * Scenarios whose panel names no origin are not checked; a province and its city are the same place.
 */
export function wrongOrigin(scenario: Scenario, raw: string): { term: string; start: number; end: number; expected: string } | undefined {
  let origins = originCache.get(scenario);
  if (!origins) {
    const texts = scenarioTexts(scenario, { customers: false }).join('\n').normalize('NFKC').replace(/[ \t]/g, '');
    // 发货地浙江杭州 names the city: a province is kept only where the panel names none of its cities.
    const named = [...texts.matchAll(PLACE)].filter((m) => ORIGIN_BEFORE.test(texts.slice(Math.max(0, m.index - 9), m.index).replace(PROVINCE_LEAD, ''))).map((m) => m[0]);
    originCache.set(scenario, (origins = named.filter((place) => !PROVINCE_OF_CITY[place]?.some((city) => named.includes(city)))));
  }
  const text = raw.normalize('NFKC');
  const same = (a: string, b: string) => a === b || PROVINCE_OF_CITY[a]?.includes(b) || PROVINCE_OF_CITY[b]?.includes(a);
  for (const m of text.matchAll(PLACE)) {
    const end = m.index + m[0].length;
    // 从浙江宁波发出: a province between 从 and the city leaves the city the origin.
    const lead = text.slice(Math.max(0, m.index - 9), m.index).replace(PROVINCE_LEAD, '');
    const origin = ORIGIN_BEFORE.test(lead) && (!/从$/.test(lead) || /^[^，。！？,!?]{0,4}?发/.test(text.slice(end)));
    // 不是仓库在江苏: an origin set aside.
    const setAside = /(?:不是|不在|并非)(?:(?:发货地|发货仓|仓库)(?:是|在|设在|位于)?)?$/.test(text.slice(Math.max(0, m.index - 8), m.index));
    if (origin && !setAside && origins.length > 0 && !origins.some((o) => same(o, m[0]))) {
      return { term: m[0], start: m.index, end, expected: origins[0] };
    }
  }
  return undefined;
}

const addressCache = new WeakMap<Scenario, Set<string>>();

/** The places parcels go to in the scenario (the customer's address), not where they leave from (发货地浙江杭州, 从杭州发出). */
function destinations(scenario: Scenario): Set<string> {
  let found = addressCache.get(scenario);
  if (found) return found;
  const text = scenarioTexts(scenario).join('\n').normalize('NFKC');
  found = new Set(
    [...text.matchAll(PLACE)]
      .filter((m) => !/(?:发货地|发货仓|仓库在|[从由])[^，。；\n]{0,3}$/.test(text.slice(Math.max(0, m.index - 6), m.index)) && !/^[发仓]/.test(text.slice(m.index + m[0].length)))
      .map((m) => m[0]),
  );
  addressCache.set(scenario, found);
  return found;
}

/**
 * A place in an address that is not the customer's: 地址是杭州市鼓楼区… where the order goes to 南京. Read the
 * wrong city back and the customer either corrects it or the parcel goes astray.
 * @example wrongAddress(scenario, '地址是杭州市鼓楼区中山北路') // { term: '杭州', … } when the order goes to 南京
 */
export function wrongAddress(scenario: Scenario, raw: string): { term: string; start: number; end: number } | undefined {
  const known = destinations(scenario);
  if (known.size === 0) return undefined;
  const text = raw.normalize('NFKC');
  for (const m of text.matchAll(PLACE)) {
    if (!/(?:地址|收件地|收货地|寄到|送到|寄往|发往)[是为:：在]?[^，。；！？]{0,4}$/.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    // 寄到四川 for an order to 成都: the province the city is in names the same place.
    if (!known.has(m[0]) && !(PROVINCE_OF_CITY[m[0]] ?? []).some((city) => known.has(city))) return { term: m[0], start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** A model line of the panel: 2L 大按键电饭煲 199 元：大字面板、实体大按键、……、12 小时预约. */
const MODEL_LINE = /^(\d(?:\.\d)?)[ \t]*(?:L|升)[ \t]*([^：:]*?)[ \t]*\d{2,4}[ \t]*元[：:](.*)$/;
/** A numbered feature said in a reply: 24小时预约, 预约24小时. */
const HOURS_FEATURE = /(?<!\d)(\d{1,2}|[一二两三四五六七八九十]{1,3})[ \t]*(?:个)?小时(?:的)?预约|预约(?:时间)?(?:最长|长达|可达)?(\d{1,2}|[一二两三四五六七八九十]{1,3})[ \t]*(?:个)?小时/g;
/** A size and the words right after it in its clause (3 升的大按键电饭煲). */
const SIZE_THEN_WORDS = /(?<![\d.])(\d(?:\.\d)?)[ \t]*(?:L|升)[ \t]*((?:的)?[\u4e00-\u9fa5]{3,8})/g;
const modelCache = new WeakMap<Scenario, { models: { label: string; size: RegExp; words: string[]; hours: Set<number> }[] }>();

/** The panel's models, each with the three-character runs only its line has (大按键, 触控屏) and its reservation hours. */
function panelModels(scenario: Scenario) {
  let found = modelCache.get(scenario);
  if (found) return found;
  const lines = scenario.facts.map((fact) => fact.normalize('NFKC').replace(/（[^）]*）/g, '')).map((fact) => fact.match(MODEL_LINE)).filter((m) => m !== null);
  const grams = lines.map((m) => {
    const text = (m[2]! + m[3]!).replace(/[\s]/g, '');
    const set = new Set<string>();
    for (let i = 0; i + 3 <= text.length; i++) if (/^[\u4e00-\u9fa5A-Za-z]{3}$/.test(text.slice(i, i + 3))) set.add(text.slice(i, i + 3));
    return set;
  });
  const models = lines.map((m, i) => ({
    label: `${m[1]}L`,
    size: new RegExp(`(?<![\\d.])${m[1]!.replace('.', '\\.')}[ \t]*(?:L|升)`),
    words: [...grams[i]!].filter((gram) => grams.every((other, j) => j === i || !other.has(gram)) && !/预约|小时/.test(gram)),
    hours: new Set([...m[3]!.matchAll(HOURS_FEATURE)].map((h) => readNumber(h[1] ?? h[2]!))),
  }));
  modelCache.set(scenario, (found = { models }));
  return found;
}

/**
 * A model's numbered feature given to another model: 我们2L大按键款有24小时预约 where the panel gives the 2L model 12 and
 * the 3L model 24. The sentence must name exactly one model, by its size or by words only its line has.
 * @example wrongModelFeature(scenario, '我们有一款大字面板的，支持24小时预约') // { term: '24小时预约', expected: '2L 款是 12 小时预约', … }
 */
export function wrongModelFeature(scenario: Scenario, raw: string): { term: string; start: number; end: number; expected: string } | undefined {
  const { models } = panelModels(scenario);
  if (models.length < 2) return undefined;
  const text = raw.normalize('NFKC');
  // 3 升的大按键电饭煲 where the panel's 大按键 model is the 2L one: a size given to another model's words.
  for (const m of text.matchAll(SIZE_THEN_WORDS)) {
    for (const owner of models) {
      const word = owner.words.find((w) => m[2]!.includes(w));
      if (!word || owner.size.test(m[0])) continue;
      const end = m.index + m[0].length - m[2]!.length + m[2]!.indexOf(word) + word.length;
      return { term: text.slice(m.index, end), start: m.index, end, expected: `${word}是 ${owner.label} 款` };
    }
  }
  if (models.filter((model) => model.hours.size > 0).length < 2) return undefined;
  let start = 0;
  for (const sentence of text.split(/(?<=[。！？!?\n])/)) {
    // The models the sentence names, read once per sentence (a long sentence with many hits stays linear).
    let named: typeof models | undefined;
    for (const m of sentence.matchAll(HOURS_FEATURE)) {
      named ??= models.filter((model) => model.size.test(sentence) || model.words.some((word) => sentence.includes(word)));
      if (named.length !== 1 || named[0]!.hours.size === 0 || named[0]!.hours.has(readNumber(m[1] ?? m[2]!))) continue;
      return { term: m[0], start: start + m.index, end: start + m.index + m[0].length, expected: `${named[0]!.label} 款是 ${[...named[0]!.hours].join(' 或 ')} 小时预约` };
    }
    start += sentence.length;
  }
  return undefined;
}

/** A street: a two-character name, an optional direction and the kind of road (中山北路, 解放大道). */
const STREET = /([\u4e00-\u9fa5]{2})([东南西北中])?(路|街|大道)/g;
const streetCache = new WeakMap<Scenario, Set<string>>();

/**
 * A street read back with another direction or kind than the order's: 中山南路 where the order says 中山北路. Only a
 * street whose name the scenario gives is checked, so a street it never names is left alone.
 * @example wrongStreet(scenario, '地址是南京市鼓楼区中山南路') // { term: '中山南路', expected: '中山北路', … }
 */
export function wrongStreet(scenario: Scenario, raw: string): { term: string; start: number; end: number; expected: string } | undefined {
  let known = streetCache.get(scenario);
  if (!known) streetCache.set(scenario, (known = new Set([...scenarioTexts(scenario).join('\n').normalize('NFKC').matchAll(STREET)].map((m) => m[0]))));
  if (known.size === 0) return undefined;
  for (const m of raw.normalize('NFKC').matchAll(STREET)) {
    if (known.has(m[0])) continue;
    const expected = [...known].find((street) => street.startsWith(m[1]!));
    if (expected) return { term: m[0], start: m.index, end: m.index + m[0].length, expected };
  }
  return undefined;
}

/** Numbered promises about the goods: 质保一年, 保温 12 小时, 304 不锈钢. The number must be the panel's. */
const TERMS = [
  { key: '质保', unit: '年',
    // 新壶的质保从您签收那天重新算两年: the years after words between.
    pattern: /(?:质保|保修)(?:期)?(?:是|为|有)?(\d{1,2}|[一二两三四五六七八九十])(?:个)?年|(\d{1,2}|[一二两三四五六七八九十])年(?:整机)?(?:质保|保修)|(?:质保|保修)[^，。！？,!?\d一二两三四五六七八九十]{1,10}?(?:重新算|重新计算|算|计)(\d{1,2}|[一二两三四五六七八九十])(?:个)?年/g },
  {
    key: '保温',
    unit: '小时',
    pattern: /保温(?![杯壶桶箱袋])(?:时间|时长|效果)?(?:本来就是|本来就在|本来就|本来|一般是|一般在|一般|通常是|通常|大概是|大概|就是|也就|只有|最多|最长|是|在)?(?:长达|可达|能达到|达到|能到|能保|可保|能|可以|可|有)?(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?(?:小时|钟头)|(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?小时(?:保温|恒温)|恒温(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?小时|(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?小时(?:后|以后|之后)(?:都|也)?(?:还是|还|依然|仍然|照样)(?:烫|热)/g,
  },
  // 316 不锈钢内胆 where the panel says 304: the steel's grade, checked only where the panel names one.
  {
    key: '不锈钢',
    unit: '',
    pattern: /(?<!\d)(201|304|316)(?:[ \t]*(?:L|食品级|医用级))?(?:的)?不锈钢/g,
    onlyNamed: true,
    feedback: (term: string, expected: string) => `“${term}”和资料对不上：资料写的是 ${expected}。材质说错，顾客收到会觉得货不对板。请以资料栏为准。`,
    misconception: '说错商品的材质',
  },
] as const;

const termCache = new WeakMap<Scenario, Map<string, Set<number>>>();

/** The numbers the scenario gives per term (质保 → {1}). */
function knownTerms(scenario: Scenario): Map<string, Set<number>> {
  let known = termCache.get(scenario);
  if (known) return known;
  known = new Map();
  const text = panelText(scenario).all;
  for (const term of TERMS) {
    for (const m of text.matchAll(term.pattern)) {
      const set = known.get(term.key) ?? new Set<number>();
      set.add(readNumber(firstGroup(m)!));
      known.set(term.key, set);
    }
  }
  termCache.set(scenario, known);
  return known;
}

/**
 * The first numbered promise about the goods whose number the scenario does not give: 整机质保三年 where
 * the panel says one year, or 保温 48 小时 where the panel gives no hours at all; with what the student is told
 * (a term's own words where it has them: a steel grade is a material, not a promise).
 */
export function wrongTerm(scenario: Scenario, raw: string): UnknownFact | undefined {
  const known = knownTerms(scenario);
  const text = raw.normalize('NFKC');
  for (const term of TERMS) {
    const values = known.get(term.key);
    if (!values && 'onlyNamed' in term) continue;
    for (const m of text.matchAll(term.pattern)) {
      if (values?.has(readNumber(firstGroup(m)!))) continue;
      const named = [...(values ?? [])].join(' 或 ');
      const expected = !values ? `没有写${term.key}${term.unit === '年' ? '年限' : '时长'}` : term.unit ? `${term.key} ${named} ${term.unit}` : `${named} ${term.key}`;
      const feedback = 'feedback' in term ? term.feedback(m[0], expected) : `“${m[0]}”和资料对不上：资料${values ? '写的是' : '里'}${expected}。说高了的承诺，顾客会当真，兑现不了就是售后纠纷。请以资料栏为准。`;
      return { term: m[0], start: m.index, end: m.index + m[0].length, feedback, misconception: 'misconception' in term ? term.misconception : '报出的质保或性能与资料不符' };
    }
  }
  return undefined;
}


/**
 * List markers (①②③, ⑴, ❶) become a comma: NFKC turns ① into 1, which would glue the marker to the number
 * after it (①1到3人用 read as 11到3人). Each marker is one UTF-16 unit, so positions in the reply stay the same.
 */
const LIST_MARKER = /[\u2460-\u24ff\u2776-\u2793]/g;
export const unlist = (text: string) => text.replace(LIST_MARKER, '，');

/**
 * The facts check of a reply: the first gift or service, then the first delivery time, then the first
 * amount, that the scenario does not give; undefined when everything it names agrees with the scenario.
 */
/** A finding with what the student is told about it. */
const fact = ({ term, start, end }: { term: string; start: number; end: number }, feedback: string, misconception: string): UnknownFact => ({ term, start, end, feedback, misconception });

/**
 * A space between a Han character and a digit (保温 6 小时, 满 199 减 20) is typography: the checks read the
 * reply without it (but not after a unit: 15元 5～7天 is two notes, not 15元5), and a finding's place is mapped back onto what was typed, so highlights stay right.
 */
const NUMBER_SPACE = /(?<=\p{Script=Han})(?<![元块角毛天周月年时分秒个件只台套盒张升度号点])[ \t\u200d]+(?=\d)|(?<=\d)[ \t\u200d]+(?=\p{Script=Han})/gu;

export function unknownFact(scenario: Scenario, typed: string): UnknownFact | undefined {
  const removed: number[] = [];
  const squeezed = typed.replace(NUMBER_SPACE, (gap, at: number) => {
    for (let i = 0; i < gap.length; i++) removed.push(at);
    return '';
  });
  const found = factOf(scenario, squeezed);
  if (!found || removed.length === 0) return found;
  // A place in the squeezed text moves right by the gaps removed at or before it.
  const back = (at: number, end: boolean) => at + removed.filter((gap, i) => (end ? gap - i < at : gap - i <= at)).length;
  return { ...found, start: back(found.start, false), end: back(found.end, true) };
}

function factOf(scenario: Scenario, typed: string): UnknownFact | undefined {
  const raw = unlist(typed);
  const gift = unknownGift(scenario, raw);
  if (gift) return fact(gift, `“${gift.term}”在右侧资料里找不到：店铺没有这项赠品或服务。答应了给不了的东西，顾客收货时会觉得被骗。请只提资料栏里店铺真实提供的赠品和活动。`, '答应了店铺没有的赠品或服务');
  const counted = wrongGiftCount(scenario, raw);
  if (counted) {
    return fact(counted, `“${counted.term}”的数量和资料对不上：资料写的是${counted.expected.join(' 或 ')}${counted.counter}。赠品说多了，顾客收货时发现少了，会觉得被骗。请按资料说明赠品和数量。`, '说错赠品的数量');
  }
  const promised = wrongTerm(scenario, raw);
  if (promised) return promised;
  const delivery = wrongDelivery(scenario, raw);
  if (delivery) {
    const { term, region, span } = delivery;
    const feedback = span
      ? `“${term}”和资料对不上：${region}一般 ${span[0]}～${span[1]} 天送达。报错时效，顾客按错的时间安排，到时就会失望。请以资料栏为准。`
      : `“${term}”说错了：按资料，这里属于${region}。报错地区会报错时效，请以资料栏为准。`;
    return fact(delivery, feedback, '报出的送达时间或地区与资料不符');
  }
  const origin = wrongOrigin(scenario, raw);
  if (origin) {
    return fact(origin, `“${origin.term}”和资料对不上：资料写的发货地是${origin.expected}。说错发货地，顾客会按错的路程估算到货时间。请以资料栏为准。`, '说错发货地');
  }
  const address = wrongAddress(scenario, raw);
  if (address) return fact(address, `地址里的“${address.term}”和订单对不上。核对地址时读错城市，顾客没注意就会寄错地方。请逐字对照订单里的收货地址。`, '核对地址时说错城市');
  const feature = wrongModelFeature(scenario, raw);
  if (feature) return fact(feature, `“${feature.term}”说错了款式：按资料，${feature.expected}。把别的款的功能安到这款上，顾客按错的参数下单，收货后会觉得被骗。请对照右侧各款的参数说。`, '把别款的功能说到这款上');
  const street = wrongStreet(scenario, raw);
  if (street) return fact(street, `地址里的“${street.term}”和订单对不上：订单写的是${street.expected}。核对地址时读错路名，顾客没注意就会寄错地方。请逐字对照订单里的收货地址。`, '核对地址时说错路名');
  const amount = unknownAmount(scenario, raw);
  if (!amount) return unsupportedClaim(scenario, raw) ?? wrongEventTime(scenario, raw) ?? wrongWeekday(scenario, raw) ?? wrongOffDuty(scenario, raw);
  const term = raw.normalize('NFKC').slice(amount.start, amount.end);
  const what = amount.kind === 'money' ? '金额' : '容量';
  return fact({ ...amount, term }, `回复里的${what}“${term}”在右侧资料里找不到，和商品、活动或店铺规定对不上。报错价格或规格会误导顾客，请以资料栏为准。`, '报出的金额或规格与资料不符');
}

/** The chat environment with the facts check, for callers that load it statically (Node, tests). */
export const factsEnv: ChatEnv = { facts: unknownFact };
