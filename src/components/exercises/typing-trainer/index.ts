export { default as TypingTrainer } from './TypingTrainer.svelte';
export { TypingTrainerState } from './typing-trainer.svelte.ts';
