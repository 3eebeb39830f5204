export { default as FreightCalculator } from './FreightCalculator.svelte';
export { FreightCalculatorState } from './freight-calculator.svelte.ts';
