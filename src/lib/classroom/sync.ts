/**
 * Messages between the projector window and the presenter view of one lesson (a BroadcastChannel per
 * lesson, see docs/slides.md). Pure: parsing checks every message, since any page of the site could
 * post on the channel.
 */

/** What one window tells the other. */
export type SlideMessage =
  /** Show slide `index` (0-based). */
  | { kind: 'go'; index: number }
  /** The projector's screen is blanked or back. */
  | { kind: 'blank'; on: boolean }
  /** The segment timer changed (started, paused, moved on); `state` is checked by the timer (parseTimer). */
  | { kind: 'timer'; state: unknown }
  /** A window just opened: whoever is there answers with where it stands. */
  | { kind: 'hello' };

/** The channel name for a lesson, e.g. 'kefu:slides:1.2'. */
export const channelName = (lesson: string) => `kefu:slides:${lesson}`;

/** The message in `data`, or `null` when it is not one (or names a slide the deck lacks). */
export function readMessage(data: unknown, count: number): SlideMessage | null {
  if (!data || typeof data !== 'object') return null;
  const { kind, index, on, state } = data as Record<string, unknown>;
  if (kind === 'hello') return { kind };
  if (kind === 'timer' && state && typeof state === 'object') return { kind, state };
  if (kind === 'blank' && typeof on === 'boolean') return { kind, on };
  if (kind === 'go' && Number.isInteger(index) && (index as number) >= 0 && (index as number) < count) return { kind, index: index as number };
  return null;
}

/** Whether an address asks for the presenter view (`?presenter`). */
export const isPresenterUrl = (search: string) => new URLSearchParams(search).has('presenter');

/** The presenter view's address for a page: the same page with `?presenter`, at the same slide. */
export function presenterUrl(location: { pathname: string; hash: string }): string {
  return `${location.pathname}?presenter${location.hash}`;
}
