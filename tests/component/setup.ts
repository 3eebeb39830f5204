import { windowPersistentEvents, type PersistentEvents } from '@nanostores/persistent';
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { afterAll } from 'vitest';
import { connectStorage } from '../../src/stores/engine.ts';

// A persistent store stops following other tabs STORE_UNMOUNT_DELAY after its last widget unmounts, by
// removing a listener from `window`. Keep the simulated window until then, so that cleanup does not
// run after the file's DOM is gone (an unhandled "window is not defined").
afterAll(() => new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 50)));

// A widget's late work (the judge arriving, an effect settling) can unmount a store during that wait, and its
// timer then outlives the file on a loaded machine. Only the test environment ever loses `window`, so the
// listeners are removed only while it is there; what the stores save and read is unchanged (src/stores/engine.ts).
const events: PersistentEvents = {
  addEventListener: (key, listener, restore) => windowPersistentEvents.addEventListener(key, listener, restore),
  removeEventListener: (key, listener, restore) => {
    if (typeof window !== 'undefined') windowPersistentEvents.removeEventListener(key, listener, restore);
  },
};
connectStorage(() => window.localStorage, events);
