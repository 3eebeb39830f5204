import type { APIRoute, GetStaticPaths } from 'astro';
import { banks } from '../../data/questions/index.ts';
import { getModule } from '../../data/index.ts';
import { categoryPath, toMoodleXmlGroups } from '../../lib/moodle/export.ts';

const groupOf = (module: number) => {
  const bank = banks.find((b) => b.module === module)!;
  return { category: categoryPath('电子商务客户服务', `模块${module} ${getModule(module).title}`), questions: bank.questions };
};

export const getStaticPaths = (() => [
  ...banks.map((bank) => ({ params: { file: `m${bank.module}.xml` }, props: { modules: [bank.module] } })),
  { params: { file: 'all.xml' }, props: { modules: banks.map((b) => b.module) } },
]) satisfies GetStaticPaths;

/** A module's bank, or all banks each in its module's category, as a Moodle XML file. */
export const GET: APIRoute = ({ props }) => {
  const { xml } = toMoodleXmlGroups((props.modules as number[]).map(groupOf));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
