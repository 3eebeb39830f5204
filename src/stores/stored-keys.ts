import { browserStorage, untimedStorage } from './engine.ts';
import { quarantinePrefix } from './keys.ts';

// Listing what the browser holds is only needed by export and the progress page, so island pages don't carry it.

/** Keys the browser holds; reading the list is the one thing the guarded engine cannot do. */
export function storedKeys(): string[] {
  try {
    const keys: string[] = [];
    const storage = browserStorage();
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  } catch {
    // Storage vanished: nothing was saved beyond this page's memory.
    return [];
  }
}

/** Copies of unreadable values set aside in this browser, by the key they came from (for the progress page). */
export function setAsideCopies(): { key: string; savedAs: string; text: string }[] {
  return storedKeys()
    .filter((savedAs) => savedAs.startsWith(quarantinePrefix))
    .sort()
    .map((savedAs) => ({ key: savedAs.slice(quarantinePrefix.length).replace(/:[^:]*$/, ''), savedAs, text: untimedStorage()[savedAs] ?? '' }));
}

/** Deletes one set-aside copy (the learner downloaded it or said it is not needed). */
export function forgetSetAside(savedAs: string) {
  if (savedAs.startsWith(quarantinePrefix)) delete untimedStorage()[savedAs];
}

