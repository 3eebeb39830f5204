import * as v from 'valibot';
import { historyLimit, withAttempt, type TimingAttempt } from '../lib/voice/history.ts';
import { sectionKinds, type AspectId } from '../lib/voice/labels.ts';
import type { SelfCheckTicks } from '../lib/voice/self-check.ts';
import { defineArea } from './area.ts';

const tick = v.optional(v.boolean());
const attemptSchema = v.object({
  at: v.number(),
  method: v.picklist(['recording', 'stopwatch']),
  scope: v.picklist(['all', ...sectionKinds]),
  characters: v.pipe(v.number(), v.integer(), v.minValue(0)),
  ms: v.pipe(v.number(), v.minValue(0)),
  rate: v.pipe(v.number(), v.minValue(0)),
  band: v.picklist(['slow', 'fitting', 'fast']),
});

/** What voice practice saves for one script. */
export const scriptPracticeSchema = v.object({
  checks: v.object({ mandarin: tick, tone: tick, pace: tick, smile: tick, polite: tick }),
  attempts: v.pipe(v.array(attemptSchema), v.transform((list) => list.slice(0, historyLimit))),
});

/** Everything voice practice saves, by script ID. */
export const voiceSavedSchema = v.object({ scripts: v.record(v.string(), scriptPracticeSchema) });

/** Self-check ticks and timing history of one script. */
export interface ScriptPractice {
  checks: SelfCheckTicks;
  attempts: TimingAttempt[];
}
/** Everything voice practice saves. */
export interface VoiceSaved {
  scripts: Record<string, ScriptPractice>;
}

const empty = (): VoiceSaved => ({ scripts: {} });

/** All voice practice (self-checks and timings per script; recordings are never saved), kept in sync with other tabs. */
export const voiceArea = defineArea<VoiceSaved>({
  name: 'voice',
  label: '通话话术练习记录',
  version: 1,
  schema: voiceSavedSchema as v.GenericSchema<unknown, VoiceSaved>,
  empty,
});
export const voiceKey = voiceArea.key;
export const voiceData = voiceArea.store;

/** The saved practice of one script (blank when there is none). */
export function practiceOf(saved: VoiceSaved, scriptId: string): ScriptPractice {
  return saved.scripts[scriptId] ?? { checks: {}, attempts: [] };
}

function update(scriptId: string, change: (practice: ScriptPractice) => ScriptPractice) {
  const saved = voiceData.get();
  voiceData.set({ scripts: { ...saved.scripts, [scriptId]: change(practiceOf(saved, scriptId)) } });
}

/** Adds a timed reading to a script's history (newest first, the oldest dropped past the limit). */
export function saveAttempt(scriptId: string, attempt: TimingAttempt): void {
  update(scriptId, (p) => ({ ...p, attempts: withAttempt(p.attempts, attempt) }));
}

/** Ticks or unticks one self-check item of a script. */
export function setCheck(scriptId: string, aspect: AspectId, value: boolean): void {
  update(scriptId, (p) => ({ ...p, checks: { ...p.checks, [aspect]: value } }));
}

/** Forgets a script's self-check and history (after the learner confirmed). */
export function clearPractice(scriptId: string): void {
  const { [scriptId]: _, ...rest } = voiceData.get().scripts;
  voiceData.set({ scripts: rest });
}
