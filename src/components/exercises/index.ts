// Everything lesson authors use in MDX comes from this one module:
//   import { Quiz, Form, Chat, Typing, Voice, Freight, Kpi, Diagram } from '../../components/exercises/index.ts';
// Diagram draws a process, organisation chart, workbench mock-up or segmentation from src/data/diagrams/.
export { default as Quiz } from './quiz/QuizBlock.astro';
export { default as Form } from './form-table/FormBlock.astro';
export { default as Chat } from './mock-chat/ChatBlock.astro';
export { default as Typing } from './typing-trainer/TypingBlock.astro';
export { default as Voice } from './voice-practice/VoiceBlock.astro';
export { default as Freight } from './freight-calculator/FreightBlock.astro';
export { default as Kpi } from './kpi-calculator/KpiBlock.astro';
export { Diagram } from '../lesson/diagram/index.ts';
