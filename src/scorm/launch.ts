/**
 * The launch page of a module in a SCORM 1.2 package (scorm/m<N>.html, written by
 * scripts/package-scorm.ts). It holds the LMS session for the whole visit: the course's own pages
 * open inside its frame and carry no SCORM code, so the site outside an LMS is unchanged. It restores
 * the learner's saved work from cmi.suspend_data before the first page opens, then watches this
 * browser's saved items (same origin as the pages) and reports status, score, interactions, the page
 * to resume at and suspend_data. docs/lms.md describes the mapping.
 */
import { scoReport, suspendOrder, keys, type ScoConfig } from '../lib/scorm/report.ts';
import { decodeSuspend, encodeSuspend, itemsToRestore } from '../lib/scorm/suspend.ts';
import { sessionTime } from '../lib/scorm/time.ts';

interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
}

const isApi = (value: unknown): value is Scorm12Api => typeof value === 'object' && value !== null && typeof (value as Scorm12Api).LMSInitialize === 'function';

/** The LMS's API object: in this window's parents (at most 7 up), then in its opener's. */
function findApi(start: Window): Scorm12Api | undefined {
  const search = (from: Window | null): Scorm12Api | undefined => {
    let win = from;
    for (let depth = 0; win && depth <= 7; depth++) {
      try {
        const api = (win as Window & { API?: unknown }).API;
        if (isApi(api)) return api;
      } catch {
        // A frame of another origin: look further up.
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return undefined;
  };
  return search(start) ?? search(start.opener as Window | null);
}

const config = JSON.parse(document.getElementById('kefu-sco')!.textContent!) as ScoConfig;
const frame = document.getElementById('kefu-page') as HTMLIFrameElement;
const started = Date.now();
const api = findApi(window);
let live = api?.LMSInitialize('') === 'true';
const root = new URL('../', location.href);

function savedItems(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    if (key.startsWith(keys.prefix)) out[key] = localStorage.getItem(key)!;
  }
  return out;
}

function writeTimes(): Record<string, number> {
  try {
    const parsed = JSON.parse(localStorage.getItem(keys.writeTimes) ?? '{}') as Record<string, number>;
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

/** Attempts already reported as interactions; those made before this session count as reported. */
const reported = new Set<string>();
let interactionCount = 0;
let start = config.start;

if (live && api) {
  const saved = decodeSuspend(api.LMSGetValue('cmi.suspend_data'));
  if (saved) {
    const times = writeTimes();
    const restore = itemsToRestore(saved, savedItems(), times);
    try {
      for (const [key, text] of Object.entries(restore)) {
        localStorage.setItem(key, text);
        if (saved.times[key] !== undefined) times[key] = saved.times[key]!;
      }
      localStorage.setItem(keys.writeTimes, JSON.stringify(times));
    } catch {
      // Storage full or blocked: the pages say so themselves (src/components/site/StorageNotice.astro).
    }
  }
  const location = api.LMSGetValue('cmi.core.lesson_location');
  if (api.LMSGetValue('cmi.core.entry') !== 'ab-initio' && /^[\w./-]+\.html(#[\w.-]*)?$/.test(location) && !location.includes('..')) start = location;
  if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  interactionCount = Number(api.LMSGetValue('cmi.interactions._count')) || 0;
  for (const mark of scoReport(config, savedItems(), new Set()).reported) reported.add(mark);
}

let lastSnapshot = '';
let lastLocation = '';

/** Tells the LMS what changed since the last call, and commits. */
function sync(force = false): void {
  if (!live || !api) return;
  const items = savedItems();
  const snapshot = JSON.stringify(items);
  const here = currentPage();
  if (!force && snapshot === lastSnapshot && here === lastLocation) return;
  lastSnapshot = snapshot;
  const report = scoReport(config, items, reported, sessionTime(Date.now() - started));
  for (const mark of report.reported) reported.add(mark);
  for (const interaction of report.interactions) {
    const n = `cmi.interactions.${interactionCount++}.`;
    api.LMSSetValue(`${n}id`, interaction.id);
    api.LMSSetValue(`${n}type`, interaction.type);
    api.LMSSetValue(`${n}student_response`, interaction.student_response);
    api.LMSSetValue(`${n}result`, interaction.result);
    api.LMSSetValue(`${n}weighting`, interaction.weighting);
    if (interaction.latency) api.LMSSetValue(`${n}latency`, interaction.latency);
  }
  api.LMSSetValue('cmi.core.lesson_status', report.status);
  if (report.score !== undefined) {
    api.LMSSetValue('cmi.core.score.min', '0');
    api.LMSSetValue('cmi.core.score.max', '100');
    api.LMSSetValue('cmi.core.score.raw', String(report.score));
  }
  const times = writeTimes();
  api.LMSSetValue('cmi.suspend_data', encodeSuspend({ items, times }, suspendOrder(config, Object.keys(items), times)).text);
  if (here) {
    lastLocation = here;
    api.LMSSetValue('cmi.core.lesson_location', here);
  }
  api.LMSSetValue('cmi.core.session_time', sessionTime(Date.now() - started));
  // The learner may always come back (to look at answers, or to try the test again): the LMS keeps
  // suspend_data and starts the next session with entry 'resume'.
  api.LMSSetValue('cmi.core.exit', 'suspend');
  api.LMSCommit('');
}

/** The page open in the frame, relative to the package root, if it is one of the package's pages. */
function currentPage(): string | undefined {
  try {
    const url = new URL(frame.contentWindow!.location.href);
    if (!url.href.startsWith(root.href)) return undefined;
    const page = decodeURI(url.pathname.slice(root.pathname.length));
    return page.length <= 255 && page.endsWith('.html') ? page : undefined;
  } catch {
    return undefined;
  }
}

frame.addEventListener('load', () => {
  const title = frame.contentDocument?.title;
  if (title) document.title = title;
  sync();
});
frame.src = new URL(start, root).href;
const timer = setInterval(sync, 1000);
addEventListener('pagehide', () => {
  if (!live || !api) return;
  clearInterval(timer);
  sync(true);
  api.LMSFinish('');
  live = false;
});
