export { default as VoicePractice } from './VoicePractice.svelte';
export { VoicePracticeState } from './voice-practice.svelte.ts';
