// The benchmark's one table: each figure beside its target, PASS / FAIL.

/** Bytes as KB (1 KB = 1,024 bytes) with one decimal. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Milliseconds as “812 ms” or “48.3 s”. */
export const duration = (ms) => (ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text) {
  let width = 0;
  for (const ch of String(text)) {
    const c = ch.codePointAt(0);
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text, width) => `${text}${' '.repeat(Math.max(0, width - displayWidth(text)))}`;

/**
 * One result row.
 * @typedef {{ section: string, item: string, value: string, target: string, status: 'PASS' | 'FAIL' | 'INFO' }} Row
 */

/** A row whose status follows `ok` (PASS / FAIL), or INFO when there is no target (`ok` undefined). */
export const row = (section, item, value, target, ok) => ({ section, item, value, target: target ?? '—', status: ok === undefined ? 'INFO' : ok ? 'PASS' : 'FAIL' });

/** A FAIL row for a step that could not run, with the reason. */
export const failed = (section, item, error, target = '—') => row(section, item, `未能测量：${error?.message ?? error}`, target, false);

/** Formats rows as a plain-text table grouped by section. */
export function formatTable(rows) {
  const head = { section: '部分', item: '项目', value: '测得', target: '目标', status: '结果' };
  const cols = ['section', 'item', 'value', 'target', 'status'];
  const widths = Object.fromEntries(cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => displayWidth(r[c])))]));
  const line = (r) => cols.map((c) => pad(r[c], widths[c])).join(' │ ').trimEnd();
  const rule = cols.map((c) => '─'.repeat(widths[c])).join('─┼─');
  const out = [line(head), rule];
  let section;
  for (const r of rows) {
    out.push(line({ ...r, section: r.section === section ? '' : r.section }));
    section = r.section;
  }
  return out.join('\n');
}
