/**
 * The sentence-form check: a reply made only of keywords ("304 烧开 赠 质保", "抱歉 查") says the right
 * words to the checker and nothing to the customer. Such a reply is marked 像关键词堆砌 and capped below
 * full points (engine.ts). A keyword list is typed as words between spaces with no sentence pause
 * (，。！？); a chunk between spaces still reads as part of a sentence when it holds a function word a
 * sentence needs (a pronoun, a particle, an auxiliary) or is a long run of several words (`CLAUSE_LENGTH`). Word segmentation uses Intl.Segmenter where the browser
 * has it, one word per Han character where not.
 */

/**
 * Words that mark a sentence rather than a keyword: pronouns and sentence particles. A chunk of keywords
 * (后台标记不接收营销信息, 几个人吃) has none; 这款是304的 or 您放心 has.
 */
export const SENTENCE_MARKERS: readonly string[] = ['我', '您', '你', '咱', '他', '她', '它', '这', '那', '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '噢', '喔', '啦', '嘛', '哈', '哟'];

/** Shortest chunk that counts as a phrase when it holds a sentence marker (我们 or 您选 alone is a keyword). */
export const PHRASE_LENGTH = 4;

/**
 * Han characters from which a chunk reads as a clause even without a marker: chat typed with spaces for
 * pauses (按系统地址寄回然后填单号, 先刷新一下或者退出重新进订单付款); keywords are shorter (运费险,
 * 七天无理由). Eight let keyword chunks such as 后台标记不接收营销信息 through on the tuning corpus; nine does not.
 */
export const CLAUSE_LENGTH = 9;

/**
 * Adverbs, auxiliaries and coverbs that make a predicate (就发、也放得下、路远中转多 has none): a chunk of
 * `PREDICATE_LENGTH` Han characters or more with one reads as a clause typed without its comma.
 */
export const PREDICATE = /[就也都才很太要会能得着过在有把给让被从向跟到]|刚好|一下|起来|可以/u;
export const PREDICATE_LENGTH = 6;

/**
 * Average Han characters per chunk up to which a reply of chunks reads as a list once fewer than half of
 * them are phrases: chat typed with spaces runs longer (4.6 and up on the corpus, tests/judge-corpus/).
 */
export const SHORT_CHUNK = 3.6;
const HAN = /\p{Script=Han}/gu;
/** A chunk with words said twice in a row said once (烧开烧开, 不收运费不收运费): repeating a keyword makes no clause of it. */
const REPEATED = /(\p{Script=Han}{2,8}?)\1+/gu;
const unrepeated = (chunk: string) => chunk.replace(REPEATED, '$1');
/** A slash between words, or after a number before a word, lists items; one in a date or a price (12/26, 9.9元/100张) does not. */
const SLASH = String.raw`(?<![\s\d])\/(?![\s\d])|(?<=\d)\/(?=\p{Script=Han})`;
/** Where a reply that ends as a sentence splits into chunks, and where one that does not (、 lists items too). */
const SPACES_AND_SLASHES = new RegExp(String.raw`\s+|${SLASH}`, 'u');
const LIST_BREAKS = new RegExp(String.raw`[\s、]+|${SLASH}`, 'u');

/** Words in a chunk, by Intl.Segmenter when available. */
type Segment = (text: string) => string[];

let segmenter: Segment | undefined;

function segment(): Segment {
  if (segmenter) return segmenter;
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    const words = new Segmenter('zh', { granularity: 'word' });
    segmenter = (text) => [...words.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  } else {
    segmenter = (text) => text.match(/\p{Script=Han}|[a-z0-9]+/giu) ?? [];
  }
  return segmenter;
}

/** Replaces the segmenter (tests use this to check the fallback). */
export function useSegmenter(next: Segment | undefined): void {
  segmenter = next;
}

/** The fallback segmenter: one word per Han character, runs of letters and digits. */
export const fallbackSegmenter: Segment = (text) => text.match(/\p{Script=Han}|[a-z0-9]+/giu) ?? [];

// Pauses that only sentences have; a reply that uses them is written as sentences.
const PAUSES = /[，。！？；,!?;]/u;
const ENDS_SENTENCE = /[。！？!?]$/u;
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
// A term of address or a greeting in front ("亲，", "您好，") makes no sentence of a keyword list.
const ADDRESS = /^[\s\p{P}\p{S}]*(?:(?:亲爱的|亲亲|亲|親愛的|親親|親|您好|你好)[\s\p{P}\p{S}]*)+/u;

/**
 * At most this many distinct Han characters, with no digit and no sentence ending, make a fragment rather than an
 * answer (抱歉 补发, 拍照, 今天发): teachers give it nothing (tests/judge-corpus/). A short sentence (包邮的亲。
 * 几个人用？) ends like one.
 */
export const FRAGMENT_LENGTH = 4;
const SENTENCE_END = /[。！？!?～~)）]$|[的了吗呢吧啊呀哦啦嘛哈亲]$/u;

