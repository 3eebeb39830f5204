// Lessons use the Astro wrapper: <Kpi /> (re-exported from exercises/index.ts).
export { default as KpiBlock } from './KpiBlock.astro';
export { default as KpiCalculator } from './KpiCalculator.svelte';
export { KpiCalculatorState } from './kpi-calculator.svelte.ts';
