import { persistentAtom } from '@nanostores/persistent';
import * as v from 'valibot';
import { checkWith, createCodec } from '../lib/storage-codec.ts';
import { historyLimit, withAttempt, type TimingAttempt } from '../lib/voice/history.ts';
import { sectionKinds, type AspectId } from '../lib/voice/labels.ts';
import type { SelfCheckTicks } from '../lib/voice/self-check.ts';
import { quarantine, storagePrefix } from './engine.ts';

/** Storage key of all voice practice: self-checks and timings per script. Recordings are never saved. */
export const voiceKey = `${storagePrefix}voice`;

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

/** Codec of the saved value (`{"v":1,"data":VoiceSaved}`). */
export const voiceCodec = createCodec<VoiceSaved>({ version: 1, schema: checkWith(voiceSavedSchema) });

const empty = (): VoiceSaved => ({ scripts: {} });

/** All saved voice practice, kept in sync with other tabs; unreadable data is set aside and reported. */
export const voiceData = persistentAtom<VoiceSaved>(voiceKey, empty(), {
  encode: voiceCodec.encode,
  decode(raw) {
    const result = voiceCodec.decode(raw);
    if (result.ok) return result.value;
    quarantine(voiceKey, raw, result.reason);
    return empty();
  },
});

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
