import { selfHydratingIslandsDone } from '../e2e/islands.ts';
import type { Json, PageScript, Tab } from './tab.ts';

/** `T` without the values a wait goes on polling for. */
type Truthy<T> = Exclude<T, false | '' | 0 | null | undefined>;

/**
 * Polls `script` in the page until it returns a truthy value, and returns that value. Fails after
 * `ms` with `what` and the script's last answer, so a report says which step of which page stalled.
 */
export async function waitFor<A extends Json[], R>(tab: Tab, what: string, script: PageScript<A, R>, ...args: A): Promise<Truthy<Awaited<R>>> {
  const ms = 20_000;
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      last = await tab.run(script, ...args);
      if (last) return last as Truthy<Awaited<R>>;
    } catch (error) {
      // A navigation in progress destroys the script's context; the next poll runs in the new page.
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > until) throw new Error(`waited ${ms / 1000} s for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * Finds the first element matching `css` whose accessible name is `name` (its aria-label, its label's
 * text or its own text, trimmed), tags it and returns a CSS selector for it: the driver can then click
 * or type into it as a user would. Waits until it exists.
 */
export const named = (tab: Tab, css: string, name: string) =>
  waitFor(tab, `${css} named “${name}”`, (css: string, name: string) => {
    const nameOf = (el: Element) =>
      (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim();
    const el = [...document.querySelectorAll(css)].find((e) => nameOf(e) === name);
    if (!el) return '';
    const mark = el.getAttribute('data-smoke') ?? String(document.querySelectorAll('[data-smoke]').length + 1);
    el.setAttribute('data-smoke', mark);
    return `[data-smoke="${mark}"]`;
  }, css, name);

/** Waits until the first element matching `css` has text containing `text`; returns its whole text. */
export const textOf = (tab: Tab, css: string, text: string) =>
  waitFor(tab, `“${text}” in ${css}`, (css: string, text: string) => {
    const shown = document.querySelector(css)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return shown.includes(text) ? shown : '';
  }, css, text);

/** Scrolls the first element matching `css` into view (a `client:visible` island hydrates then) and waits for its `data-ready="true"`. */
export const ready = (tab: Tab, css: string) =>
  waitFor(tab, `${css} to be ready`, (css: string) => {
    const el = document.querySelector(css);
    el?.scrollIntoView({ block: 'center' });
    return el?.getAttribute('data-ready') === 'true';
  }, css);

/** Waits until every island that hydrates by itself has hydrated (tests/e2e/islands.ts). */
export const islandsReady = (tab: Tab) => waitFor(tab, 'the islands to hydrate', selfHydratingIslandsDone);

/**
 * Every saved `kefu:v1:` item of the page's origin, by key, parsed (keys in no set order: WebKitWebDriver
 * returns an object's keys in an order of its own). An import writes what its schema
 * read, so the same value may come back with its keys in another order.
 */
export const savedData = (tab: Tab) =>
  tab.run(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('kefu:v1:')).sort().map((k) => [k, JSON.parse(localStorage.getItem(k)!) as unknown])));

/** Pauses for `ms` (only where the page itself waits, e.g. a debounced save). */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
