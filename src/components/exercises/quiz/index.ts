export { default as Quiz } from './Quiz.svelte';
