import { xmlText } from '../xml-text.ts';

/**
 * Text of a question as Moodle XML carries it: HTML (format="html") inside a CDATA section. Our texts
 * are plain, so `& < > "` become entities and line breaks `<br>`; {@link fromHtml} undoes exactly that.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text as HTML: reserved characters as entities, line breaks as `<br>`. */
export function toHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => entities[c]!).replace(/\r\n?|\n/g, '<br>');
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities of HTML text: the named ones above and every numeric one. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

/** HTML written by {@link toHtml} (or by Moodle's editor) back to plain text: `<br>` and `</p><p>` as line breaks, other tags dropped. */
export function fromHtml(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text);
}

/** A CDATA section holding `text`; a `]]>` inside is split across two sections, characters XML forbids are dropped. */
export function cdata(text: string): string {
  const clean = xmlText(text);
  return clean === '' ? '' : `<![CDATA[${clean.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Text for an XML element or attribute without CDATA: `& < > "` escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return xmlText(text).replace(/[&<>"]/g, (c) => entities[c]!);
}
