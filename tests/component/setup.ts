import { windowPersistentEvents, type PersistentEvents } from '@nanostores/persistent';
import { connectStorage } from '../../src/stores/engine.ts';

// A persistent store stops following other tabs STORE_UNMOUNT_DELAY (nanostores) after its last widget unmounts,
// by removing a listener from `window`. That timer can outlive a test file, whose simulated window is gone by then
// (an unhandled "window is not defined"). Only the test environment ever loses `window`, so the listeners are
// removed only while it is there; what the stores save and read is unchanged (src/stores/engine.ts).
const events: PersistentEvents = {
  addEventListener: (key, listener, restore) => windowPersistentEvents.addEventListener(key, listener, restore),
  removeEventListener: (key, listener, restore) => {
    if (typeof window !== 'undefined') windowPersistentEvents.removeEventListener(key, listener, restore);
  },
};
connectStorage(() => window.localStorage, events);
