// Diagram views; lesson authors import Diagram from here.
export { default as Diagram } from './Diagram.astro';
