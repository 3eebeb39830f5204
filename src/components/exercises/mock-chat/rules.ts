import type { Scenario } from '../../../lib/chat/types.ts';
import type { ScenarioInput } from '../../../schemas/scenario.ts';

/**
 * The judge's rules of a scenario (each talk state's `judge`: answer groups, fallback, word lists) load when its
 * chat first needs them, to judge a reply or to score a conversation, not with the page: ChatBlock.astro sends the
 * scenario without them (`withoutRules`), so a lesson that is only read downloads none of it, and the words a
 * scenario's rules list cost the lesson page nothing (docs/budgets.md). The modules are the scenario files
 * themselves, each named after its ID and validated when the site is built (src/data/scenarios/index.ts); a
 * state's rules have no defaults the schema fills in but `numerals`, which the judge reads as false when absent.
 */
const modules = import.meta.glob<ScenarioInput>(['../../../data/scenarios/*.ts', '!../../../data/scenarios/index.ts', '!../../../data/scenarios/shared.ts'], {
  import: 'scenario',
});

type Judge = Extract<Scenario['states'][string], { judge: unknown }>['judge'];

/** Whether every talk state of the scenario has its rules. */
export const hasRules = (scenario: Scenario): boolean => Object.values(scenario.states).every((state) => 'end' in state || state.judge !== undefined);

const loading = new WeakMap<Scenario, Promise<void>>();

/**
 * Gives the scenario's talk states their rules, loading its module once (again after a failed load, e.g. offline
 * before it was cached). Resolves at once when the scenario has them.
 */
export function withRules(scenario: Scenario): Promise<void> {
  if (hasRules(scenario)) return Promise.resolve();
  let found = loading.get(scenario);
  if (!found) {
    const load = modules[`../../../data/scenarios/${scenario.id}.ts`];
    found = (load ? load() : Promise.reject(new Error(`情景 ${scenario.id} 没有规则文件`))).then((source) => {
      for (const [id, state] of Object.entries(scenario.states)) {
        const rules = source.states[id];
        if (!('end' in state) && rules && 'judge' in rules) (state as { judge: Judge }).judge = { ...(rules.judge as Judge), samples: [] };
      }
    });
    loading.set(scenario, found);
    found.catch(() => loading.delete(scenario));
  }
  return found;
}

/** The scenario as a page carries it: its talk states without their rules (see `withRules`). */
export function withoutRules(scenario: Scenario): Scenario {
  const states = Object.fromEntries(Object.entries(scenario.states).map(([id, state]) => [id, 'end' in state ? state : (({ judge: _, ...rest }) => rest)(state)]));
  return { ...scenario, states } as Scenario;
}
