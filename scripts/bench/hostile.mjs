// Hostile and huge input, per surface: the worst input a careless user or an attacker can give each one,
// timed in Node (the libraries the pages run). Text typed or pasted must answer before anyone notices
// (100 ms); files, read once on choosing them (学习记录 in a worker), within a second. The targets are in
// docs/budgets.md; tests/unit/fuzz/ checks that none of these readers throw.
import { performance } from 'node:perf_hooks';
import { median } from './site.mjs';
import { replyTo, startSession } from '../../src/lib/chat/index.ts';
import { scenarios } from '../../src/data/scenarios/index.ts';
import { forms } from '../../src/data/forms/index.ts';
import { parseNames } from '../../src/lib/picker/names.ts';
import { fromGift } from '../../src/lib/gift/import.ts';
import { readCourseFile, maxCourseFileBytes } from '../../src/lib/course-file.ts';
import { readFormImport } from '../../src/lib/form/exchange.ts';
import { decodeCsvBytes } from '../../src/lib/grade/decode.ts';
import { parseTable } from '../../src/lib/grade/table.ts';
import { maxXlsxUnzippedBytes } from '../../src/lib/grade/file-check.ts';
import { unzippedWithin } from '../../src/lib/grade/read-file.ts';
import { zipSync } from 'fflate';
import { analyseLog } from '../../src/lib/kpi/log.ts';
import { readAnswerFile } from '../../src/lib/quiz/answer-file.ts';
import { parseImport, planFor } from '../../src/stores/transfer.ts';

/** What a typed or pasted input may cost, in ms. */
export const HOSTILE_TARGET_MS = 100;
/** What reading a chosen file may cost, in ms. */
export const HOSTILE_FILE_TARGET_MS = 1_000;

/** Median ms of `runs` calls of `fn`. */
function medianMs(fn, runs = 3) {
  return median(Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }));
}

/** A 学习记录 file of about `bytes`, every item a quiz with attempts (the shape real files grow in). */
function bigProgressFile(bytes) {
  const items = {};
  const value = { v: 1, data: { responses: {}, checked: {}, solved: {}, attempts: Array.from({ length: 20 }, (_, i) => ({ at: 1_700_000_000_000 + i, points: 3, max: 5 })) } };
  const each = JSON.stringify(value).length + 60;
  for (let i = 0; i < bytes / each; i++) items[`kefu:v1:quiz:q-${i}`] = { updatedAt: 1_700_000_000_000 + i, value };
  return JSON.stringify({ app: 'kefu-course', kind: 'progress', version: 2, created: '2026-12-05T08:00:00.000Z', prefix: 'kefu:v1:', items });
}

/** `n` bytes of noise (a fixed sequence, so runs compare). */
function noise(n) {
  const bytes = new Uint8Array(n);
  let seed = 7;
  for (let i = 0; i < n; i++) bytes[i] = (seed = (seed * 1_103_515_245 + 12_345) >>> 0) >>> 24;
  return bytes;
}

const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
const progress = bigProgressFile(maxCourseFileBytes - 1_000);
const form = Object.values(forms)[0];
const formFile = JSON.stringify({ app: 'kefu-course', kind: 'form', version: 2, created: '2026-12-05T08:00:00.000Z', formId: form.id, title: form.title, lesson: form.lesson, values: { name: '', className: '', cells: {}, added: [], junk: 'x'.repeat(maxCourseFileBytes - 1_000) } });
const log = Array.from({ length: 4_000 }, (_, i) => `2026-03-05 10:${String(i % 60).padStart(2, '0')}:00 ${i % 2 ? '客服小悦' : '顾客小王'}：消息 ${i}`).join('\n');
const table = Array.from({ length: 2_000 }, (_, r) => Array.from({ length: 30 }, (_, c) => `${r}-${c}`).join('\t')).join('\n');

/** An .xlsx that declares a 1 KB sheet which really unzips to 200 MB: a zip bomb that lies about its size. */
function lyingZip() {
  const sheet = 'xl/worksheets/sheet1.xml';
  const zip = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>'), [sheet]: new Uint8Array(200 * 1024 * 1024) }, { level: 9 });
  const view = new DataView(zip.buffer);
  const named = (at) => new TextDecoder().decode(zip.subarray(at, at + sheet.length)) === sheet;
  for (let k = 0; k + 46 < zip.length; k++) {
    if (view.getUint32(k, true) === 0x04034b50 && named(k + 30)) view.setUint32(k + 22, 1024, true);
    if (view.getUint32(k, true) === 0x02014b50 && named(k + 46)) view.setUint32(k + 24, 1024, true);
  }
  return zip;
}
const liar = lyingZip();

/** The inputs, each with the call a page makes on it and its target. */
export const hostileCases = [
  {
    label: '模拟实战：一条 32 KB 的回复（“vx”× 16,000）',
    run: () => {
      const scenario = scenarios.find((s) => s.id === 'objection-price') ?? scenarios[0];
      replyTo(scenario, startSession(scenario, 0), 'vx'.repeat(16_000), 1_000);
    },
  },
  {
    label: '随机点名：40,000 个名字',
    run: () => parseNames(Array.from({ length: 40_000 }, (_, i) => `学生${i}`).join('\n')),
  },
  {
    label: 'GIFT 导入：192 KB 的注释，全是没有闭合的 [tag:',
    run: () => fromGift(`// ${'[tag:'.repeat((192 * 1024) / 5)}\n::q::题目{T}`, { module: 1 }),
  },
  {
    label: 'GIFT 导入：4,000 行 $CATEGORY:',
    run: () => fromGift(Array.from({ length: 4_000 }, (_, i) => `$CATEGORY: c${i}`).join('\n'), { module: 1 }),
  },
  { label: `学习记录导入：${(progress.length / 1024 / 1024).toFixed(1)} MB，${Object.keys(JSON.parse(progress).items).length} 项`, file: true, run: () => { const p = parseImport(progress, progress.length); if (p.ok) planFor(p.snapshot, p.skipped); } },
  { label: '课程文件读取：嵌套 10 万层的 JSON', file: true, run: () => readCourseFile(deep, deep.length, 'progress', 2, '') },
  { label: `表格 JSON 导入：${(formFile.length / 1024 / 1024).toFixed(1)} MB`, file: true, run: () => readFormImport(form, formFile, formFile.length) },
  { label: '答题文件读取：嵌套 10 万层的 JSON', file: true, run: () => readAnswerFile(deep) },
  { label: '成绩 CSV 解码：5 MB 随机字节', file: true, run: () => decodeCsvBytes(noise(5 * 1024 * 1024)) },
  { label: '成绩表粘贴：2,000 行 × 30 列', run: () => parseTable(table) },
  { label: `成绩 .xlsx：${(liar.length / 1024 / 1024).toFixed(1)} MB，声明 1 KB、实际解压 200 MB（后台读取，到 20 MB 即停）`, file: true, run: () => unzippedWithin(liar, maxXlsxUnzippedBytes) },
  { label: 'KPI 聊天记录：4,000 行', run: () => analyseLog(log) },
];

/** Median ms per case, with its target. */
export function hostileSpeed(runs = 3) {
  return hostileCases.map(({ label, run, file }) => ({ label, ms: medianMs(run, runs), target: file ? HOSTILE_FILE_TARGET_MS : HOSTILE_TARGET_MS }));
}
