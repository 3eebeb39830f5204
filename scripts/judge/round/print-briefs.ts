// Prints what a blind corpus writer may read (tests/judge-corpus/README.md, "How a round is written"): one brief per
// scenario (task, customer, side panel, and per talking state the customer's lines, hints and model reply), the list of
// talking states, the writing instructions and designs of this folder, and the round check.
// Usage: node --experimental-strip-types scripts/judge/round/print-briefs.ts [out-dir]   (default /tmp/judge-briefs)
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { scenarios } from '../../../src/data/scenarios/index.ts';

const here = new URL('.', import.meta.url).pathname;
const out = process.argv[2] ?? '/tmp/judge-briefs';
mkdirSync(out, { recursive: true });
for (const s of scenarios) {
  const lines: string[] = [];
  lines.push(`# 情景 ${s.id}：${s.title}`, '', `任务（学生看到的）：${s.brief}`, '');
  lines.push(`顾客：${s.persona.name}（${s.persona.type}）——${s.persona.description}`, '');
  lines.push('## 侧栏（学生可用的店铺信息）', `- 商品：${s.product.name}，¥${s.product.price}` + (s.product.promo ? `，活动：${s.product.promo}` : ''));
  for (const spec of s.product.specs) lines.push(`- 规格：${spec}`);
  for (const fact of s.facts) lines.push(`- ${fact}`);
  lines.push('', '## 对话状态（每个状态：顾客说的话、提示、示范回复；评分 0/1/2）');
  for (const [id, state] of Object.entries(s.states)) {
    if ('end' in state) continue;
    lines.push('', `### 状态 ${id}（${state.topic}）`, '顾客：');
    for (const said of state.customer) lines.push(`> ${said}`);
    lines.push('提示（学生答错后逐条显示）：');
    for (const hint of state.hints) lines.push(`- ${hint}`);
    lines.push(`示范回复（2 分）：${state.model}`);
  }
  writeFileSync(`${out}/${s.id}.md`, lines.join('\n') + '\n');
}
const states = scenarios.map((s) => `${s.id}: ${Object.entries(s.states).filter(([, st]) => !('end' in st)).map(([id]) => id).join(' ')}`);
writeFileSync(`${out}/states.txt`, states.join('\n') + '\n');
for (const file of readdirSync(here).filter((f) => f.endsWith('.md') || f === 'check-round.mjs')) copyFileSync(`${here}${file}`, `${out}/${file}`);
console.log(`${scenarios.length} briefs in ${out}`);
