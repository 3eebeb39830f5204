/** A piece of a search excerpt: plain text, or a matched term to highlight. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => entities[e] ?? e);

/**
 * Splits Pagefind's excerpt (escaped text with `<mark>` around matches) into parts, so the view can
 * render text nodes and never needs `{@html}`.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const piece of excerpt.split(/(<mark>[\s\S]*?<\/mark>)/)) {
    if (piece === '') continue;
    const match = piece.startsWith('<mark>') && piece.endsWith('</mark>');
    const text = decode((match ? piece.slice(6, -7) : piece).replace(/<[^>]*>/g, ''));
    const last = parts.at(-1);
    // Chinese terms come back split into several adjacent marks (询|单|转化|率): show them as one.
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  }
  // The excerpt is a window cut from the page: drop the punctuation it may start with (，、。).
  const first = parts[0];
  if (first && !first.match) {
    first.text = first.text.replace(leadingPunctuation, '');
    if (first.text === '') parts.shift();
  }
  return parts;
}

const leadingPunctuation = /^[\s，、。；：！？,.;:!?）)」』”’]+/;

/** Lower-cased text with white space removed, for phrase comparison. */
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** Whether a hit contains the whole query as typed (Pagefind also returns partial, per-word matches). */
export function containsPhrase(hit: { title: string; excerpt: readonly ExcerptPart[] }, query: string): boolean {
  const phrase = squash(query);
  return phrase !== '' && squash(hit.title + hit.excerpt.map((p) => p.text).join('')).includes(phrase);
}

/** Puts hits that contain the whole query first, keeping Pagefind's order otherwise. */
export function rankByPhrase<T extends { title: string; excerpt: readonly ExcerptPart[] }>(hits: readonly T[], query: string): T[] {
  const exact = hits.filter((h) => containsPhrase(h, query));
  return [...exact, ...hits.filter((h) => !exact.includes(h))];
}

/** The status line for a finished search. */
export function searchStatus(query: string, total: number, exact: number): string {
  if (total === 0) return `没有找到与“${query}”相关的内容，换个词试试，例如“客单价”或“首问负责制”。`;
  if (exact === 0) return `没有找到完全包含“${query}”的内容，下面是 ${total} 条部分匹配的结果。`;
  return `找到 ${total} 条结果`;
}

/** The filter object Pagefind expects, or none when "all modules" is chosen. */
export function moduleFilter(module: string): Record<string, string> | undefined {
  return module ? { 模块: module } : undefined;
}

/** Module filter values in course order (Pagefind returns them unordered). */
export function sortModuleNames(names: readonly string[]): string[] {
  const order = (name: string) => {
    const n = /^模块(\d+)/.exec(name);
    return n ? Number(n[1]) : 99;
  };
  return [...names].sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'zh-CN'));
}

/** A glossary term as the search page knows it: every name it goes by and the lesson that teaches it. */
export interface SearchTerm {
  term: string;
  names: readonly string[];
  definition: string;
  /** Label of the teaching lesson, e.g. “8.1 客户档案与客户关系管理”. */
  lesson: string;
  /** URL of the teaching lesson. */
  url: string;
}

/**
 * The glossary term a query asks about: one whose name is the whole query, else the longest name the
 * query contains (“偏远地区运费” → 偏远地区). Names shorter than two characters never match.
 */
export function matchTerm<T extends { names: readonly string[] }>(query: string, terms: readonly T[]): T | undefined {
  const phrase = squash(query);
  if (phrase.length < 2) return undefined;
  const named = (t: T) => t.names.map(squash);
  const exact = terms.find((t) => named(t).includes(phrase));
  if (exact) return exact;
  let best: { term: T; length: number } | undefined;
  for (const term of terms) {
    for (const name of named(term)) {
      if (name.length >= 2 && phrase.includes(name) && name.length > (best?.length ?? 0)) best = { term, length: name.length };
    }
  }
  return best?.term;
}

/** Moves the hit at `url` (the lesson that teaches the searched term) to the top. */
export function promote<T extends { url: string }>(hits: readonly T[], url: string | undefined): T[] {
  const top = url === undefined ? undefined : hits.find((h) => h.url === url);
  return top ? [top, ...hits.filter((h) => h !== top)] : [...hits];
}
