// npm run judge: how often the mock-chat judge agrees with a teacher, measured on the labelled corpus
// in tests/judge-corpus/ (tuning part and held-out part reported separately; see its README).
//   node scripts/judge.ts                 both parts, with the tuning replies that disagree
//   node scripts/judge.ts --part=tuning   only the tuning part
//   node scripts/judge.ts --show-held-out also the held-out replies that disagree: after that the
//                                         held-out part is spent (see tests/judge-corpus/README.md)
//   node scripts/judge.ts --json          the figures as JSON (the bench reads them)
// Exit code 1 when a target is missed (see TARGETS in scripts/judge/measure.ts).
import { judgeCorpus, printReport, TARGETS } from './judge/measure.ts';

const args = process.argv.slice(2);
const part = args.find((a) => a.startsWith('--part='))?.slice('--part='.length) as 'tuning' | 'held-out' | undefined;
const result = await judgeCorpus(part ? [part] : ['tuning', 'held-out']);
if (args.includes('--json')) console.log(JSON.stringify(result.summary, null, 2));
else printReport(result, { quiet: args.includes('--quiet'), showHeldOut: args.includes('--show-held-out') });
const ok = result.parts.every((p) => p.meetsTargets);
if (!ok && !args.includes('--json')) console.log(`\n未达标：目标为完全一致率 ≥ ${TARGETS.agreement * 100}%，好回复不得 0 分，关键词堆砌不得满分，陷阱不得分。`);
process.exit(ok ? 0 : 1);
