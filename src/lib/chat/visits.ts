import type { ChatMessage, ChatSession } from './types.ts';

/** One stay in a state: the messages from entering it until the conversation moves on. */
export interface Visit {
  /** The state. */
  state: string;
  /** Its messages, in order (customer, agent and system). */
  messages: ChatMessage[];
}

/**
 * Splits the transcript into visits: a new visit starts whenever a message belongs to a different state
 * than the one before (a state entered twice gives two visits).
 */
export function visits(session: ChatSession): Visit[] {
  const out: Visit[] = [];
  for (const message of session.messages) {
    const last = out.at(-1);
    if (last && last.state === message.state) last.messages.push(message);
    else out.push({ state: message.state, messages: [message] });
  }
  return out;
}
