import { beforeAll, expect, test } from 'vitest';
import { allowed } from '../../scripts/browser-support/allowed.ts';
import { builtSources, checkMarkup, checkSources, unlisted, type Finding } from '../../scripts/browser-support/check.ts';
import { builtSite } from './built-site.ts';

/*
 * The browser support policy (package.json `browserslist`, docs/browser-support.md) over what the built
 * site sends: every script file and inline script, every stylesheet and inline style, every page's
 * markup. A feature some supported browser lacks must have a fallback listed in
 * scripts/browser-support/allowed.ts.
 */
let found: Finding[] = [];
beforeAll(async () => {
  const pages = builtSite();
  found = [...(await checkSources(builtSources('dist', pages))), ...pages.flatMap((p) => checkMarkup(p.html, p.url))];
}, 180_000);

test('every feature a supported browser lacks has a fallback in the allow-list', () => {
  expect(unlisted(found).map((f) => `${f.where}: ${f.message}`)).toEqual([]);
});

test('every allow-list entry is for a feature the built site still uses', () => {
  const used = new Set(found.map((f) => f.feature));
  expect(allowed.filter((a) => !used.has(a.feature)).map((a) => a.feature)).toEqual([]);
});
