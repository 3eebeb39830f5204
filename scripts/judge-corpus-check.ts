// Checks the shape of the labelled corpus files (tests/judge-corpus/): every file parses, names its
// part, and every case names a talking state. Usage: node scripts/judge-corpus-check.ts [file…]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { judgeCorpusFileSchema } from '../src/schemas/judge-corpus.ts';

const root = new URL('../tests/judge-corpus/', import.meta.url).pathname;
const files = process.argv.slice(2);
const list = files.length > 0 ? files : ['tuning', 'held-out'].flatMap((part) => readdirSync(join(root, part)).filter((f) => f.endsWith('.json')).map((f) => join(root, part, f)));
let bad = 0;
for (const file of list) {
  const result = judgeCorpusFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    bad++;
    console.log(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    continue;
  }
  const { scenario, cases } = result.data;
  const { scenario: data } = await import(`../src/data/scenarios/${scenario}.ts`);
  const talk = Object.entries<Record<string, unknown>>(data.states).filter(([, s]) => !('end' in s)).map(([id]) => id);
  const unknown = cases.filter((c) => !talk.includes(c.state));
  if (unknown.length > 0) {
    bad++;
    console.log(`${file}: unknown states ${[...new Set(unknown.map((c) => c.state))].join(', ')}`);
  }
  console.log(`${file}: ${cases.length} cases`);
}
process.exit(bad > 0 ? 1 : 0);
