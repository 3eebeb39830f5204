import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { afterAll } from 'vitest';

// A persistent store stops following other tabs STORE_UNMOUNT_DELAY after its last widget unmounts, by
// removing a listener from `window`. Keep the simulated window until then, so that cleanup does not
// run after the file's DOM is gone (an unhandled "window is not defined").
afterAll(() => new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 50)));
