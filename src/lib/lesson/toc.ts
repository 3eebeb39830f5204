/**
 * The lesson page's table of contents (本课目录): the lesson text's H2 sections, each with its H3
 * parts. Pure: it reads the headings Astro reports when rendering the MDX.
 */

/** A heading as Astro reports it. */
export interface TocHeading {
  depth: number;
  /** The heading's id in the page. */
  slug: string;
  text: string;
}

/** One H2 section and the H3 parts under it. */
export interface TocEntry {
  slug: string;
  text: string;
  parts: { slug: string; text: string }[];
}

/** Groups H3 headings under the H2 before them; deeper headings and H3s before the first H2 are left out. */
export function tocEntries(headings: readonly TocHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) entries.push({ slug, text, parts: [] });
    else if (depth === 3) entries.at(-1)?.parts.push({ slug, text });
  }
  return entries;
}
