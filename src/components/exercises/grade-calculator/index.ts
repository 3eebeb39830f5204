export { default as GradeCalculator } from './GradeCalculator.svelte';
export { GradeCalculatorState } from './grade-calculator.svelte.ts';
