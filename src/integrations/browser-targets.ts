import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { fileURLToPath } from 'node:url';

// The support policy is the `browserslist` field of package.json (docs/browser-support.md); every tool
// reads it from there, never from a copy.
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every browser version the policy covers, in browserslist's names (e.g. `ios_saf 16.4`). */
export const supportedBrowsers = (): string[] => browserslist(undefined, { path: root });

/**
 * The oldest version of each supported engine as a Lightning CSS target (`build.cssTarget` in
 * astro.config.mjs). @example ['chrome87', 'edge87', 'firefox115', 'ios16.4', 'safari16.4']
 */
export const styleTargets = (): string[] => browserslistToEsbuild(undefined, { path: root });

// Below Chrome 98 the build would rewrite every class of every island (private fields into WeakMaps,
// about 2 KB gzip on the chat pages, over docs/budgets.md) only to dodge a V8 bug with static class
// fields that redefine a read-only property such as `name`; the built code has none. Syntax Chrome
// 87–97 lacks and the build then leaves alone (class static blocks, `#x in obj`, top-level await) is
// what scripts/browser-support/check.ts looks for, so the check fails if any reaches dist/.
const CHROMIUM_CLASS_FLOOR = 98;

/** The Vite/Rolldown `build.target`: the policy's engines, Chromium at least at the class floor above. */
export const scriptTargets = (): string[] =>
  styleTargets().map((t) => t.replace(/^(chrome|edge)(\d+)/, (_, engine: string, v: string) => `${engine}${Math.max(Number(v), CHROMIUM_CLASS_FLOOR)}`));
