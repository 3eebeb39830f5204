/**
 * How a 简答题 travels in GIFT: Moodle's essay (`{}`) has only a general feedback, so the reference
 * answer, the checklist and the explanation share it under three headings, one per line.
 */

const headings = { reference: '【参考答案】', checklist: '【评分要点】', explanation: '【解析】' } as const;
type Section = keyof typeof headings;

// Used when an essay from elsewhere gives too few points to tick; honest about being generic.
const genericChecklist = ['答出参考答案中的主要观点', '表述清楚、用语规范'];
const bullet = /^[-•·]\s*/;
// Outside a 【评分要点】 section a bullet needs a space after it, so “-5% 的差价” stays text.
const spacedBullet = /^[-•·]\s+\S/;

/** The parts of a short question that go into the essay's general feedback. */
export interface ShortParts {
  reference: string;
  checklist: string[];
  explanation: string;
}

/** What {@link readShortFeedback} found, and where the checklist came from. */
export interface ReadShort {
  reference: string;
  checklist: string[];
  /** Absent when the feedback has no 【解析】 section. */
  explanation?: string;
  /** `marked`: bullet lines or a 【评分要点】 section; `sentences`: split from the reference; `generic`: placeholders. */
  checklistFrom: 'marked' | 'sentences' | 'generic';
}

/** Writes the general feedback of an exported short question. */
export function writeShortFeedback(q: ShortParts): string {
  return [
    headings.reference,
    q.reference,
    headings.checklist,
    ...q.checklist.map((item) => `- ${item}`),
    headings.explanation,
    q.explanation,
  ].join('\n');
}

/** Items of a checklist section: bullet lines start items, other lines continue the previous one. */
function checklistItems(lines: string[]): string[] {
  const hasBullets = lines.some((l) => bullet.test(l.trim()));
  const items: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (!hasBullets || bullet.test(line) || items.length === 0) items.push(line.replace(bullet, ''));
    else items[items.length - 1] += `\n${line}`;
  }
  return items.map((i) => i.trim()).filter((i) => i.length >= 2);
}

/** Splits a reference answer into its sentences, the fallback checklist for essays without one. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])|\n/)
    .map((s) => s.trim().replace(/^[-•·]\s+/, ''))
    .filter((s) => s.length >= 2);
}

function withFallback(reference: string, marked: string[], explanation?: string): ReadShort {
  const base = explanation === undefined ? {} : { explanation };
  if (marked.length >= 2) return { reference, checklist: marked, checklistFrom: 'marked', ...base };
  const split = sentences(reference);
  if (split.length >= 2) return { reference, checklist: split, checklistFrom: 'sentences', ...base };
  return { reference, checklist: [...genericChecklist], checklistFrom: 'generic', ...base };
}

/** Reads an essay's general feedback: our three headings if present, else bullet lines (`- `) as the checklist. */
export function readShortFeedback(text: string): ReadShort {
  const lines = text.split('\n');
  const headingOf = (line: string) => (Object.keys(headings) as Section[]).find((s) => line.trim() === headings[s]);
  if (lines.some((l) => headingOf(l) === 'reference')) {
    const sections: Partial<Record<Section, string[]>> = {};
    let current: string[] | undefined;
    for (const line of lines) {
      const section = headingOf(line);
      if (section) current = sections[section] = [];
      else current?.push(line);
    }
    const reference = (sections.reference ?? []).join('\n').trim();
    const explanation = sections.explanation?.join('\n').trim();
    return withFallback(reference, checklistItems(sections.checklist ?? []), explanation || undefined);
  }
  const marked = lines.filter((l) => spacedBullet.test(l.trim()));
  if (marked.length < 2) return withFallback(text.trim(), []);
  const rest = lines.filter((l) => !marked.includes(l)).join('\n').trim();
  return withFallback(rest || text.trim(), checklistItems(marked));
}