/** A numbered note (1.杯子 2.杯底标签): a number before an item. */
const ITEM_NUMBER = /(?:^|(?<=[\s，,：:]))(?:[1-9][.、．)）]|[①-⑨])/gu;
/** Three or more items joined by 、 alone, after at most a short lead-in (陈先生您好，真的、老友回馈周、首页会员中心). */
const DUNHAO_LIST = /^(?:[^，,、。！？!?；;：:]{0,8}[，,：:])?[^，,、。！？!?；;：:]+(?:、[^，,、。！？!?；;：:]+){2,}$/u;
/** Circled item numbers as typed (①②③). */
const CIRCLED = /[\u2460-\u2473]/gu;
/** What ends an item written as a sentence (1. 检查网络；2. 退出重进). */
const ITEM_END = /[；;。，,！!？?]$/u;

/**
 * A list typed with commas (道歉，保温不好，回复慢，想帮您解决; 今天发，中通，1～2天) rather than spaces: no sentence ending
 * anywhere, three chunks or more (官方授权，可以验货 is a terse answer), at most `COMMA_CHUNK` characters each on average (a
 * number counts as two), and fewer than half of them phrases. Chat written as sentences runs longer between its commas;
 * 6.5 let good replies of the tuning corpus through.
 */
export const COMMA_CHUNK = 6;
const NUMBER_RUN = /\d+(?:[.:]\d+)?/gu;
/** A refusal is a whole act (不扫码、不点链接、不付款), not a keyword. */
const REFUSAL = /^[不没别勿]/u;

/** What the check found. */
export interface SentenceForm {
  /** True when the reply is only keywords. */
  keywordsOnly: boolean;
  /** True when the reply is a fragment of a few words (FRAGMENT_LENGTH) with no sentence ending. */
  fragment: boolean;
  /** Chunks between spaces and punctuation. */
  chunks: number;
  /** Chunks that read as part of a sentence. */
  phrases: number;
}

/** How much of the reply the check reads: enough to tell a sentence, and it keeps the cost bounded. */
export const SENTENCE_FORM_LIMIT = 2000;

/**
 * Whether a reply reads as sentences or as a list of keywords.
 * @example sentenceForm('304 烧开 赠 质保').keywordsOnly // true
 * @example sentenceForm('亲，我们是304不锈钢，烧开两壶水就没味了').keywordsOnly // false
 */
