// Checks the corpus files a blind writer made for one round (tests/judge-corpus/README.md): node check-round.mjs <design> <file>…
// Counts per talking state and kinds per design; prints no reply, so a held-out writer can run it.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
const [design, ...files] = process.argv.slice(2);
const specs = {
  subtle: { n: 6, trap: 3, top: 2 },
  goodonly: { n: 8, trap: 0, top: 8 },
  mix: { n: 10, trap: 3, top: 3 },
  heldout8: { n: 8, trap: 3, top: 3 },
  salad: { n: 6, trap: 0, top: 2, salad: 3 },
};
const spec = specs[design];
if (!spec) { console.log(`未知设计 ${design}：可用 ${Object.keys(specs).join(' ')}`); process.exit(1); }
const states = Object.fromEntries(readFileSync(new URL('states.txt', import.meta.url), 'utf8').trim().split('\n').map((l) => { const [id, rest] = l.split(': '); return [id, rest.split(' ')]; }));
const kinds = ['good', 'partial', 'trap', 'salad', 'off-topic', 'noisy'];
let bad = 0;
for (const file of files) {
  const errs = [];
  let data;
  try { data = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { console.log(`${basename(file)}: JSON 无法解析：${e.message}`); bad++; continue; }
  const extra = Object.keys(data).filter((k) => !['$comment', 'scenario', 'part', 'cases'].includes(k));
  if (extra.length) errs.push(`多余字段 ${extra.join(',')}`);
  const want = states[data.scenario];
  if (!want) errs.push(`未知情景 ${data.scenario}`);
  if (!['tuning', 'held-out'].includes(data.part)) errs.push(`part 应为 tuning 或 held-out`);
  if (!basename(file).startsWith(`${data.scenario}.`)) errs.push('文件名应以情景 id 开头');
  const cases = Array.isArray(data.cases) ? data.cases : [];
  cases.forEach((c, i) => {
    const keys = Object.keys(c).filter((k) => !['state', 'reply', 'points', 'kind', 'why'].includes(k));
    if (keys.length) errs.push(`第 ${i + 1} 条多余字段 ${keys}`);
    if (typeof c.reply !== 'string' || !c.reply.trim()) errs.push(`第 ${i + 1} 条 reply 为空`);
    if (![0, 1, 2].includes(c.points)) errs.push(`第 ${i + 1} 条 points 应为 0/1/2`);
    if (!kinds.includes(c.kind)) errs.push(`第 ${i + 1} 条 kind 不对`);
    if (typeof c.why !== 'string' || [...c.why].length < 4) errs.push(`第 ${i + 1} 条 why 太短`);
    if (c.kind === 'good' && c.points !== 2) errs.push(`第 ${i + 1} 条 good 应为 2 分`);
    if (c.kind === 'trap' && c.points !== 0) errs.push(`第 ${i + 1} 条 trap 应为 0 分`);
    if (c.kind === 'partial' && c.points !== 1) errs.push(`第 ${i + 1} 条 partial 应为 1 分`);
    if (c.kind === 'salad' && c.points === 2) errs.push(`第 ${i + 1} 条 salad 不能 2 分`);
    if (c.kind === 'off-topic' && c.points !== 0) errs.push(`第 ${i + 1} 条 off-topic 应为 0 分`);
    if (want && !want.includes(c.state)) errs.push(`第 ${i + 1} 条状态 ${c.state} 不存在`);
  });
  for (const st of want ?? []) {
    const list = cases.filter((c) => c.state === st);
    if (list.length !== spec.n) errs.push(`状态 ${st}：${list.length} 条，应为 ${spec.n}`);
    const traps = list.filter((c) => c.kind === 'trap').length;
    if (traps !== spec.trap) errs.push(`状态 ${st}：trap ${traps} 条，应为 ${spec.trap}`);
    const top = list.filter((c) => c.points === 2).length;
    if (top < spec.top) errs.push(`状态 ${st}：2 分 ${top} 条，至少 ${spec.top}`);
    if (spec.salad && list.filter((c) => c.kind === 'salad').length !== spec.salad) errs.push(`状态 ${st}：salad 应为 ${spec.salad} 条`);
    const seen = new Set(list.map((c) => c.reply));
    if (seen.size !== list.length) errs.push(`状态 ${st}：有重复回复`);
  }
  if (errs.length) { bad++; console.log(`${basename(file)}: ${errs.length} 处问题\n  ` + errs.slice(0, 20).join('\n  ')); }
  else console.log(`${basename(file)}: OK，${cases.length} 条`);
}
process.exit(bad ? 1 : 0);
