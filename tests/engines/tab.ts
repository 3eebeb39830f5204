import type { Page } from 'puppeteer-core';
import type { Client } from 'webdriver';

/** What can go to and come back from a page script: JSON. */
export type Json = string | number | boolean | object | null | undefined;

/** A script the tab runs in the page: a self-contained function (no closures over test code). */
export type PageScript<A extends Json[], R> = (...args: A) => R;

/**
 * The one browser tab a smoke flow drives, whichever engine and protocol is behind it. Elements are
 * named by CSS; clicks, typing and keys go through the driver as real input, everything else is read
 * in the page.
 */
export interface Tab {
  /** Opens a path under the site's base, e.g. 'lessons/1-1/'. */
  goto(path: string): Promise<void>;
  /** Reloads the page and waits for it to load. */
  reload(): Promise<void>;
  /** The page's uncaught errors and unhandled rejections since the last call (in WebKit, see `recordErrors`). */
  errors(): Promise<string[]>;
  /** Runs `script` in the page with JSON-able arguments and returns its (awaited) JSON-able result. */
  run<A extends Json[], R>(script: PageScript<A, R>, ...args: A): Promise<Awaited<R>>;
  /** Clicks the first element matching `css` (scrolled into view first). */
  click(css: string): Promise<void>;
  /** Types `text` into the first element matching `css`, as keys. */
  type(css: string, text: string): Promise<void>;
  /** Presses one key on whatever has focus: a character or 'Enter', 'Escape', 'ArrowRight'. */
  press(key: NamedKey | string): Promise<void>;
  /** Chooses the file at `path` in the file input matching `css`. */
  upload(css: string, path: string): Promise<void>;
  /** Ends the browser session. */
  close(): Promise<void>;
}

/**
 * Keeps the page's uncaught errors and unhandled rejections in `window.smokeErrors`, for WebKit.
 * Classic WebDriver can neither listen to the page's errors nor run a script before the page's own,
 * so this runs after each load: it sees what islands do when they hydrate and when they are used, not
 * the first run of a module that loaded before. (puppeteer hears every error of the page itself.)
 */
const recordErrors = () => {
  const errors: string[] = [];
  Object.assign(window, { smokeErrors: errors });
  addEventListener('error', (event) => errors.push(`${event.message} (${event.filename}:${event.lineno})`));
  addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
};

/** Keys the flows press by name. */
export type NamedKey = 'Enter' | 'Escape' | 'ArrowRight';

/** A Tab over puppeteer-core (Chromium over CDP, Firefox over WebDriver BiDi). */
export function puppeteerTab(page: Page, base: string, close: () => Promise<void>): Tab {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  return {
    goto: async (path) => void (await page.goto(base + path, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    errors: async () => errors.splice(0),
    run: (script, ...args) => page.evaluate(script as never, ...(args as Json[] as never[])) as never,
    click: (css) => page.click(css),
    type: (css, text) => page.type(css, text),
    press: (key) => page.keyboard.press(key as never),
    upload: async (css, path) => {
      const input = await page.$(css);
      if (!input) throw new Error(`no file input ${css}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    close,
  };
}

// W3C WebDriver key codes (https://w3c.github.io/webdriver/#keyboard-actions).
const webdriverKeys: Record<NamedKey, string> = { Enter: '\uE007', Escape: '\uE00C', ArrowRight: '\uE014' };

/** A Tab over a classic W3C WebDriver session (WebKitGTK's WebKitWebDriver). */
export function webdriverTab(client: Client, base: string, close: () => Promise<void>): Tab {
  const element = async (css: string) => {
    const found = (await client.findElement('css selector', css)) as Record<string, string>;
    const id = Object.values(found)[0];
    if (typeof id !== 'string' || 'error' in found) throw new Error(`no element ${css}: ${JSON.stringify(found)}`);
    return id;
  };
  return {
    goto: async (path) => {
      await client.navigateTo(base + path);
      await client.executeScript(`(${recordErrors.toString()})()`, []);
    },
    reload: async () => {
      await client.refresh();
      await client.executeScript(`(${recordErrors.toString()})()`, []);
    },
    errors: () => client.executeScript('return (window.smokeErrors || []).splice(0)', []) as Promise<string[]>,
    run: (script, ...args) => client.executeScript(`return (${script.toString()}).apply(null, arguments)`, args) as never,
    click: async (css) => void (await client.elementClick(await element(css))),
    type: async (css, text) => void (await client.elementSendKeys(await element(css), text)),
    press: async (key) => {
      const value = webdriverKeys[key as NamedKey] ?? key;
      await client.performActions([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }]);
      await client.releaseActions();
    },
    upload: async (css, path) => void (await client.elementSendKeys(await element(css), path)),
    close,
  };
}
