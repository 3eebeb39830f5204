import { shuffle } from '../quiz/random.ts';

/** A phrase as the passage builder needs it (the shared phrase bank's shape). */
export interface PassagePhrase {
  id: string;
  category: string;
  text: string;
}

/** Which phrases a passage is drawn from: one category key, or every category mixed. */
export type PassageSource = string | 'mixed';

/** One passage to type: several phrases joined, and which phrases they were. */
export interface Passage {
  text: string;
  phraseIds: string[];
}

/** Length a passage aims for in characters: at least `min`, never more than `max` unless one phrase alone is longer. */
export const passageLength = { min: 100, max: 200 } as const;

/** The phrases a source draws from (all of them for `mixed`). */
export const phrasesOf = <P extends PassagePhrase>(phrases: readonly P[], source: PassageSource): P[] =>
  source === 'mixed' ? [...phrases] : phrases.filter((p) => p.category === source);

/**
 * Builds the passage number `index` of a seeded sequence: phrases in a seeded order, joined until
 * the passage reaches `min` characters; a phrase that would pass `max` is skipped for a shorter one.
 * Same phrases, source, seed and index → same passage, so a test or a retry can reproduce it.
 */
export function buildPassage(phrases: readonly PassagePhrase[], source: PassageSource, seed: string, index = 0, length = passageLength): Passage {
  const pool = shuffle(phrasesOf(phrases, source), `${seed}:${source}:${index}`);
  const picked: PassagePhrase[] = [];
  let size = 0;
  for (const phrase of pool) {
    if (size >= length.min) break;
    const chars = Array.from(phrase.text).length;
    if (picked.length > 0 && size + chars > length.max) continue;
    picked.push(phrase);
    size += chars;
  }
  return { text: picked.map((p) => p.text).join(''), phraseIds: picked.map((p) => p.id) };
}
