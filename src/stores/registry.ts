import type { WritableAtom } from 'nanostores';
import type { Area } from './area.ts';
import { chatArea, chatReportsArea, quickPhrasesArea } from './chat.ts';
import { formArea, identityArea } from './forms.ts';
import { freightArea } from './freight.ts';
import { gradeRosterArea, gradeSettingsArea } from './grades.ts';
import { kpiArea } from './kpi.ts';
import { learnerArea } from './learner.ts';
import { pickerArea } from './picker.ts';
import { planTeacherArea } from './plan.ts';
import { visitsArea } from './progress.ts';
import { quizArea } from './quiz.ts';
import { typingArea } from './typing.ts';
import { voiceArea } from './voice.ts';
import { storagePrefix } from './keys.ts';
import { mergeLearner, mergePhrases, mergeQuiz, mergeReports, mergeTyping, mergeVisits, mergeVoice } from './merges.ts';

/**
 * Every area the site saves, with how two copies merge on import (src/stores/merges.ts; without a
 * rule the newer copy wins whole). Export, import, its checks and labels, and the notices read this
 * list; a new area is added here. It imports every store, so only the progress page and the notice load it.
 */
// Each area keeps its own value type; the list only needs what all of them share.
export const areas: readonly Area<any>[] = [
  { ...visitsArea, merge: mergeVisits },
  { ...quizArea, merge: mergeQuiz },
  formArea,
  identityArea,
  chatArea,
  { ...chatReportsArea, merge: mergeReports },
  { ...quickPhrasesArea, merge: mergePhrases },
  { ...typingArea, merge: mergeTyping },
  { ...voiceArea, merge: mergeVoice },
  { ...learnerArea, merge: mergeLearner },
  gradeSettingsArea,
  gradeRosterArea,
  kpiArea,
  freightArea,
  pickerArea,
  planTeacherArea,
];

const byName = new Map(areas.map((area) => [area.name, area]));
/** Exercise IDs an item area accepts (quiz, form and scenario IDs are all of this shape). */
const itemId = /^[\w.-]{1,80}$/;

/** A saved key and what reads it. */
export interface Located {
  key: string;
  area: Area<unknown>;
  /** The exercise, for an item area. */
  id?: string;
}

/** The area a storage key belongs to, or `undefined` for keys no part of the site reads (never looked up on the prototype). */
export function locate(key: string): Located | undefined {
  if (!key.startsWith(storagePrefix)) return undefined;
  const name = key.slice(storagePrefix.length);
  const single = byName.get(name);
  if (single && !single.perItem) return { key, area: single };
  const at = name.indexOf(':');
  const area = at > 0 ? byName.get(name.slice(0, at)) : undefined;
  const id = name.slice(at + 1);
  return area?.perItem && itemId.test(id) ? { key, area, id } : undefined;
}

/** The store that holds a located key. */
export const storeOf = ({ area, id }: Located): WritableAtom<unknown> => (area.perItem ? area.store(id!) : area.store);

/**
 * What the learner calls a saved key; `titles` maps exercise IDs to their titles.
 * @example describeKey('kefu:v1:quiz:lesson-1-1', { 'lesson-1-1': '1.1 课堂小测' }) === '小测：1.1 课堂小测'
 */
export function describeKey(key: string, titles: Record<string, string> = {}): string {
  const found = locate(key);
  if (!found) return `其他记录（${key.startsWith(storagePrefix) ? key.slice(storagePrefix.length) : key}）`;
  if (found.id === undefined) return found.area.label;
  return `${found.area.label}：${Object.hasOwn(titles, found.id) ? titles[found.id] : found.id}`;
}
