import { countSpoken } from './characters.ts';
import { sectionLabels, type SectionKind, type SpeakerRole } from './labels.ts';

/** The parts of a call script that timing needs (a validated CallScript fits). */
export interface ScriptText {
  sections: readonly { kind: SectionKind; lines: readonly { role: SpeakerRole; text: string }[] }[];
}

/** What the learner reads in one timing: the whole script or one section. */
export type ReadingScope = 'all' | SectionKind;

/** The agent's lines in a scope, in order. */
export function agentLines(script: ScriptText, scope: ReadingScope = 'all'): string[] {
  return script.sections
    .filter((section) => scope === 'all' || section.kind === scope)
    .flatMap((section) => section.lines.filter((line) => line.role === 'agent').map((line) => line.text));
}

/** Spoken characters of the agent's lines in a scope: the numerator of the speaking rate. */
export function agentCharacters(script: ScriptText, scope: ReadingScope = 'all'): number {
  return agentLines(script, scope).reduce((sum, text) => sum + countSpoken(text), 0);
}

/** A reading scope the learner can choose, with its label and length. */
export interface ScopeOption {
  scope: ReadingScope;
  label: string;
  characters: number;
}

/** The scopes of a script: the whole call first, then each section that has agent lines. */
export function scopeOptions(script: ScriptText): ScopeOption[] {
  const sections = script.sections
    .map((section) => ({ scope: section.kind, label: sectionLabels[section.kind], characters: agentCharacters(script, section.kind) }))
    .filter((option) => option.characters > 0);
  return [{ scope: 'all', label: '全部客服台词', characters: agentCharacters(script) }, ...sections];
}

/** Chinese name of a scope. */
export const scopeLabel = (scope: ReadingScope): string => (scope === 'all' ? '全部' : sectionLabels[scope]);
