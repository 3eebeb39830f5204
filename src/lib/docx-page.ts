/** Page and text settings every Word file of the site shares (教案, papers and form hand-ins). */
import { TextRun } from 'docx';
import { xmlText } from './xml-text.ts';

/** Portrait A4 in twips. */
export const a4 = { width: 11906, height: 16838 };
/** 2 cm on every side, in twips. */
export const margin = 1134;
export const pageMargin = { top: margin, bottom: margin, left: margin, right: margin };
/** Room between a table cell's border and its text, in twips. */
export const cellMargin = { top: 60, bottom: 60, left: 100, right: 100 };

// Word and WPS in Chinese schools have 宋体; Latin text and digits use Times New Roman.
const font = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };

/** Author and default text (宋体 五号, Chinese) of a new Document; spread into its options. */
export const documentBase = {
  creator: '电子商务客户服务 · 互动课程',
  styles: { default: { document: { run: { font, size: 21, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } } },
};

/** A run of text whose characters XML forbids are dropped: every text of a Word file goes through here. */
export function run(options: string | (ConstructorParameters<typeof TextRun>[0] & object)): TextRun {
  if (typeof options === 'string') return new TextRun(xmlText(options));
  const { text, children } = options as { text?: unknown; children?: unknown[] };
  return new TextRun({
    ...options,
    ...(typeof text === 'string' && { text: xmlText(text) }),
    ...(children && { children: children.map((c) => (typeof c === 'string' ? xmlText(c) : c)) as never }),
  });
}
