export { default as ProgressPage } from './ProgressPage.svelte';
