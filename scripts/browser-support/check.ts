// The browser support check (docs/browser-support.md): lints built JavaScript and CSS against the support
// policy, the `browserslist` field of package.json, with browser support data (MDN's through
// eslint-plugin-compat, caniuse's through doiuse). tests/built-site/browser-support.test.ts runs it over
// dist/ (`npm run test:browsers` after a build). Markup is checked against MDN's html data directly.
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import DoIUse from 'doiuse/lib/DoIUse.js';
import { ESLint, type Linter } from 'eslint';
import compat from 'eslint-plugin-compat';
import esX from 'eslint-plugin-es-x';
import { Parser } from 'htmlparser2';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { supportedBrowsers } from '../../src/integrations/browser-targets.ts';
import { allowed } from './allowed.ts';

/** One use of a feature that some supported browser lacks. */
export interface Finding {
  /** The feature, e.g. `Array.prototype.at` or `css-has` (caniuse's name). */
  feature: string;
  /** The file (or page and `<style>`) it was found in. */
  where: string;
  /** The linter's own words, naming the browsers that lack it. */
  message: string;
}

type Support = { version_added: string | boolean | null; flags?: unknown[]; prefix?: string; alternative_name?: string; partial_implementation?: boolean };
type Compat = { __compat?: { support: Record<string, Support | Support[]> } };

// ECMAScript built-ins and syntax that eslint-plugin-compat does not see (instance methods, syntax the
// build leaves alone), each with its place in MDN's data; an es-x rule is on when some supported browser
// lacks its feature. Syntax the build lowers (optional chaining, class fields …) needs no rule here.
const esFeatures: Record<string, [feature: string, mdn: string]> = {
  'no-array-prototype-at': ['Array.prototype.at', 'javascript.builtins.Array.at'],
  'no-string-prototype-at': ['String.prototype.at', 'javascript.builtins.String.at'],
  'no-array-prototype-findlast-findlastindex': ['Array.prototype.findLast', 'javascript.builtins.Array.findLast'],
  'no-array-prototype-tosorted': ['Array.prototype.toSorted', 'javascript.builtins.Array.toSorted'],
  'no-array-prototype-toreversed': ['Array.prototype.toReversed', 'javascript.builtins.Array.toReversed'],
  'no-array-prototype-tospliced': ['Array.prototype.toSpliced', 'javascript.builtins.Array.toSpliced'],
  'no-array-prototype-with': ['Array.prototype.with', 'javascript.builtins.Array.with'],
  'no-string-prototype-replaceall': ['String.prototype.replaceAll', 'javascript.builtins.String.replaceAll'],
  'no-string-prototype-iswellformed-towellformed': ['String.prototype.isWellFormed', 'javascript.builtins.String.isWellFormed'],
  'no-object-map-groupby': ['Object.groupBy', 'javascript.builtins.Object.groupBy'],
  'no-promise-withresolvers': ['Promise.withResolvers', 'javascript.builtins.Promise.withResolvers'],
  'no-array-fromasync': ['Array.fromAsync', 'javascript.builtins.Array.fromAsync'],
  'no-set-prototype-union': ['Set.prototype.union', 'javascript.builtins.Set.union'],
  'no-class-static-block': ['class static block', 'javascript.classes.static.initialization_blocks'],
  'no-private-in': ['#field in object', 'javascript.classes.private_class_fields_in'],
  'no-top-level-await': ['top-level await', 'javascript.operators.await.top_level'],
  'no-regexp-d-flag': ['RegExp d flag', 'javascript.builtins.RegExp.hasIndices'],
  'no-regexp-v-flag': ['RegExp v flag', 'javascript.builtins.RegExp.unicodeSets'],
  // The build turns a regular expression literal the target lacks into `new RegExp("…")`, which parses
  // everywhere and throws when it runs; es-x reads both forms.
  'no-regexp-lookbehind-assertions': ['RegExp lookbehind', 'javascript.regular_expressions.lookbehind_assertion'],
};

