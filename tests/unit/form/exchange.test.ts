import { describe, expect, it } from 'vitest';
import { exportFileName, exportFormJson, importSizeProblem, maxImportBytes, readFormImport } from '../../../src/lib/form/exchange.ts';
import { safeFileName } from '../../../src/lib/file-name.ts';
import { emptyValues, withCell, withRowAdded, type FormValues } from '../../../src/lib/form/values.ts';
import { growable, sample } from './fixtures.ts';

const filled: FormValues = {
  name: '林小悦',
  className: '电商2401',
  cells: { philosophy: { result: '真诚到永远\n第二行' }, hotline: { count: '12', boss: '客服主管' } },
  added: [],
};
const at = new Date('2026-09-07T08:30:00.000Z');
const exported = (values = filled) => JSON.parse(exportFormJson(sample, values, at)) as Record<string, unknown>;
const text = (data: unknown) => JSON.stringify(data);

describe('JSON export', () => {
  it('writes the documented format', () => {
    expect(exportFormJson(sample, filled, at)).toMatchInlineSnapshot(`
      "{
        "app": "kefu-course",
        "kind": "form",
        "version": 2,
        "created": "2026-09-07T08:30:00.000Z",
        "formId": "m1.form.sample",
        "title": "表1-9 示例表格",
        "lesson": "1.1",
        "values": {
          "name": "林小悦",
          "className": "电商2401",
          "cells": {
            "philosophy": {
              "result": "真诚到永远\\n第二行"
            },
            "hotline": {
              "count": "12",
              "boss": "客服主管"
            }
          },
          "added": []
        }
      }
      "
    `);
  });

  it('round-trips through import, with a preview of what comes in', () => {
    const result = readFormImport(sample, exportFormJson(sample, filled, at));
    expect(result).toEqual({
      ok: true,
      values: filled,
      preview: { name: '林小悦', className: '电商2401', exportedAt: '2026-09-07T08:30:00.000Z', filled: 3, total: 5, ignored: 0 },
    });
  });

  it('round-trips added rows', () => {
    const { values, rowId } = withRowAdded(growable, emptyValues())!;
    const typed = withCell(values, rowId, 'knowledge', '平台规则');
    const result = readFormImport(growable, exportFormJson(growable, typed, at));
    expect(result.ok && result.values).toEqual(typed);
  });

  it('names files after the form and the learner, without characters Windows refuses', () => {
    expect(exportFileName(sample, { ...filled, name: '林/小悦' }, 'docx', new Date(2026, 8, 7))).toBe('表1-9 示例表格-林-小悦-2026-09-07.docx');
    expect(exportFileName(sample, emptyValues(), 'json', new Date(2026, 8, 7))).toBe('表1-9 示例表格-2026-09-07.json');
  });

  it.each([
    ['林/小悦', undefined, '林 小悦'],
    [' a<>:"b\tc ', undefined, 'a b c'],
    ['23级/1班-客服-成绩', '_', '23级_1班-客服-成绩'],
    ['综合考核：模拟实战/理论测验?', '-', '综合考核：模拟实战-理论测验-'],
  ])('safeFileName(%j, %j)', (name, replacement, safe) => expect(safeFileName(name, replacement)).toBe(safe));
});

describe('JSON import refuses a bad file, changes nothing and says why', () => {
  const unchanged = '当前填写的内容没有改动。';
  it.each<[string, string, string]>([
    ['cut-off JSON', '{"app":"kefu-course","kind":"form","ver', '文件不完整，可能在下载或传送时被截断'],
    ['text that is not JSON', 'hello', '这不是有效的表格文件'],
    ['an empty file', '', '文件是空的'],
    ['a JSON array', '[1,2]', '这不是本课程网站导出的表格文件'],
    ['another program’s JSON', text({ name: '林小悦' }), '这不是本课程网站导出的表格文件'],
    ['a 学习记录 file', text({ ...exported(), kind: 'progress' }), '这是本课程的学习记录文件，不是表格文件'],
    ['a file from a newer site', text({ ...exported(), version: 3 }), '文件由更新版本的课程网站导出（格式版本 3）'],
    ['a file with no version', text({ ...exported(), version: undefined }), '无法识别文件的格式版本'],
    ['a file with a made-up version', text({ ...exported(), version: '1' }), '无法识别文件的格式版本'],
    ['another form’s file', text({ ...exported(), formId: 'm1.form.xiaozhi', title: '表1-2 “小智”的服务' }), '这个文件保存的是“表1-2 “小智”的服务”的内容，不能导入到“表1-9 示例表格”'],
    ['another form’s file without a title', text({ ...exported(), formId: 'm1.form.xiaozhi', title: 5 }), '这个文件保存的是另一张表格的内容'],
    ['answers that are not text', text({ ...exported(), values: { ...filled, cells: { hotline: { count: 12 } } } }), '文件中的答案内容不完整或格式不对'],
    ['answers missing', text({ ...exported(), values: undefined }), '文件中的答案内容不完整或格式不对'],
    ['a name longer than 40 characters', text({ ...exported(), values: { ...filled, name: '林'.repeat(41) } }), '文件中的答案内容不完整或格式不对'],
    ['a cell longer than 5000 characters', text({ ...exported(), values: { ...filled, cells: { hotline: { result: '字'.repeat(5001) } } } }), '文件中的答案内容不完整或格式不对'],
  ])('%s', (_, file, reason) => {
    const result = readFormImport(sample, file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(reason);
    expect(!result.ok && result.message.endsWith(unchanged)).toBe(true);
  });

  it('refuses more added rows than the form allows', () => {
    const file = JSON.parse(exportFormJson(growable, emptyValues(), at));
    file.values.added = ['add-1', 'add-2', 'add-3'];
    const result = readFormImport(growable, JSON.stringify(file));
    expect(!result.ok && result.message).toBe('文件中有 3 个新增行，超过本表最多 2 行的限制。当前填写的内容没有改动。');
  });

  it('refuses a file over the 5 MB course-file limit before reading it', () => {
    const result = readFormImport(sample, '{}', maxImportBytes + 1);
    expect(!result.ok && result.message).toMatch(/^文件太大（5\.0 MB），超过 5 MB 的上限，不是本网站导出的表格文件。.*当前填写的内容没有改动。$/);
    expect(importSizeProblem(maxImportBytes)).toBeUndefined();
    expect(importSizeProblem(6 * 1024 * 1024)).toContain('约 6.0 MB');
  });

  it('reads a 表格 file written before the shared header', () => {
    const { app: _, kind: __, version: ___, created, ...rest } = JSON.parse(exportFormJson(sample, filled, at));
    const result = readFormImport(sample, JSON.stringify({ format: 'kefu-form', version: 1, exportedAt: created, ...rest }));
    expect(result.ok && result.values).toEqual(filled);
    expect(result.ok && result.preview.exportedAt).toBe('2026-09-07T08:30:00.000Z');
  });

  it('tells how many cells of an older form version have no place any more', () => {
    const file = exported({ ...filled, cells: { ...filled.cells, retired: { result: '旧行' } } });
    const result = readFormImport(sample, text(file));
    expect(result.ok && result.preview.ignored).toBe(1);
  });
});
