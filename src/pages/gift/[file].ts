import type { APIRoute, GetStaticPaths } from 'astro';
import { banks } from '../../data/questions/index.ts';
import { toGift } from '../../lib/gift/index.ts';
import { getModule } from '../../data/index.ts';

export const getStaticPaths = (() => banks.map((bank) => ({ params: { file: `m${bank.module}.gift.txt` }, props: { module: bank.module } }))) satisfies GetStaticPaths;

/** A module's bank in Moodle GIFT format, as a static text file. */
export const GET: APIRoute = ({ props }) => {
  const bank = banks.find((b) => b.module === props.module)!;
  const { text, skipped } = toGift(bank.questions, { category: `电子商务客户服务/模块${bank.module} ${getModule(bank.module).title}` });
  const note = skipped.length ? `// 以下 ${skipped.length} 题无法用 GIFT 表示，未导出：\n${skipped.map((s) => `//   ${s.id}：${s.reason}`).join('\n')}\n\n` : '';
  return new Response(note + text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
