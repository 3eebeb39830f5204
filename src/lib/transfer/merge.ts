import type { LocalItem, Snapshot } from './format.ts';

/** What an import would do with each key of the file. */
export interface ImportPlan {
  /** Keys this browser does not have yet: they will be added. */
  added: string[];
  /** Keys whose copy in the file is newer: the browser's copy will be replaced. */
  updated: string[];
  /** Keys whose copy in this browser is newer (or the age cannot be told): the browser's copy stays. */
  kept: string[];
  /** Keys with the same content on both sides. */
  same: string[];
}

/**
 * Whether the file's copy should replace the local one: only when the file's copy is known to be
 * strictly newer. Without a time on the file's side, or on a tie, the local copy stays.
 */
export function fileWins(local: LocalItem, incoming: LocalItem): boolean {
  if (incoming.updatedAt === undefined) return false;
  return local.updatedAt === undefined || incoming.updatedAt > local.updatedAt;
}

/** Sorts every key of the file into added / updated / kept / same. */
export function planImport(local: Snapshot, incoming: Snapshot): ImportPlan {
  const plan: ImportPlan = { added: [], updated: [], kept: [], same: [] };
  for (const key of Object.keys(incoming).sort()) {
    const mine = local[key];
    const theirs = incoming[key]!;
    if (!mine) plan.added.push(key);
    else if (mine.text === theirs.text) plan.same.push(key);
    else if (fileWins(mine, theirs)) plan.updated.push(key);
    else plan.kept.push(key);
  }
  return plan;
}

/** The items to write for a plan: added and updated keys with the file's text and time. */
export function writesOf(plan: ImportPlan, incoming: Snapshot): Snapshot {
  return Object.fromEntries([...plan.added, ...plan.updated].map((key) => [key, incoming[key]!]));
}

/** The state after importing: local items, overwritten or added by the plan's writes. Nothing is removed. */
export function merge(local: Snapshot, incoming: Snapshot): Snapshot {
  return { ...local, ...writesOf(planImport(local, incoming), incoming) };
}

/** Whether an import would change anything. */
export const changesAnything = (plan: ImportPlan) => plan.added.length + plan.updated.length > 0;
