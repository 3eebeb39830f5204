import { describe, expect, it } from 'vitest';
import { buildExport, exportFileName, exportText, localSnapshot, maxImportBytes, parseTransfer, type ItemCheck } from '../../../src/lib/transfer/index.ts';

const prefix = 'kefu:v1:';
const anything: ItemCheck = () => true;
const entries = {
  'kefu:v1:visits': '{"v":1,"data":{"1.1":{"first":1700000000000,"last":1700000500000,"count":2}}}',
  'kefu:v1:kpi': '{"v":1,"data":{"log":"张三\\n"}}',
};
const good = exportText(buildExport(localSnapshot(entries, { 'kefu:v1:kpi': 1700000900000 }), prefix, new Date('2026-11-22T08:00:00Z')).file);
const parse = (text: string, check = anything) => parseTransfer(text, new TextEncoder().encode(text).length, prefix, check);
const withFile = (change: (file: Record<string, unknown>) => unknown) => JSON.stringify(change(JSON.parse(good)));

describe('export file', () => {
  it('has a header and every item with its time, and reads back to the same stored text', () => {
    const file = JSON.parse(good);
    expect(file).toMatchObject({ app: 'kefu-course', kind: 'progress', version: 2, created: '2026-11-22T08:00:00.000Z', prefix });
    expect(file.items['kefu:v1:visits'].updatedAt).toBe(1700000500000);
    expect(file.items['kefu:v1:kpi'].updatedAt).toBe(1700000900000);
    const result = parse(good);
    expect(result.ok && Object.fromEntries(Object.entries(result.snapshot).map(([k, v]) => [k, v.text]))).toEqual(entries);
  });

  it('leaves out stored text that is not a saved value, and says so', () => {
    const { file, skipped } = buildExport({ 'kefu:v1:x': { text: '{"v":1,"data":' } }, prefix, new Date());
    expect(file.items).toEqual({});
    expect(skipped).toEqual(['kefu:v1:x']);
  });

  it('is named with the local date', () => {
    expect(exportFileName(new Date(2026, 10, 2))).toBe('客服课程学习记录-2026-11-02.json');
  });
});

describe('files of the first format', () => {
  it('a 学习记录 file written before the shared header still imports', () => {
    const { kind: _, version: __, created, ...rest } = JSON.parse(good);
    const old = JSON.stringify({ ...rest, format: 1, exportedAt: created });
    const result = parse(old);
    expect(result.ok && result.file.created).toBe('2026-11-22T08:00:00.000Z');
    expect(result.ok && Object.keys(result.snapshot).sort()).toEqual(Object.keys(entries).sort());
  });
});

describe('parseTransfer rejects, with a Chinese reason', () => {
  it.each([
    ['empty', '', 'empty', '文件是空的'],
    ['not JSON', 'hello', 'json', '不是 JSON'],
    ['truncated', good.slice(0, 60), 'truncated', '被截断'],
    ['another app', JSON.stringify({ app: 'excel', items: {} }), 'foreign', '不是本课程网站导出'],
    ['a bare array', '[]', 'foreign', '不是本课程网站导出'],
    ['a newer version', withFile((f) => ({ ...f, version: 3 })), 'version', '格式版本 3'],
    ['a version of 0', withFile((f) => ({ ...f, version: 0 })), 'version', '无法识别'],
    ['another kind of course file', withFile((f) => ({ ...f, kind: 'form' })), 'foreign', '这是本课程的表格文件，不是学习记录文件'],
    ['another storage version', withFile((f) => ({ ...f, prefix: 'kefu:v2:' })), 'prefix', 'kefu:v2:'],
    ['no items', withFile((f) => ({ ...f, items: [] })), 'shape', '结构不完整'],
    ['a bad date', withFile((f) => ({ ...f, created: 'yesterday' })), 'shape', '结构不完整'],
    ['a foreign key', withFile((f) => ({ ...f, items: { ...(f.items as object), 'x:y': { value: { v: 1, data: 1 } } } })), 'shape', '“x:y”'],
    ['a value without envelope', withFile((f) => ({ ...f, items: { 'kefu:v1:kpi': { value: { log: '' } } } })), 'shape', '不符合格式'],
    ['a text time', withFile((f) => ({ ...f, items: { 'kefu:v1:kpi': { updatedAt: 'now', value: { v: 1, data: {} } } } })), 'shape', '不符合格式'],
    ['a __proto__ key', good.replace('"items": {', '"items": {"__proto__": {"value": {"v":1,"data":{}}},'), 'shape', '不符合格式'],
  ])('%s', (_, text, reason, words) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(/^未导入任何内容：/);
      expect(result.message).toContain(words);
    }
  });

  it('an oversized file, without reading it', () => {
    const result = parseTransfer('', maxImportBytes + 1, prefix, anything);
    expect(result).toMatchObject({ ok: false, reason: 'size' });
  });

  it('an item its store would refuse', () => {
    const result = parse(good, (key) => key !== 'kefu:v1:kpi');
    expect(result).toMatchObject({ ok: false, reason: 'shape' });
    expect(!result.ok && result.message).toContain('1 项记录');
  });
});
