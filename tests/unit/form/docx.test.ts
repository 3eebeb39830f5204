import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildFormDocument, Packer } from '../../../src/lib/form/docx.ts';
import { emptyValues, withCell, withRowAdded, type FormValues } from '../../../src/lib/form/values.ts';
import { forms } from '../../../src/data/forms/index.ts';
import { xmlText } from '../../../src/lib/xml-text.ts';
import type { FormExercise } from '../../../src/schemas/form.ts';

/** Builds the Word file in Node and returns its main XML part. */
async function documentXml(form: FormExercise, values: FormValues): Promise<string> {
  const buffer = await Packer.toBuffer(buildFormDocument(form, values, { date: new Date(2026, 8, 7) }));
  const zip = await JSZip.loadAsync(buffer);
  return zip.file('word/document.xml')!.async('string');
}

/** Text of each table row, cells joined by |, read back from the XML. */
const tableRows = (xml: string) =>
  [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([row]) =>
    [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) => [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('/')).join('|'),
  );

describe('Word export', () => {
  const haier = forms['m1.form.haier-service']!;
  const typed = withCell({ ...emptyValues(), name: '林小悦', className: '电商2401' }, 'hotline', 'result', '400-699-9999');

  it('writes a real table with the Chinese title, the header line and the typed answers', async () => {
    const xml = await documentXml(haier, typed);
    expect(xml).toContain('表1-1 海尔集团售后服务');
    expect(xml).toContain('姓名：林小悦　　班级：电商2401　　日期：2026年9月7日　　课次：1.1 初识客户与电子商务客户服务');
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(tableRows(xml)).toEqual(['项目|查询结果', '海尔集团服务理念|', '咨询帮助热线|400-699-9999', '服务项目|', 'App名称|', '个人用户自助服务|']);
  });

  it('never writes reference answers into the hand-in', async () => {
    expect(await documentXml(haier, typed)).not.toContain('真诚到永远');
  });

  it('keeps line breaks, numbers rows, includes added rows and prints dates in Chinese', async () => {
    const form = forms['m1.form.knowledge-skills']!;
    const { values, rowId } = withRowAdded(form, withCell(emptyValues(), 'pair-1', 'knowledge', '商品知识\n平台规则'))!;
    const rows = tableRows(await documentXml(form, withCell(values, rowId, 'skill', '会用千牛')));
    expect(rows[0]).toBe('序号|知识|技能');
    expect(rows[1]).toBe('1|商品知识/平台规则|');
    expect(rows.at(-1)).toBe('6||会用千牛');
  });

  it.each<[string, boolean]>([
    ['m1.form.haier-service', false],
    ['m1.form.job-requirements', true],
  ])('lays %s out on A4 (landscape: %s)', async (id, landscape) => {
    const xml = await documentXml(forms[id]!, emptyValues());
    expect(xml).toMatch(landscape ? /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/ : /<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('leaves space to write by hand when 姓名 is blank', async () => {
    expect(await documentXml(haier, emptyValues())).toContain('姓名：　　　　　　班级');
  });
});

describe('characters XML forbids (a cell holding U+FFFE made a file LibreOffice could not open)', () => {
  const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

  it('are dropped from every part of the Word file, and the rest of the text is kept', async () => {
    const haier = forms['m1.form.haier-service']!;
    const values = withCell({ ...emptyValues(), name: '林\uFFFE小悦', className: '电商\u00012401' }, 'hotline', 'result', '400\uFFFF-699\u001F-9999\uD800😀');
    const zip = await JSZip.loadAsync(await Packer.toBuffer(buildFormDocument(haier, values, { date: new Date(2026, 8, 7) })));
    const parts = await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')));
    for (const xml of parts) expect(xml).not.toMatch(forbidden);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('姓名：林小悦　　班级：电商2401');
    expect(tableRows(xml)).toContain('咨询帮助热线|400-699-9999😀');
  });

  it.each([
    ['C0 controls but tab, LF, CR', 'a\u0000b\u0008c\td\ne\rf\u000bg\u001f', 'abc\td\ne\rfg'],
    ['U+FFFE and U+FFFF', '\uFFFE林\uFFFF', '林'],
    ['lone surrogates, not pairs', '\uD800a\uDC00😀\uDBFF', 'a😀'],
  ])('xmlText drops %s', (_what, text, safe) => {
    expect(xmlText(text)).toBe(safe);
  });
});
