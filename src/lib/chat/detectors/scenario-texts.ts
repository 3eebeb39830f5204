import type { Scenario } from '../types.ts';

/** Every text of the scenario a student can read: the side panel, the product card, the customers' words (unless left out), the hints. */
export function scenarioTexts(scenario: Scenario, { customers = true } = {}): string[] {
  const texts = [scenario.brief, scenario.product.name, ...(scenario.product.specs ?? []), scenario.product.promo ?? '', ...scenario.facts];
  for (const state of Object.values(scenario.states)) {
    if (customers) texts.push(...state.customer);
    if (!('end' in state)) texts.push(state.model, ...state.hints);
  }
  return texts;
}
