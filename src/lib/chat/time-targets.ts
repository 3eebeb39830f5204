import { visits } from './visits.ts';
import { stateOf, isEndState, type ChatSession, type Scenario } from './types.ts';

/**
 * The 时效 targets of one learner: 10 s to read the customer's message, then the model reply typed at
 * the learner's own speed (the typing trainer's best, else 40 字/分). Shown during the chat and used by
 * the rubric (metrics.ts).
 */

/** Typing speed assumed when the learner has no typing-trainer result, in 字/分. */
export const DEFAULT_TYPING_SPEED = 40;

/** Seconds to read the customer's message and think, before typing. */
export const READ_SECONDS = 10;

/** What the page knows about the learner. */
export interface RubricOptions {
  /** The typing trainer's best speed, in 字/分; absent when the learner has not trained. */
  typingSpeed?: number;
}

/**
 * Characters typed for a reply, counted as the judge reads them (answer/normalise.ts keeps letters,
 * digits, currency and maths signs, and a decimal point between digits): spaces, punctuation and emoji
 * are free. A pattern rather than the normaliser keeps the judge out of the chat's first download.
 */
const typedLength = (text: string) => text.normalize('NFKC').match(/[\p{L}\p{N}\p{Sc}+×÷=%]|(?<=\d)\.(?=\d)/gu)?.length ?? 0;

/** Shop targets for 时效 for this learner: reading time plus typing the model reply at the learner's speed, in ms. */
export function timeTargets(scenario: Scenario, session: ChatSession, options: RubricOptions = {}): { firstResponseMs: number; averageResponseMs: number; speed: number; measured: boolean } {
  const measured = options.typingSpeed !== undefined && Number.isFinite(options.typingSpeed) && options.typingSpeed > 0;
  const speed = measured ? options.typingSpeed! : DEFAULT_TYPING_SPEED;
  const turnMs = (state: string) => {
    const data = stateOf(scenario, state);
    const model = data && !isEndState(data) ? data.model : '';
    return Math.round((READ_SECONDS + (typedLength(model) * 60) / speed) * 1000);
  };
  const visited = visits(session).map((v) => v.state).filter((state) => { const data = stateOf(scenario, state); return data && !isEndState(data); });
  const states = visited.length > 0 ? visited : [scenario.start];
  const firstResponseMs = turnMs(states[0]!);
  const averageResponseMs = Math.round(states.reduce((sum, state) => sum + turnMs(state), 0) / states.length);
  return { firstResponseMs, averageResponseMs, speed, measured };
}

