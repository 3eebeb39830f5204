import type { FormExercise } from '../../schemas/form.ts';
import { rowsOf, type FormValues } from '../form/values.ts';
import { collectForm, collectQuiz, shortQuestions, type AnalysisCatalog, type AnalysisForm, type StudentRef } from './analysis-input.ts';
import type { ClassBook } from './types.ts';

/**
 * Similar work (相似作业): pairs of students whose short answer or form text share much more than the
 * question makes them share. A pointer for the teacher to look at, never a verdict. Method, threshold
 * and why: docs/class-loop.md.
 *
 * Text is normalised (NFKC, lower case, whitespace, punctuation and symbols dropped), cut into
 * character bigrams (the unit of Chinese words, and robust to a changed character: one edit touches
 * only two bigrams), and two students compare by the Jaccard index of their bigram sets — |A ∩ B| ÷
 * |A ∪ B|, the share of all distinct bigrams the two have in common. Bigrams of the template (the
 * question, its reference answer and checklist; a form's fixed text, hints and reference answers) are
 * taken out first, so quoting the question does not make two answers alike.
 */

/** Pairs at or above this Jaccard index are shown. */
export const similarityThreshold = 0.4;
/**
 * Texts with fewer distinct bigrams of their own (beyond the template's) are not compared: short
 * answers agree by nature, and two nearly empty sets make a high index out of one shared bigram.
 */
export const minOwnBigrams = 12;
/** Form cells shorter than this (normalised) are left out of the form's text (numbers, 是/否, one word). */
export const minCellLength = 4;
/** Shared runs shorter than this (normalised characters) are not highlighted (`sharedSegments` builds runs of exactly this many). */
export const minRunLength = 4;

/** Text as compared: NFKC, lower case, without whitespace, punctuation and symbols. */
export const normalise = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

/** Jaccard index of two sorted ID arrays without repeats. */
function jaccardSorted(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) (shared++, i++, j++);
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Turns normalised texts into sorted, distinct bigram IDs, the template's bigrams left out. Characters
 * get small numbers first, so a bigram's key stays a small integer (fast to hash). Past 65,535
 * distinct characters in one comparison (no real class) two rare bigrams could share a key.
 */
function shingler(template: readonly string[]) {
  const charIds = new Map<number, number>();
  const ids = new Map<number, number>();
  const charId = (c: string) => {
    const cp = c.codePointAt(0)!;
    let id = charIds.get(cp);
    if (id === undefined) charIds.set(cp, (id = charIds.size + 1));
    return id;
  };
  // A one-character text is its own shingle: the character alone, with 0 as its second half.
  const keys = (norm: string) => {
    const cs = Array.from(norm, charId);
    if (cs.length === 1) return [cs[0]! * 65_536];
    const out: number[] = [];
    for (let i = 0; i + 1 < cs.length; i++) out.push(cs[i]! * 65_536 + cs[i + 1]!);
    return out;
  };
  const drop = new Set(template.flatMap((t) => keys(normalise(t))));
  return (norm: string) => {
    const out = new Set<number>();
    for (const key of keys(norm)) {
      if (drop.has(key)) continue;
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      out.add(id);
    }
    return Int32Array.from(out).sort();
  };
}

/** Jaccard index of the bigram sets of two texts, after taking out the template's bigrams. */
export function similarity(a: string, b: string, template: readonly string[] = []): number {
  const grams = shingler(template);
  return jaccardSorted(grams(normalise(a)), grams(normalise(b)));
}

/** A piece of a text for display: shared with the other text of the pair, or not. */
export interface Segment {
  text: string;
  shared: boolean;
}

/**
 * The text cut into segments, those in runs of at least `minRunLength` normalised characters that also
 * occur in `other` marked shared. Dropped characters (spaces, punctuation) inside a shared run count as shared.
 */
export function sharedSegments(text: string, other: string): Segment[] {
  const chars = [...text];
  // Each character normalised on its own (cached: a text repeats its characters), and for each
  // normalised character the index of the character of `text` it came from.
  const cache = new Map<string, string[]>();
  const normChars: string[] = [];
  const from: number[] = [];
  const isKept = new Array<boolean>(chars.length).fill(false);
  chars.forEach((ch, i) => {
    let n = cache.get(ch);
    if (!n) cache.set(ch, (n = [...normalise(ch)]));
    for (const c of n) (normChars.push(c), from.push(i));
    isKept[i] = n.length > 0;
  });
  const run = (cs: readonly string[], i: number) => cs[i]! + cs[i + 1]! + cs[i + 2]! + cs[i + 3]!;
  const o = [...normalise(other)];
  const otherRuns = new Set<string>();
  for (let i = 0; i + minRunLength <= o.length; i++) otherRuns.add(run(o, i));
  const shared = new Array<boolean>(chars.length).fill(false);
  for (let i = 0; i + minRunLength <= normChars.length; i++) {
    if (otherRuns.has(run(normChars, i))) for (let k = i; k < i + minRunLength; k++) shared[from[k]!] = true;
  }
  // A dropped character between two shared ones is part of the run.
  let last = -1;
  chars.forEach((_, c) => {
    if (!isKept[c]) return;
    if (shared[c] && last >= 0 && shared[last]) shared.fill(true, last, c);
    last = c;
  });
  const segments: Segment[] = [];
  chars.forEach((ch, c) => {
    const prev = segments.at(-1);
    if (prev && prev.shared === shared[c]) prev.text += ch;
    else segments.push({ text: ch, shared: shared[c]! });
  });
  return segments;
}

