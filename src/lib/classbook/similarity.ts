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
/** Shared runs shorter than this (normalised characters) are not highlighted. */
export const minRunLength = 4;

/** Text as compared: NFKC, lower case, without whitespace, punctuation and symbols. */
export const normalise = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

/** The character bigrams of normalised text (a one-character text is its own shingle). */
export function bigrams(normalised: string): Set<string> {
  const chars = [...normalised];
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

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

const templateBigrams = (template: readonly string[]) => new Set(template.flatMap((t) => [...bigrams(normalise(t))]));

/** Turns normalised texts into sorted bigram IDs, the template's bigrams left out. */
function shingler(template: readonly string[]) {
  const drop = templateBigrams(template);
  const ids = new Map<string, number>();
  const id = (g: string) => ids.get(g) ?? (ids.set(g, ids.size), ids.size - 1);
  return (norm: string) => Int32Array.from([...bigrams(norm)].filter((g) => !drop.has(g)).map(id)).sort();
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
  // For each normalised character, the index of the character of `text` it came from.
  const kept: number[] = [];
  const isKept = new Array<boolean>(chars.length).fill(false);
  let norm = '';
  chars.forEach((ch, i) => {
    const n = normalise(ch);
    for (const _ of n) kept.push(i);
    isKept[i] = n !== '';
    norm += n;
  });
  const normChars = [...norm];
  const otherGrams = new Set<string>();
  const o = [...normalise(other)];
  for (let i = 0; i + minRunLength <= o.length; i++) otherGrams.add(o.slice(i, i + minRunLength).join(''));
  const sharedNorm = new Array<boolean>(normChars.length).fill(false);
  for (let i = 0; i + minRunLength <= normChars.length; i++) {
    if (otherGrams.has(normChars.slice(i, i + minRunLength).join(''))) sharedNorm.fill(true, i, i + minRunLength);
  }
  const shared = new Array<boolean>(chars.length).fill(false);
  kept.forEach((c, k) => sharedNorm[k] && (shared[c] = true));
  // A dropped character between two shared ones is part of the run.
  let last = -1;
  chars.forEach((_, c) => {
    if (isKept[c]) {
      if (shared[c] && last >= 0 && shared[last]) shared.fill(true, last, c);
      last = c;
    }
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
  segmentsA: Segment[];
  segmentsB: Segment[];
}

/**
 * Every pair of works at or above `threshold`, most similar first. Pairwise: n(n−1)/2 comparisons of
 * sorted integer sets, about 20,000 for 200 students (scripts/bench/similarity.mjs).
 */
export function similarPairs(works: readonly Work[], template: readonly string[] = [], threshold = similarityThreshold): SimilarPair[] {
  const grams = shingler(template);
  const prepared = works.map((work) => ({ work, grams: grams(normalise(work.text)) })).filter((w) => w.grams.length >= minOwnBigrams);
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const s = jaccardSorted(prepared[i]!.grams, prepared[j]!.grams);
      if (s >= threshold) {
        const a = prepared[i]!.work;
        const b = prepared[j]!.work;
        pairs.push({ a, b, similarity: s, segmentsA: sharedSegments(a.text, b.text), segmentsB: sharedSegments(b.text, a.text) });
      }
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity);
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
