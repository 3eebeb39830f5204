/**
 * What the chat page loads when a conversation starts: the judge (reply.ts) and the facts check
 * (detectors/facts.ts). One lazily loaded chunk keeps them out of the chat's first download; the first
 * reply waits for it if it has not arrived yet (mock-chat.svelte.ts).
 */
export { replyTo } from './reply.ts';
export { unknownFact } from './detectors/facts.ts';
