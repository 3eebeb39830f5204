import type { GlossaryInput } from '../../schemas/glossary.ts';

/** Module 9 terms, each taught (and first marked with <Term>) in its lesson. */
export const m9Terms: GlossaryInput[] = [
  { term: '综合考核', lesson: '9.1', definition: '课程结束时对所学知识、技能和态度的整体检验。本课程由模拟实战（实际操作）和理论测验两部分组成，结果计入期末考试成绩。' },
  { term: '量化考核表', aliases: ['评分量表'], lesson: '9.1', definition: '把一项表现拆成若干评分项目、规定每项分值和得分要点的表格。模拟实战的量化考核表有礼貌用语、专业知识、时效等六项，共 100 分。' },
  { term: '过程性评价', aliases: ['形成性评价'], lesson: '9.1', definition: '在学习过程中持续记录和评价学生的表现，如出勤、课堂参与、作业和作品质量，目的是及时发现问题、边学边改进。' },
  { term: '终结性评价', lesson: '9.1', definition: '在一门课程或一个阶段结束时，用考试等方式集中检验学习结果的评价，如期中考试和期末考试。' },
];
