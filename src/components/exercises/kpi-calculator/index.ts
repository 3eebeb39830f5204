// Lessons use the Astro wrapper src/components/exercises/kpi-calculator/KpiBlock.astro: <Kpi />.
export { default as KpiBlock } from './KpiBlock.astro';
export { default as KpiCalculator } from './KpiCalculator.svelte';
export { KpiCalculatorState } from './kpi-calculator.svelte.ts';
