// Diagram views; lesson authors import Diagram from src/components/exercises/index.ts.
export { default as Diagram } from './Diagram.astro';
