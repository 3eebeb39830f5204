/*
 * The layout probe, run on every built page (tests/e2e/every-page.spec.ts) at a phone (360 px), a
 * tablet (768 px) and a laptop (1280 px) width, and on every lesson in 投影模式 at 1024×768:
 *
 * - No sideways scroll: the document is never wider than the viewport.
 * - No overlapping text: the boxes of visible text elements (headings, paragraphs, list items,
 *   buttons, links, labels, table cells …) do not intersect, except an element with its own
 *   ancestors or descendants. Inline elements are measured line by line (getClientRects), boxes are
 *   clipped by scrolling/hidden ancestors, and elements inside a fixed or sticky layer are only
 *   compared with elements of the same layer (content scrolls under a fixed bar by design).
 *   Tolerance: an intersection must exceed 2 px both ways (collapsed table borders share a pixel).
 * - Tap targets on phones (360 px). Rule, one of the two WCAG 2.5.5/2.5.8 options: the SIZE rule —
 *   every visible a[href], button, input, select, textarea, summary and [role=button] has a box at
 *   least 44×44 px (0.5 px rounding allowed). A checkbox, radio or file input counts as the label
 *   that operates it when that is larger. Exempt, as WCAG 2.5.8 "inline" allows: a link or button
 *   that is laid out inline within a sentence (its block has other text), and the <Term> buttons.
 * - No split numbers or words: a number ("6000", "0.833"; "12 + 2" is two) or a Latin word of 2–16
 *   characters inside visible text never runs over two lines (a squeezed table cell would show 6000 as
 *   6 / 0 / 0 / 0). A hyphen or slash is a place to break ("2025-11-" / "07" is allowed), and a longer
 *   run (a URL) may break where it must. Measured with a Range over the run: two line tops is a split.
 */

/** Problems found on the page at the current viewport. */
export interface Findings {
  overflow: number;
  overlaps: string[];
  targets: string[];
  splits: string[];
}

/** Runs in the page: measures overflow, overlapping text and (if `taps`) small tap targets. */
export function probe(taps: boolean): Findings {
  const tolerance = 2;
  type Box = { left: number; top: number; right: number; bottom: number };
  const describe = (el: Element) => {
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el as HTMLElement).innerText?.trim().replace(/\s+/g, ' ').slice(0, 24) ?? '';
    return `${el.tagName.toLowerCase()}${cls}「${text}」`;
  };
  const visible = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  // Clip rectangle from every ancestor that hides or scrolls its overflow.
  const clipOf = (el: Element): Box => {
    let clip: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    for (let node = el.parentElement; node && node !== document.documentElement && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const r = node.getBoundingClientRect();
        clip = { left: Math.max(clip.left, r.left), top: Math.max(clip.top, r.top), right: Math.min(clip.right, r.right), bottom: Math.min(clip.bottom, r.bottom) };
      }
    }
    return clip;
  };
  const layerOf = (el: Element): Element | null => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const position = getComputedStyle(node).position;
      if (position === 'fixed' || position === 'sticky') return node;
    }
    return null;
  };

  const doc = document.documentElement;
  const overflow = doc.scrollWidth - doc.clientWidth;

  // Overlapping text.
  const textSelector = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, label, legend, summary, button, a, blockquote';
  const items: { el: Element; box: Box; layer: Element | null }[] = [];
  for (const el of document.querySelectorAll(textSelector)) {
    if (!visible(el) || !(el as HTMLElement).innerText?.trim()) continue;
    const clip = clipOf(el);
    const layer = layerOf(el);
    for (const r of el.getClientRects()) {
      const box = { left: Math.max(r.left, clip.left), top: Math.max(r.top, clip.top), right: Math.min(r.right, clip.right), bottom: Math.min(r.bottom, clip.bottom) };
      if (box.right - box.left > tolerance && box.bottom - box.top > tolerance) items.push({ el, box, layer });
    }
  }
  items.sort((a, b) => a.box.top - b.box.top);
  const overlaps = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const a = items[i];
    for (let j = i + 1; j < items.length && items[j].box.top < a.box.bottom - tolerance; j++) {
      const b = items[j];
      if (a.el === b.el || a.layer !== b.layer || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > tolerance && y > tolerance) overlaps.add(`${describe(a.el)} × ${describe(b.el)}`);
    }
  }

  // Tap targets.
  const targets: string[] = [];
  if (taps) {
    const blockOf = (el: Element) => {
      let node = el.parentElement;
      while (node && ['inline', 'contents'].includes(getComputedStyle(node).display)) node = node.parentElement;
      return node;
    };
    const inSentence = (el: HTMLElement) => {
      if (el.matches('.term')) return true;
      if (getComputedStyle(el).display !== 'inline') return false;
      const own = el.innerText.replace(/\s+/g, '');
      const block = blockOf(el) as HTMLElement | null;
      return !!block && block.innerText.replace(/\s+/g, '').length > own.length;
    };
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const boxes = [el.getBoundingClientRect()];
      if (el instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(el.type)) {
        for (const label of el.labels ?? []) if (visible(label)) boxes.push(label.getBoundingClientRect());
      }
      if (!visible(el) && boxes.length === 1) continue;
      const r = boxes.reduce((best, b) => (b.width * b.height > best.width * best.height ? b : best));
      // Off-screen on purpose (the skip link before it is focused) or clipped away entirely.
      if (r.bottom + scrollY <= 0 || r.right + scrollX <= 0) continue;
      const clip = clipOf(el);
      if (boxes.length === 1 && (Math.min(r.right, clip.right) - Math.max(r.left, clip.left) <= 1 || Math.min(r.bottom, clip.bottom) - Math.max(r.top, clip.top) <= 1)) continue;
      if (inSentence(el)) continue;
      if (r.width < 43.5 || r.height < 43.5) targets.push(`${describe(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
  }
  // Numbers and Latin words split over two lines.
  const splits = new Set<string>();
  const run = /[0-9A-Za-z][0-9A-Za-z.,:%]*[0-9A-Za-z%]/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent ?? '';
    if (!parent || !/[0-9A-Za-z]{2}/.test(text) || parent.closest('script, style, pre, code, textarea, svg, [hidden]') || !visible(parent)) continue;
    for (const m of text.matchAll(run)) {
      if (m[0].length > 16) continue;
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) splits.add(`${describe(parent)}：${m[0]}`);
    }
  }
  return { overflow, overlaps: [...overlaps], targets, splits: [...splits] };
}
