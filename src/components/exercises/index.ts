// Everything lesson authors use in MDX comes from this one module:
//   import { Quiz, Form, Chat, Typing, Voice, Freight, Kpi } from '../../components/exercises/index.ts';
export { default as Quiz } from './quiz/QuizBlock.astro';
export { default as Form } from './form-table/FormBlock.astro';
export { default as Chat } from './mock-chat/ChatBlock.astro';
export { default as Typing } from './typing-trainer/TypingBlock.astro';
export { default as Voice } from './voice-practice/VoiceBlock.astro';
export { default as Freight } from './freight-calculator/FreightBlock.astro';
export { default as Kpi } from './kpi-calculator/KpiBlock.astro';
