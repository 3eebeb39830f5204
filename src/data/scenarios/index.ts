import { scenarioSchema, type Scenario, type ScenarioInput } from '../../schemas/scenario.ts';
import { evaluate } from '../../lib/answer/evaluate.ts';
import { assertNoProblems, issuesToProblems, type Problem } from '../../lib/content-error.ts';
import { outline, requirementIds } from '../index.ts';
import { scenario as presaleGenuine } from './presale-genuine.ts';
import { scenario as recommendRelated } from './recommend-related.ts';
import { scenario as paymentReminder } from './payment-reminder.ts';
import { scenario as shippingDelay } from './shipping-delay.ts';
import { scenario as returnSevenDays } from './return-seven-days.ts';
import { scenario as badReview } from './bad-review.ts';
import { scenario as disputeDamaged } from './dispute-damaged.ts';
import { scenario as scamFakeXiaoer } from './scam-fake-xiaoer.ts';
import { scenario as finalAssessment } from './final-assessment.ts';
import { scenario as firstContactWangwang } from './first-contact-wangwang.ts';
import { scenario as upsellBundle } from './upsell-bundle.ts';
import { scenario as needsHesitant } from './needs-hesitant.ts';
import { scenario as objectionPrice } from './objection-price.ts';
import { scenario as freightRemoteArea } from './freight-remote-area.ts';
import { scenario as exchangeWrongItem } from './exchange-wrong-item.ts';
import { scenario as revisitOldCustomer } from './revisit-old-customer.ts';
import { scenario as memberReactivation } from './member-reactivation.ts';

/**
 * The mock-chat scenarios (模拟实战), one file per scenario, named after its ID. Each is validated
 * with the scenario schema (which also runs every state's sample replies through the answer engine
 * and checks that every state is reachable); content errors stop the build and name the file.
 */

/** Scenario data in display order (module, then lesson). */
const sources: readonly ScenarioInput[] = [
  presaleGenuine,
  recommendRelated,
  paymentReminder,
  shippingDelay,
  returnSevenDays,
  badReview,
  disputeDamaged,
  scamFakeXiaoer,
  finalAssessment,
  firstContactWangwang,
  upsellBundle,
  needsHesitant,
  objectionPrice,
  freightRemoteArea,
  exchangeWrongItem,
  revisitOldCustomer,
  memberReactivation,
].toSorted((a, b) => a.module - b.module || (a.lesson ?? '').localeCompare(b.lesson ?? '', 'en', { numeric: true }));

/** Repository path of a scenario's file, so errors name the file to edit. */
export const scenarioFile = (id: string) => `src/data/scenarios/${id}.ts`;

/** Problems that go beyond one scenario's shape: IDs, references to the curriculum, model replies. */
function crossCheck(scenario: Scenario): Problem[] {
  const file = scenarioFile(scenario.id);
  const problems: Problem[] = scenario.requirements
    .filter((r) => !requirementIds.has(r))
    .map((r) => ({ file, message: `字段 requirements：未知的要求编号 “${r}”` }));
  const lesson = scenario.lesson && outline.find((entry) => entry.code === scenario.lesson);
  if (scenario.lesson && (!lesson || lesson.module !== scenario.module)) {
    problems.push({ file, message: `字段 lesson：课次 “${scenario.lesson}” 不在模块 ${scenario.module} 的课程大纲中` });
  }
  for (const [id, state] of Object.entries(scenario.states)) {
    if ('end' in state) continue;
    // The model reply is shown as the answer to learn from, so it must itself be judged correct.
    const verdict = evaluate(state.judge, state.model).group;
    if (verdict.correctness !== 'correct') {
      problems.push({ file, message: `字段 states.${id}.model：示范回复落入分组 “${verdict.id}”（${verdict.correctness}），应落入正确分组` });
    }
  }
  return problems;
}

function load(): Scenario[] {
  const seen = new Set<string>();
  return sources.map((data) => {
    const file = scenarioFile(data.id);
    const result = scenarioSchema.safeParse(data);
    if (!result.success) assertNoProblems('模拟实战情景不符合格式要求：', issuesToProblems(file, data, result.error.issues));
    const scenario = result.data!;
    assertNoProblems('模拟实战情景的内容有误：', [
      ...(seen.has(scenario.id) ? [{ file, message: `情景编号 “${scenario.id}” 重复` }] : []),
      ...crossCheck(scenario),
    ]);
    seen.add(scenario.id);
    return scenario;
  });
}

/** Every validated scenario, ordered by module and lesson. */
export const scenarios: Scenario[] = load();

const byId = new Map(scenarios.map((s) => [s.id, s] as const));

/** Looks a scenario up by ID; undefined when there is none (e.g. an old saved transcript). */
export function scenarioById(id: string): Scenario | undefined {
  return byId.get(id);
}
