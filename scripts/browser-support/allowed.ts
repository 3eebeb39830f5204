// Features of the built site that some browser of the support policy lacks, kept on purpose: each names
// what a learner on such a browser gets instead (docs/browser-support.md). tests/built-site/
// browser-support.test.ts fails on a finding that is not listed here, and on an entry nothing needs.

/** One feature kept although some supported browsers lack it. */
export interface Allowed {
  /** The check's name for it: a `Finding`'s `feature` (scripts/browser-support/check.ts). */
  feature: string;
  /** What browsers without it get instead, and the file that provides it. */
  fallback: string;
}

const polyfilled = 'added where missing by src/scripts/es-polyfills.ts (inline in every page before any island; imported first by each worker)';

/** Every feature the check reports in the built site, with its fallback. */
export const allowed: readonly Allowed[] = [
  // Scripts
  { feature: 'Array.prototype.at', fallback: polyfilled },
  { feature: 'String.prototype.at', fallback: `${polyfilled}; the check cannot tell an array's at() from a string's in built code, so both are added` },
  { feature: 'Array.prototype.findLast', fallback: polyfilled },
  { feature: 'Array.prototype.toSorted', fallback: polyfilled },
  { feature: 'Object.hasOwn', fallback: polyfilled },
  {
    feature: 'Intl.Segmenter',
    fallback: 'the mock-chat judge splits words with fallbackSegmenter (src/lib/chat/detectors/sentence-form.ts) when Intl.Segmenter is missing; tests/unit/chat/detectors.test.ts judges with it',
  },
  {
    feature: 'structuredClone',
    fallback: "only in Svelte's $state.snapshot, for Date values; the site snapshots only form values (src/components/exercises/form-table/form-table.svelte.ts), which are text, so Chrome 87–97 never reaches it",
  },
  {
    feature: 'navigator.connection',
    fallback: "read only to hold back background downloads on Save-Data or a metered connection (src/lib/sw/precache.ts isFrugal); where the browser does not tell (Safari), the worker acts as on an unmetered connection: it keeps the pages visited and, after an update, refreshes only the packs the learner chose to download; 离线下载 itself starts only when the learner asks",
  },
  {
    feature: 'requestIdleCallback',
    fallback: 'only to warm the mock-chat judge up before the first reply (src/components/exercises/mock-chat/mock-chat.svelte.ts warm); where it is missing (Safari) a 0.5 s timer runs the same warm-up, and the reply is judged the same either way',
  },
  {
    feature: 'BarcodeDetector',
    fallback: 'the class page reads QR codes with jsQR where the browser has no BarcodeDetector (src/components/classbook/qr.ts)',
  },
  // Markup
  {
    feature: 'popover attribute',
    fallback: 'glossary terms open, close (second click, Esc, click outside) and move focus through src/components/glossary/popover-fallback.ts; tests/e2e/browser-fallbacks.spec.ts removes popover support and checks it',
  },
  { feature: '<button popovertarget>', fallback: 'the same: popover-fallback.ts reads popovertarget itself' },
  {
    feature: 'autocapitalize attribute',
    fallback: 'a hint for on-screen keyboards; desktop Safari has none to give it to, and typing works the same',
  },
  // Styles
  {
    feature: 'css-has',
    fallback:
      'print-only rules: the grade sheet (PrintSheet.svelte) still prints alone through its visibility rules, possibly followed by blank pages; the mock chat score sheet (MockChat.svelte) prints with the page when open instead of only by its own button',
  },
  { feature: 'css-not-sel-list', fallback: 'the same PrintSheet.svelte print rule as css-has (Chrome 87 drops it; the visibility rules still apply)' },
  {
    feature: 'css-container-queries',
    fallback:
      'Chrome/Edge 87–104 ignore the @container rules: the narrow arrangements (chat transcript in one column, form rows as cards, call-script lines stacked) come from @supports not (container-type) + @media rules on the screen width beside each max-width container rule (Transcript.svelte, FormTable.svelte, ScriptView.svelte); the min-width rules (mock chat, voice practice and diagrams side by side on wide screens) are left out, so those browsers keep the one-column layout, which works at every width',
  },
  { feature: 'text-size-adjust', fallback: 'only stops phones enlarging text on rotation; global.css also sets the -webkit- form Safari reads, and Firefox does not enlarge text' },
  { feature: 'css3-cursors', fallback: 'touch screens show no pointer; nothing depends on the cursor shape' },
  { feature: 'css-resize', fallback: 'text boxes on iPhones keep their set height and scroll; typing is not limited' },
  { feature: 'css-paged-media', fallback: '@page sets A4 margins; Safari prints with its own margins instead' },
  { feature: 'css-color-adjust', fallback: 'print-color-adjust asks to print backgrounds; without it, coloured backgrounds print white and the text stays' },
  { feature: 'extended-system-fonts', fallback: 'every font-family with ui-monospace goes on to monospace' },
];
