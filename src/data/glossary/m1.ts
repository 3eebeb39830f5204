import type { GlossaryInput } from '../../schemas/glossary.ts';

/** Module 1 terms, each taught (and first marked with <Term>) in its lesson. */
export const m1Terms: GlossaryInput[] = [
  { term: '询单转化率', aliases: ['转化率'], lesson: '1.2', definition: '在咨询过客服的顾客中，最终下单并付款的人数所占的比例，是衡量售前客服销售能力最受关注的指标。' },
];