export function sentenceForm(raw: string): SentenceForm {
  // The reply without a greeting in front: the fragment and list checks read it as typed, the chunks without edge punctuation.
  const body = raw.slice(0, SENTENCE_FORM_LIMIT).normalize('NFKC').replace(ADDRESS, '').trim();
  const text = body.replace(EDGE_PUNCTUATION, '');
  // Spaces around a number before its unit are typography (一般 2～4 天能到, 259 元), not gaps between keywords.
  const chunks = text
    .replace(/[ \t]*([\d.:～~\-–—]*\d)[ \t]+(?=[天元升块号点分个件只张盒小%年月日周])/gu, '$1')
    // 、 lists items as a space does (抱歉、照片、裂痕、外箱), unless a full stop ends the list as a sentence
    // (不扫码、不点链接、不付款。); so does a slash between words (非常抱歉/保温不好/帮您解决; NFKC makes ／ a slash),
    // not one in a date or a price (12/26, 9.9元/100张 keeps its digits together); after a number before a word it is (两只218/实付198).
    .split(ENDS_SENTENCE.test(raw.trim()) ? SPACES_AND_SLASHES : LIST_BREAKS)
    .filter((chunk) => chunk !== '');
  const words = segment();
  let phrases = 0;
  let total = 0;
  for (const chunk of chunks) {
    const han = unrepeated(chunk).match(HAN)?.length ?? 0;
    total += han;
    // A number counts as a word of its clause (满199减20后实付248.9元), not of the average length of a chunk.
    const size = han + (chunk.match(NUMBER_RUN)?.length ?? 0);
    const clause = size >= CLAUSE_LENGTH || (size >= PREDICATE_LENGTH && PREDICATE.test(chunk));
    if (clause || (words(chunk).join('').length >= PHRASE_LENGTH && SENTENCE_MARKERS.some((word) => chunk.includes(word)))) phrases++;
  }
  // A list is mostly short chunks: at most SHORT_CHUNK Han characters on average, fewer than half of them phrases
  // (责任在我们 补发 退款), however long the one phrase.
  const spaced = chunks.length >= 2 && !PAUSES.test(text) && (phrases <= Math.floor(chunks.length / 4) || (total <= SHORT_CHUNK * chunks.length && phrases * 2 < chunks.length));
  // Distinct characters, so saying the words again (抱歉抱歉抱歉) makes no answer of them.
  const han = new Set(body.match(HAN) ?? []).size;
  const fragment = han > 0 && han <= FRAGMENT_LENGTH && !/\d/.test(body) && !SENTENCE_END.test(body);
  // ①补发②不用寄回③运费店铺出: circled numbers (NFKC reads them as bare digits, so they are counted as typed) with no
  // sentence anywhere are a note; every good reply in the corpus that numbers its points this way also ends a sentence.
  const circled = (raw.slice(0, SENTENCE_FORM_LIMIT).match(CIRCLED) ?? []).length >= 2 && !/[。！？!?]/u.test(body);
  return { keywordsOnly: spaced || circled || listed(body) || commaList(body, text), fragment, chunks: chunks.length, phrases };
}

/** See `COMMA_CHUNK`: `body` as typed, `text` without its edge punctuation. */
function commaList(body: string, text: string): boolean {
  if (!/[，,]/u.test(text) || /[。！？!?；;]|[～~](?!\d)/u.test(body)) return false;
  const chunks = text.split(/[，,、/→]+/u).filter((chunk) => chunk.trim() !== '');
  if (chunks.length < 3) return false;
  let weight = 0;
  let phrases = 0;
  for (const chunk of chunks) {
    const size = (unrepeated(chunk).match(HAN)?.length ?? 0) + 2 * (chunk.match(NUMBER_RUN)?.length ?? 0);
    weight += size;
    if (REFUSAL.test(chunk) || SENTENCE_MARKERS.some((word) => chunk.includes(word)) || (size >= PREDICATE_LENGTH && PREDICATE.test(chunk))) phrases++;
  }
  return weight <= COMMA_CHUNK * chunks.length && phrases * 2 < chunks.length;
}

/**
 * A list typed as notes: items joined by 、 alone (暖居优品旗舰店、欢迎、您要哪款杯子), or numbered items with no
 * sentence pause between them (1.杯子 2.杯底标签，马上核实). Numbered items that end like sentences (1. 检查网络；2. …),
 * or a list beside a full sentence, are a written answer: teachers give those full points.
 */
function listed(body: string): boolean {
  if (DUNHAO_LIST.test(body)) return true;
  const numbers = [...body.matchAll(ITEM_NUMBER)];
  // A sentence anywhere (不回复这个账号。处理：1. …) makes it a written answer.
  if (numbers.length < 2 || /[。！？!?]/u.test(body)) return false;
  return numbers.slice(1).every((m) => !ITEM_END.test(body.slice(0, m.index).trimEnd()));
}
