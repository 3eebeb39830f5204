// Everything lesson authors use in MDX comes from this one module:
//   import { Quiz, Form } from '../../components/exercises/index.ts';
export { default as Quiz } from './quiz/QuizBlock.astro';
export { default as Form } from './form-table/FormBlock.astro';