// browserslist's browser names → MDN's.
const mdnBrowser: Record<string, string> = { chrome: 'chrome', and_chr: 'chrome_android', edge: 'edge', firefox: 'firefox', safari: 'safari', ios_saf: 'safari_ios' };

const versionNumber = (v: string) => v.split('.').map(Number).reduce((n, part, i) => n + part / 1000 ** i, 0);

let policy: string[] | undefined;
const policyBrowsers = () => (policy ??= supportedBrowsers());
const lackingCache = new Map<string, string[]>();

/** The supported browsers (`name version`) that lack the feature at `mdnPath` in MDN's data. */
export function lacking(mdnPath: string, browsers = policyBrowsers()): string[] {
  const key = `${mdnPath} ${browsers.join()}`;
  if (!lackingCache.has(key)) lackingCache.set(key, lackingIn(mdnPath, browsers));
  return lackingCache.get(key)!;
}

/** `chrome 87, chrome 88, safari 15` → `chrome 87–88, safari 15`. */
const versionRanges = (browsers: string[]) => {
  const byName = Map.groupBy(browsers, (b) => b.split(' ')[0]!);
  return [...byName].map(([name, all]) => {
    const versions = all.map((b) => b.split(' ')[1]!.split('-')[0]!).sort((a, b) => versionNumber(a) - versionNumber(b));
    return versions.length > 1 ? `${name} ${versions[0]}–${versions.at(-1)}` : `${name} ${versions[0]}`;
  }).join(', ');
};

function lackingIn(mdnPath: string, browsers: string[]): string[] {
  const node = mdnNode(mdnPath);
  if (!node?.__compat) throw new Error(`browser support: MDN's data has no ${mdnPath}`);
  const support = node.__compat.support;
  return browsers.filter((entry) => {
    const [name, range] = entry.split(' ') as [string, string];
    const statements = [support[mdnBrowser[name] ?? name] ?? []].flat();
    const oldest = versionNumber(range.split('-')[0]!);
    return !statements.some((s) => !s.flags && !s.prefix && !s.alternative_name && typeof s.version_added === 'string' && !s.version_added.startsWith('preview') && versionNumber(s.version_added.replace('≤', '')) <= oldest);
  });
}

let linter: ESLint | undefined;
function scriptLinter(): ESLint {
  const browsers = policyBrowsers();
  const esRules = Object.fromEntries(Object.entries(esFeatures).filter(([, [, mdn]]) => lacking(mdn, browsers).length > 0).map(([rule]) => [`es-x/${rule}`, 'error'] as const));
  const config: Linter.Config = {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    // es-x's aggressive mode reports `x.at()` whatever x is: built code has no types to tell.
    settings: { browsers, 'es-x': { aggressive: true } },
    plugins: { compat, 'es-x': esX },
    rules: { 'compat/compat': 'error', ...esRules },
  };
  linter ??= new ESLint({ overrideConfigFile: true, overrideConfig: [config], allowInlineConfig: false });
  return linter;
}

