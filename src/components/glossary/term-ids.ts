const counters = new Map<string, number>();

/** A popover ID unique within one page, stable from build to build. @example nextTermId('/lessons/1-2/') === 'term-pop-1' */
export function nextTermId(page: string): string {
  const n = (counters.get(page) ?? 0) + 1;
  counters.set(page, n);
  return `term-pop-${n}`;
}
