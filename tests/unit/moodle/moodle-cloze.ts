import { decodeEntities } from '../../../src/lib/moodle/text.ts';

/**
 * Moodle's Cloze parser, ported for the tests from moodle/moodle question/type/multianswer/questiontype.php
 * (ANSWER_REGEX, ANSWER_ALTERNATIVE_REGEX and qtype_multianswer_extract_question): what Moodle would
 * store for each short-answer subquestion of a question text. html_entity_decode is stood in for by
 * decodeEntities, which covers the entities export.ts writes.
 */

const fraction = '=|%(-?[0-9]+(?:[.,][0-9]*)?)%';
const answer = '.+?(?<!\\\\|&|&amp;)(?=[~#}]|$)';
const feedback = '.*?(?<!\\\\)(?=[~}]|$)';
const alternative = `(${fraction})?(${answer})(#(${feedback}))?`;
const types = 'NUMERICAL|NM|MULTICHOICE|MC|MULTICHOICE_V|MCV|MULTICHOICE_H|MCH|SHORTANSWER|SA|MW|SHORTANSWER_C|SAC|MWC|MULTICHOICE_S|MCS|MULTICHOICE_VS|MCVS|MULTICHOICE_HS|MCHS|MULTIRESPONSE|MR|MULTIRESPONSE_H|MRH|MULTIRESPONSE_S|MRS|MULTIRESPONSE_HS|MRHS';
const subquestion = new RegExp(`\\{([0-9]*):(${types}):(${alternative}(~${alternative})*)\\}`, 's');

/** One subquestion as Moodle stores it. */
export interface MoodleSub {
  weight: number;
  type: string;
  answers: { text: string; fraction: number; feedback: string }[];
}

/** The subquestions Moodle extracts from a Cloze question text, and the text with `{#n}` in their places. */
export function extractCloze(text: string): { subs: MoodleSub[]; text: string } {
  const subs: MoodleSub[] = [];
  let rest = text;
  for (let key = 1, m = subquestion.exec(rest); m; key++, m = subquestion.exec(rest)) {
    const answers: MoodleSub['answers'] = [];
    let remaining = m[3]!;
    const alt = new RegExp(`~?${alternative}`, 's');
    for (let a = alt.exec(remaining); a; a = alt.exec(remaining)) {
      const value = a[1] === '=' ? 1 : a[2] ? Number(a[2].replace(',', '.')) / 100 : 0;
      const unescape = (s: string) => decodeEntities(s).replace(/\\\}/g, '}').replace(/\\#/g, '#');
      answers.push({ text: unescape(a[3]!), fraction: value, feedback: a[5] === undefined ? '' : unescape(a[5]) });
      remaining = remaining.split(a[0]).slice(1).join(a[0]);
      if (remaining === '') break;
    }
    subs.push({ weight: m[1] === '' ? 1 : Number(m[1]), type: m[2]!, answers });
    rest = rest.replace(m[0], `{#${key}}`);
  }
  return { subs, text: rest };
}

/** Moodle's short-answer match of a response against one answer (qtype_shortanswer compare_string_with_wildcard, case-insensitive): `*` is a wildcard, `\*` an asterisk. */
export function shortAnswerMatches(response: string, pattern: string): boolean {
  const bits = pattern.split(/(?<!\\)\*+/).map((bit) => bit.replace(/\\\*/g, '*').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${bits.join('.*')}$`, 'isu').test(response.trim());
}