/** What some supported browser lacks in one script (a module or a classic script). */
export async function checkScript(code: string, where: string): Promise<Finding[]> {
  const [result] = await scriptLinter().lintText(code, { filePath: 'script.js' });
  return result!.messages.map((m) => {
    if (m.fatal) return { feature: 'syntax', where: `${where}:${m.line}`, message: m.message };
    const es = esFeatures[m.ruleId?.replace(/^es-x\//, '') ?? ''];
    if (es) return { feature: es[0], where: `${where}:${m.line}`, message: `${es[0]} is not supported in ${versionRanges(lacking(es[1]))}` };
    return { feature: m.message.replace(/\(\)|\s+is not supported in.*$/g, ''), where: `${where}:${m.line}`, message: m.message };
  });
}

/** What some supported browser lacks in one stylesheet (caniuse's features; partial support is not reported). */
export async function checkStyle(css: string, where: string): Promise<Finding[]> {
  const found: Finding[] = [];
  const doiuse = new DoIUse({
    browsers: policyBrowsers(),
    onFeatureUsage: ({ feature, featureData, usage, message }) => {
      if (!featureData?.missing) return;
      found.push({ feature, where: `${where}:${usage.source?.start?.line ?? 0}`, message: message.replace(/^[^:]*:\d+:\d+:\s*/, '') });
    },
  });
  await postcss([doiuse.postcss]).process(css, { from: undefined });
  return found;
}

const mdnNode = (mdnPath: string): Compat | undefined => mdnPath.split('.').reduce<Compat | undefined>((n, key) => (n as Record<string, Compat> | undefined)?.[key], bcd as unknown as Compat);

/**
 * What some supported browser lacks in one page's markup: elements, and attributes (global or the
 * element's own) by MDN's data. Names MDN does not list (custom elements, data-*, aria-*) are skipped.
 */
export function checkMarkup(html: string, where: string): Finding[] {
  const found = new Map<string, Finding>();
  const report = (feature: string, mdnPath: string) => {
    if (found.has(feature) || !mdnNode(mdnPath)?.__compat) return;
    const missing = lacking(mdnPath);
    if (missing.length) found.set(feature, { feature, where, message: `${feature} is not supported in ${versionRanges(missing)}` });
  };
  const parser = new Parser({
    onopentag(name, attrs) {
      report(`<${name}>`, `html.elements.${name}`);
      for (const attr of Object.keys(attrs)) {
        if (mdnNode(`html.elements.${name}.${attr}`)?.__compat) report(`<${name} ${attr}>`, `html.elements.${name}.${attr}`);
        else report(`${attr} attribute`, `html.global_attributes.${attr}`);
      }
    },
  });
  parser.end(html);
  return [...found.values()];
}

/** Where a script or stylesheet of the built site comes from, and its text. */
export type Sources = Map<string, string>;

/**
 * Every script and stylesheet the built site in `dist` gives a browser: the files under `_astro/`, and
 * each distinct inline `<script>` and `<style>` of `pages` (named after the first page that has it).
 * JSON data blocks are left out, and so is Pagefind's bundle, which only the search page loads and
 * which comes ready-built from its package.
 */
export function builtSources(dist: string, pages: { url: string; html: string }[]): { scripts: Sources; styles: Sources } {
  const scripts: Sources = new Map();
  const styles: Sources = new Map();
  const seen = new Set<string>();
  const add = (into: Sources, where: string, text: string) => {
    if (!text.trim() || seen.has(text)) return;
    seen.add(text);
    into.set(where, text);
  };
  for (const file of readdirSync(path.join(dist, '_astro')).sort()) {
    if (file.endsWith('.js')) add(scripts, `_astro/${file}`, readFileSync(path.join(dist, '_astro', file), 'utf8'));
    if (file.endsWith('.css')) add(styles, `_astro/${file}`, readFileSync(path.join(dist, '_astro', file), 'utf8'));
  }
  for (const { url, html } of pages) {
    let n = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) if (!/\bsrc=|type="application\/(ld\+)?json"/.test(m[1]!)) add(scripts, `${url} <script> ${++n}`, m[2]!);
    n = 0;
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) add(styles, `${url} <style> ${++n}`, m[1]!);
  }
  return { scripts, styles };
}

/** Runs the check over every script and stylesheet of `sources`. */
export async function checkSources({ scripts, styles }: { scripts: Sources; styles: Sources }): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const [where, code] of scripts) found.push(...(await checkScript(code, where)));
  for (const [where, css] of styles) found.push(...(await checkStyle(css, where)));
  return found;
}

/** Findings whose feature has no entry in scripts/browser-support/allowed.ts: what makes the check fail. */
export const unlisted = (found: Finding[]): Finding[] => found.filter((f) => !allowed.some((a) => a.feature === f.feature));
