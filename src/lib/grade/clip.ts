/** Longest cell text shown in full in the grade table and the column mapping; the rest is one click away. */
export const shownCellLength = 60;

/** The first `max` characters of a cell and “…” when it is longer, so no cell can blow up a layout or a message. */
export function clip(text: string, max = shownCellLength): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
