/**
 * What the chat page loads when a conversation starts: the judge (reply.ts) and the facts check
 * (detectors/facts.ts). One lazily loaded chunk keeps them out of the chat's first download; the first
 * reply waits for it if it has not arrived yet (mock-chat.svelte.ts).
 */
import { unknownFact } from './detectors/facts.ts';
import { startSession } from './engine.ts';
import { replyTo } from './reply.ts';
import type { Scenario } from './types.ts';

export { replyTo, unknownFact };

/**
 * Runs the judge once on a scenario and throws the result away: the first reply judged in a scenario compiles the
 * checks' patterns and reads the scenario's own texts (about 0.1 s in Chromium on the project machine, 0.5 s with
 * the CPU slowed to a phone's; docs/design.md), so the chat does this while the page is idle, not after 发送.
 */
export function warmUp(scenario: Scenario): void {
  unknownFact(scenario, '');
  replyTo(scenario, startSession(scenario, 0, 'solo'), '您好，请问有什么可以帮您？', 0, { facts: unknownFact });
}
