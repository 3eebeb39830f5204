import type { Correctness, EvaluateEnv } from '../answer/index.ts';
import type { EndState, Outcome, Scenario, TalkState } from '../../schemas/scenario.ts';

export type { EndState, Outcome, Scenario, TalkState };

/** Any state of a scenario. */
export type ScenarioState = TalkState | EndState;

/** Whether a state ends the conversation. */
/** A state of the scenario by ID, looked up as an own entry only (a saved or imported ID like "constructor" finds nothing). */
export const stateOf = (scenario: Pick<Scenario, 'states'>, id: string): Scenario['states'][string] | undefined => (Object.hasOwn(scenario.states, id) ? scenario.states[id] : undefined);

export function isEndState(state: ScenarioState): state is EndState {
  return 'end' in state;
}

/** Which guard caught a reply: a 禁用语, an attempt to take the deal or the contact off the platform, or a promise nobody can keep. */
export type GuardKind = 'forbidden' | 'off-platform' | 'over-promise';

/** A stretch of an agent's reply to highlight; indices are in the raw text the agent typed. */
export interface ChatMatch {
  /** Start index in the raw message text. */
  start: number;
  /** End index (exclusive) in the raw message text. */
  end: number;
  /** The keyword as the rule set (or the guard) wrote it. */
  term: string;
}

/**
 * Which detector decided a verdict: one of the guards, the facts check (an amount not in the scenario),
 * the sentence-form check (关键词堆砌), a group
 * whose rules judge meaning (speech acts, negation scope), a group of keyword rules, or no group at all.
 */
export type DecidedBy = GuardKind | 'facts' | 'sentence-form' | 'meaning' | 'keywords' | 'fallback';

/** Chinese names of the detectors, for reports. */
export const DECIDED_BY_LABELS: Record<DecidedBy, string> = {
  forbidden: '禁用语检查',
  'off-platform': '站外交易检查',
  'over-promise': '过度承诺检查',
  facts: '资料核对',
  'sentence-form': '句子完整性检查',
  meaning: '语义规则（言语行为、否定范围）',
  keywords: '要点关键词规则',
  fallback: '未命中任何要点',
};

/** A teacher's change to a verdict, kept beside the program's verdict. */
export interface VerdictOverride {
  /** Points the teacher gives. */
  points: number;
  /** Why, in the teacher's words (required). */
  reason: string;
  /** When, in ms. */
  at: number;
}

/** How one agent reply was judged. */
export interface ChatVerdict {
  /** The answer group the reply landed in; `guard-forbidden` / `guard-off-platform` for guard hits. */
  groupId: string;
  /** How right the reply is. */
  correctness: Correctness;
  /** Points the group gives (0 for guard hits). */
  points: number;
  /** What the student is told about this reply. */
  feedback: string;
  /** The misconception the reply shows, if its group names one. */
  misconception?: string;
  /** Phrases that decided the verdict, for highlighting. */
  matches: ChatMatch[];
  /** Set when a guard caught the reply before the rule set was consulted. */
  guard?: GuardKind;
  /** Which detector decided (absent in conversations saved before it was recorded). */
  decidedBy?: DecidedBy;
  /** A teacher's verdict, which counts instead of `points` in the report; the program's stays. */
  override?: VerdictOverride;
}

/** One chat bubble. */
export interface ChatMessage {
  /** Who sent it; 'system' is used for hints. */
  from: 'customer' | 'agent' | 'system';
  /** The text as typed (never HTML). */
  text: string;
  /** When it appeared, in ms (same clock as the `now` passed to the engine). */
  at: number;
  /** State the message belongs to. */
  state: string;
  /** Agent replies only: how the reply was judged. */
  verdict?: ChatVerdict;
}

/** A mock-chat session; a plain JSON-safe value, so it can be saved to progress as it is. */
export interface ChatSession {
  /** The scenario being played. */
  scenarioId: string;
  /** Current state ID. */
  state: string;
  /** Customer's mood, −2 (angry) … 2 (delighted). */
  mood: number;
  /** Every bubble, in order. */
  messages: ChatMessage[];
  /** Non-correct replies since entering the current state (drives the hints). */
  wrongInState: number;
  /** When the session started, in ms. */
  startedAt: number;
  /** Set once an end state is entered. */
  ended?: { outcome: Outcome; at: number };
  /** 'solo': the scripted customer; 'paired': a classmate types as the customer on the same screen. */
  mode: 'solo' | 'paired';
}

/** What the facts check (detectors/facts.ts) found in a reply: the words, where, and the feedback. */
export interface UnknownFact {
  term: string;
  start: number;
  end: number;
  feedback: string;
  misconception: string;
}

/**
 * What the page passes in: the Traditional → Simplified converter (answer/to-simplified.ts) and the
 * facts check (detectors/facts.ts `unknownFact`), each once loaded. Both are loaded on demand in the
 * browser, so they stay out of the chat's first download; Node callers pass `factsEnv`.
 */
export type ChatEnv = EvaluateEnv & { facts?: (scenario: Scenario, text: string) => UnknownFact | undefined };
