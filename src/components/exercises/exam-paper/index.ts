export { default as ExamPaper } from './ExamPaper.svelte';
