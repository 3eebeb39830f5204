import type { LocalItem, Snapshot } from './format.ts';
import { laterOf } from './times.ts';

/** What an import would do with each key of the file. */
export interface ImportPlan {
  /** Keys this browser does not have yet: they will be added. */
  added: string[];
  /** Keys that will change: the file's copy is newer, or it holds items this browser lacks (they are merged in). */
  updated: string[];
  /** Keys whose copy in this browser is newer (or the age cannot be told) and holds everything the file's does: it stays. */
  kept: string[];
  /** Keys with the same content on both sides. */
  same: string[];
  /** Keys no part of the site reads: never written. */
  skipped: string[];
  /** What to write for added and updated keys: the text and the time it carries. */
  writes: Snapshot;
}

/**
 * Combines the two copies of one key: the text to keep, or `undefined` when the site does not know
 * the key. `incomingNewer` says whether the file's copy changed last.
 */
export type Combine = (key: string, local: string | undefined, incoming: string, incomingNewer: boolean) => string | undefined;

/**
 * Whether the file's copy changed after the local one: only when the file's time is known and
 * strictly later. Without a time on the file's side, or on a tie, the local copy counts as newer.
 */
export function fileWins(local: LocalItem, incoming: LocalItem): boolean {
  if (incoming.updatedAt === undefined) return false;
  return local.updatedAt === undefined || incoming.updatedAt > local.updatedAt;
}

/**
 * Sorts every key of the file into added / updated / kept / same / skipped, and works out what to
 * write. Without `combine`, the newer copy wins whole. Nothing is ever removed.
 */
export function planImport(local: Snapshot, incoming: Snapshot, combine?: Combine): ImportPlan {
  const plan: ImportPlan = { added: [], updated: [], kept: [], same: [], skipped: [], writes: Object.create(null) as Snapshot };
  for (const key of Object.keys(incoming).sort()) {
    const mine = Object.hasOwn(local, key) ? local[key] : undefined;
    const theirs = incoming[key]!;
    const newer = mine ? fileWins(mine, theirs) : true;
    const text = combine ? combine(key, mine?.text, theirs.text, newer) : newer ? theirs.text : mine!.text;
    if (text === undefined) plan.skipped.push(key);
    else if (!mine) {
      plan.added.push(key);
      plan.writes[key] = theirs.updatedAt === undefined ? { text } : { text, updatedAt: theirs.updatedAt };
    } else if (mine.text === theirs.text) plan.same.push(key);
    else if (text === mine.text) plan.kept.push(key);
    else {
      plan.updated.push(key);
      const updatedAt = laterOf(mine.updatedAt, theirs.updatedAt);
      plan.writes[key] = updatedAt === undefined ? { text } : { text, updatedAt };
    }
  }
  return plan;
}

/** The state after importing: local items, with the plan's writes. Nothing is removed. */
export const merge = (local: Snapshot, incoming: Snapshot, combine?: Combine): Snapshot => ({ ...local, ...planImport(local, incoming, combine).writes });

/** Whether an import would change anything. */
export const changesAnything = (plan: ImportPlan) => plan.added.length + plan.updated.length > 0;
