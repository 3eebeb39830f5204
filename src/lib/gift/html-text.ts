/** Named entities Moodle's editors commonly write; numeric ones are decoded generally. */
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…', mdash: '—', middot: '·' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return named[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

/** Drops `<script>` and `<style>` elements; an unclosed one runs to the end, as in a browser. Linear time. */
function dropScripts(html: string): string {
  const open = /<(script|style)\b/gi;
  let out = '';
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    out += html.slice(from, m.index);
    const close = new RegExp(`</${m[1]}\\s*>`, 'gi');
    close.lastIndex = open.lastIndex;
    if (!close.exec(html)) return out;
    from = open.lastIndex = close.lastIndex;
  }
  return out + html.slice(from);
}

/** Plain text of an HTML fragment: tags dropped, block ends and `<br>` as line breaks, entities decoded. No DOM needed. */
export function htmlToText(html: string): string {
  // `[^<>]` keeps every pattern linear on unclosed `<` (a plain `[^>]*` rescans to the end each time).
  const text = dropScripts(html)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr|table|ul|ol|blockquote)\s*>/gi, '\n')
    .replace(/<[a-z/!][^<>]*>/gi, '');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Whether an HTML fragment holds something plain text loses (images, media, tables, formulas). */
export function hasRichContent(html: string): boolean {
  return /<(img|video|audio|iframe|object|table|math|svg)\b/i.test(html);
}
