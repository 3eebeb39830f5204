// Lesson authors mark a glossary term's first use with:
//   import { Term } from '../../components/glossary/index.ts';
//   … 最受关注的指标是<Term t="询单转化率" />……
export { default as Term } from './Term.astro';
