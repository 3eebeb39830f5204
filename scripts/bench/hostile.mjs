// The worst input per import surface, timed in Node: how long each reader takes to answer (a result or a
// refusal) for the largest or most hostile input it accepts. tests/unit/fuzz/ checks that none of them throw.
import { performance } from 'node:perf_hooks';
import { readCourseFile, maxCourseFileBytes } from '../../src/lib/course-file.ts';
import { readFormImport } from '../../src/lib/form/exchange.ts';
import { decodeCsvBytes } from '../../src/lib/grade/decode.ts';
import { parseTable } from '../../src/lib/grade/table.ts';
import { analyseLog } from '../../src/lib/kpi/log.ts';
import { readAnswerFile } from '../../src/lib/quiz/answer-file.ts';
import { forms } from '../../src/data/forms/index.ts';
import { parseImport, planFor } from '../../src/stores/transfer.ts';

/** Most time any one surface may take on its worst input. */
export const HOSTILE_BUDGET_MS = 1_000;

/** A 学习记录 file of about `bytes`, every item a quiz with attempts (the shape real files grow in). */
function bigProgressFile(bytes) {
  const items = {};
  const value = { v: 1, data: { responses: {}, checked: {}, solved: {}, attempts: Array.from({ length: 20 }, (_, i) => ({ at: 1_700_000_000_000 + i, points: 3, max: 5 })) } };
  const each = JSON.stringify(value).length + 60;
  for (let i = 0; i < bytes / each; i++) items[`kefu:v1:quiz:q-${i}`] = { updatedAt: 1_700_000_000_000 + i, value };
  return JSON.stringify({ app: 'kefu-course', kind: 'progress', version: 2, created: '2026-12-05T08:00:00.000Z', prefix: 'kefu:v1:', items });
}

const random = (n) => {
  const bytes = new Uint8Array(n);
  let seed = 7;
  for (let i = 0; i < n; i++) bytes[i] = (seed = (seed * 1_103_515_245 + 12_345) >>> 0) >>> 24;
  return bytes;
};

/** Median ms of `runs` calls of `fn`. */
function time(fn, runs = 3) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** Each surface with its worst input and the median time to answer it. */
export function hostileWorst() {
  const progress = bigProgressFile(maxCourseFileBytes - 1_000);
  const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
  const form = Object.values(forms)[0];
  const formFile = JSON.stringify({ app: 'kefu-course', kind: 'form', version: 2, created: '2026-12-05T08:00:00.000Z', formId: form.id, title: form.title, lesson: form.lesson, values: { name: '', className: '', cells: {}, added: [], junk: 'x'.repeat(maxCourseFileBytes - 1_000) } });
  const log = Array.from({ length: 4_000 }, (_, i) => `2026-03-05 10:${String(i % 60).padStart(2, '0')}:00 ${i % 2 ? '客服小悦' : '顾客小王'}：消息 ${i}`).join('\n').slice(0, 200_000);
  const table = Array.from({ length: 2_000 }, (_, r) => Array.from({ length: 30 }, (_, c) => `${r}-${c}`).join('\t')).join('\n');
  return [
    { surface: '学习记录导入', input: `${(progress.length / 1024 / 1024).toFixed(1)} MB，${Object.keys(JSON.parse(progress).items).length} 项`, ms: time(() => { const p = parseImport(progress, progress.length); if (p.ok) planFor(p.snapshot, p.skipped); }) },
    { surface: '课程文件读取', input: '嵌套 10 万层的 JSON', ms: time(() => readCourseFile(deep, deep.length, 'progress', 2, '')) },
    { surface: '表格 JSON 导入', input: `${(formFile.length / 1024 / 1024).toFixed(1)} MB`, ms: time(() => readFormImport(form, formFile, formFile.length)) },
    { surface: '答题文件读取', input: '嵌套 10 万层的 JSON', ms: time(() => readAnswerFile(deep)) },
    { surface: '成绩 CSV 解码', input: '5 MB 随机字节', ms: time(() => decodeCsvBytes(random(5 * 1024 * 1024)), 1) },
    { surface: '成绩表粘贴', input: '2,000 行 × 30 列', ms: time(() => parseTable(table)) },
    { surface: 'KPI 聊天记录', input: `${log.length.toLocaleString('en')} 字，4,000 行`, ms: time(() => analyseLog(log)) },
  ];
}
