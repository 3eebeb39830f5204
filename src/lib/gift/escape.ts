/**
 * GIFT escaping, as Moodle's `qformat_gift` does it (question/format/gift/format.php):
 * `\\ \: \# \= \{ \} \~` stand for the literal character and `\n` for a line break;
 * any other backslash is kept as it is.
 */

/** Text formats a GIFT text may declare with a `[format]` prefix. */
export type GiftFormat = 'moodle' | 'html' | 'plain' | 'markdown';

/** A `[format]` prefix at the start of a (trimmed) text. */
export const formatPrefix = /^\[(moodle|html|plain|markdown)\]/;

/** A `%weight%` prefix, exactly the pattern Moodle accepts (`%-50%`, `%33.33333%`, `%100%`). */
export const weightPrefix = /^%-*[0-9]{1,2}\.?[0-9]*%/;

/** Escapes text for GIFT: reserved characters get a backslash, line breaks become `\n` (Moodle's `repchar`). */
export function escapeGift(text: string): string {
  return text.replace(/\r/g, '').replace(/[\\#=~{}:]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

// While parsing, escaped characters stand in as private-use code points so that searches for
// `{`, `=`, `~`, `#`… only ever find the unescaped ones (Moodle uses `&&058;`-style placeholders).
// U+E000–U+E006 already in the source would read as those characters; no GIFT writer emits them.
const escapable = [':', '#', '=', '{', '}', '~'] as const;
const newlinePlaceholder = String.fromCharCode(0xe000 + escapable.length);
const placeholderOf = new Map<string, string>(escapable.map((c, i) => [c, String.fromCharCode(0xe000 + i)]));
const placeholders = new RegExp(`[\\ue000-\\ue00${escapable.length}]`, 'g');

/** Replaces the escapes of one source line with placeholders (undo with {@link unprotect}). */
export function protect(line: string): string {
  return line.replace(/\\(.)/g, (whole, next: string) => {
    if (next === '\\') return '\\';
    if (next === 'n') return newlinePlaceholder;
    return placeholderOf.get(next) ?? whole;
  });
}

/** Turns placeholders back into the characters they stand for. */
export function unprotect(text: string): string {
  return text.replace(placeholders, (p) => {
    const i = p.charCodeAt(0) - 0xe000;
    return i < escapable.length ? escapable[i]! : '\n';
  });
}
