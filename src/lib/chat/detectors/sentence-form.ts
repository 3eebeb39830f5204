/**
 * The sentence-form check: a reply made only of keywords ("304 烧开 赠 质保", "抱歉 查") says the right
 * words to the checker and nothing to the customer. Such a reply is marked 像关键词堆砌 and capped below
 * full points (engine.ts). A keyword list is typed as words between spaces with no sentence pause
 * (，。！？); a chunk between spaces still reads as part of a sentence when it holds a function word a
 * sentence needs (a pronoun, a particle, an auxiliary) or is a long run of several words. Word segmentation uses Intl.Segmenter where the browser
 * has it, one word per Han character where not.
 */

/** Function words that only occur in sentences: pronouns, particles, auxiliaries, connectives. */
export const FUNCTION_WORDS: readonly string[] = [
  '我', '您', '你', '咱', '他', '她', '它', '这', '那', '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '噢', '喔', '哈', '嘛', '啦', '哟',
  '是', '会', '能', '可以', '要', '在', '给', '把', '被', '让', '就', '都', '也', '还', '再', '才', '很', '已', '正', '帮', '请', '如', '因为', '所以', '但', '和', '跟', '对',
];

/** A chunk this long (in characters), of four words or more, reads as a clause even without function words. */
export const PHRASE_LENGTH = 8;

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
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** What the check found. */
export interface SentenceForm {
  /** True when the reply is only keywords. */
  keywordsOnly: boolean;
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
  const text = raw.slice(0, SENTENCE_FORM_LIMIT).normalize('NFKC').replace(EDGE_PUNCTUATION, '');
  const chunks = text.split(/\s+/u).filter((chunk) => chunk !== '');
  const words = segment();
  let phrases = 0;
  for (const chunk of chunks) {
    const length = [...chunk].length;
    // A function word in a chunk of four characters or more (您的权利, 这款是304的); 我们 or 您选 alone is a keyword.
    if (length >= 4 && FUNCTION_WORDS.some((word) => chunk.includes(word))) phrases++;
    // A long unbroken chunk of four words or more reads as a clause (新疆西藏补运费十五元); 暖居优品旗舰店 is a name.
    else if (length >= PHRASE_LENGTH && words(chunk).length >= 4) phrases++;
  }
  const keywordsOnly = chunks.length >= 2 && !PAUSES.test(text) && phrases <= Math.floor(chunks.length / 4);
  return { keywordsOnly, chunks: chunks.length, phrases };
}
