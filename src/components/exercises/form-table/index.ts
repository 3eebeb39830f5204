export { default as FormTable } from './FormTable.svelte';
export { FormTableState } from './form-table.svelte.ts';