/** One student's text to compare. */
export interface Work extends StudentRef {
  text: string;
}

/** Two students whose texts are alike. */
export interface SimilarPair {
  a: Work;
  b: Work;
  /** Jaccard index, 0–1. */
  similarity: number;
}

/** The two texts of a pair cut into segments, their shared runs marked (for display: computed only for the pairs shown). */
export const pairSegments = (pair: SimilarPair): { a: Segment[]; b: Segment[] } => ({ a: sharedSegments(pair.a.text, pair.b.text), b: sharedSegments(pair.b.text, pair.a.text) });

/**
 * Every pair of works at or above `threshold`, most similar first (ties in input order). All
 * n(n−1)/2 pairs, 19,900 for 200 students (scripts/bench/similarity.mjs).
 */
export function similarPairs(works: readonly Work[], template: readonly string[] = [], threshold = similarityThreshold): SimilarPair[] {
  const grams = shingler(template);
  const prepared = works.map((work) => ({ work, grams: grams(normalise(work.text)) })).filter((w) => w.grams.length >= minOwnBigrams);
  // Shared bigrams of every pair from an inverted index: each bigram adds one to every pair of the
  // students who used it. Far fewer steps than merging 19,900 pairs of sets, since most bigrams are
  // used by few students.
  const n = prepared.length;
  const users: number[][] = [];
  prepared.forEach((w, s) => w.grams.forEach((g) => (users[g] ??= []).push(s)));
  const shared = new Int32Array(n * n);
  for (const list of users) {
    if (!list) continue;
    for (let x = 0; x < list.length; x++) {
      const row = list[x]! * n;
      for (let y = x + 1; y < list.length; y++) shared[row + list[y]!]!++;
    }
  }
  const found: SimilarPair[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const both = shared[i * n + j]!;
      const s = both / (prepared[i]!.grams.length + prepared[j]!.grams.length - both);
      if (s >= threshold) found.push({ a: prepared[i]!.work, b: prepared[j]!.work, similarity: s });
    }
  }
  return found.sort((x, y) => y.similarity - x.similarity);
}

/** The template text of a form: fixed cells, hints, reference answers, labels and instructions. */
export function formTemplate(form: FormExercise): string[] {
  return [
    form.instructions,
    ...form.columns.flatMap((c) => [c.label, c.hint ?? '', ...(c.options ?? [])]),
    ...form.rows.flatMap((r) => [r.label ?? '', ...Object.values(r.cells).flatMap((cell) => [cell.value ?? '', cell.hint ?? '', cell.reference ?? ''])]),
  ].filter(Boolean);
}

/**
 * A student's form as one text to compare: the cells in table order, one a line, leaving out cells
 * equal to the form's own text (fixed text, reference answer, a choice option) and cells shorter than
 * `minCellLength`.
 */
export function formText(form: FormExercise, values: FormValues): string {
  const given = new Set(formTemplate(form).map(normalise));
  return rowsOf(form, values)
    .flatMap((row) => form.columns.map((c) => values.cells[row.id]?.[c.id] ?? ''))
    .filter((cell) => {
      const n = normalise(cell);
      return [...n].length >= minCellLength && !given.has(n);
    })
    .join('\n');
}

/** The similar pairs of one short question or one form. */
export interface SimilarGroup {
  kind: 'short' | 'form';
  item: string;
  /** Question or form ID. */
  part: string;
  title: string;
  /** Students whose work was compared. */
  compared: number;
  pairs: SimilarPair[];
}

/** Similar pairs for every short question and form of the catalog that has any. */
export function similarWork(book: ClassBook, catalog: AnalysisCatalog): SimilarGroup[] {
  const groups: SimilarGroup[] = [];
  for (const quiz of catalog.quizzes) {
    const { students } = collectQuiz(book, quiz);
    for (const q of shortQuestions(quiz)) {
      const works = students.flatMap((s) => {
        const r = s.responses[q.id];
        return r?.type === 'short' ? [{ studentNo: s.studentNo, name: s.name, text: r.text }] : [];
      });
      groups.push({ kind: 'short', item: quiz.item, part: q.id, title: `${quiz.title} · ${q.prompt}`, compared: works.length, pairs: similarPairs(works, [q.prompt, q.reference, ...q.checklist]) });
    }
  }
  for (const form of catalog.forms) groups.push(formGroup(book, form));
  return groups.filter((g) => g.pairs.length > 0);
}

function formGroup(book: ClassBook, entry: AnalysisForm): SimilarGroup {
  const works = collectForm(book, entry).students.map((s) => ({ studentNo: s.studentNo, name: s.name, text: formText(entry.form, s.values) }));
  return { kind: 'form', item: entry.item, part: entry.id, title: entry.title, compared: works.length, pairs: similarPairs(works, formTemplate(entry.form)) };
}
