import { toHtml } from './text.ts';

/**
 * Moodle's embedded answers (Cloze, qtype multianswer): a fill-in's blanks become `{w:SHORTANSWER:=a~=b}`
 * subquestions in the question's HTML text. Moodle splits the alternatives at `~`, `#` and `}` that do not
 * follow `\`, `&` or `&amp;`, then HTML-decodes each answer; so every character that means something
 * there (`{ } ~ # = \ &`, and `< > "` for HTML) is written as a numeric entity, and `*`, which Moodle's
 * short answer reads as a wildcard, as `\*`. See docs/lms.md.
 */

const numeric = (c: string) => `&#${c.codePointAt(0)};`;

/** One accepted answer as it goes inside a subquestion. */
export function clozeAnswer(answer: string): string {
  return answer
    // After decoding, Moodle turns `\}` and `\#` into `}` and `#`; a doubled backslash survives that as one.
    .replace(/\\(?=[}#])/g, '\\\\')
    .replace(/[&<>"{}~#=\\%]/g, numeric)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/\*/g, '\\*');
}

/** A blank as a short-answer subquestion worth `weight` marks; every accepted answer is fully right. */
export function clozeBlank(accept: readonly string[], weight: number): string {
  return `{${weight}:SHORTANSWER:${accept.map((a) => `=${clozeAnswer(a)}`).join('~')}}`;
}

/** Text around the blanks: HTML, with braces as entities so no text can open a subquestion. */
export function clozeText(text: string): string {
  return toHtml(text).replace(/[{}]/g, numeric);
}
