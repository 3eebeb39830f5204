import type { GradeBands, GradingSchemeInput } from '../schemas/grading.ts';

/** 课程标准 4.3: the default scheme. */
const standardScheme = {
  id: 'standard',
  name: '课程标准评价方案（30/30/40）',
  source: '《电子商务客户服务》课程标准 4.3 教学评价',
  formula: '学期成绩 = 学习态度 30% + 学习过程 30% + 学习结果 40%',
  components: [
    {
      id: 'attitude',
      name: '学习态度',
      weight: 30,
      items: [
        { id: 'attitude.attendance', name: '出勤', weight: 20 },
        { id: 'attitude.discipline', name: '课堂纪律', weight: 40 },
        { id: 'attitude.mutual-help', name: '师生互助', weight: 20 },
        { id: 'attitude.respect', name: '尊师重教', weight: 20 },
      ],
    },
    {
      id: 'process',
      name: '学习过程',
      weight: 30,
      items: [
        { id: 'process.questions', name: '活动提问参与度', weight: 20 },
        { id: 'process.work-quality', name: '模块作品质量', weight: 25 },
        { id: 'process.participation', name: '活动参与度', weight: 15 },
        { id: 'process.discipline', name: '课堂纪律', weight: 20 },
        { id: 'process.shop-results', name: '店铺运营效果', weight: 20 },
      ],
    },
    {
      id: 'result',
      name: '学习结果',
      weight: 40,
      items: [
        { id: 'result.midterm', name: '期中考试', weight: 40 },
        { id: 'result.final', name: '期末考试', weight: 60 },
      ],
    },
  ],
  flags: [
    { id: 'exempt', name: '免考', note: '参加技能大赛等情况，经批准本期该科免考' },
    { id: 'excellent', name: '优秀（技能大赛）', note: '参加技能大赛表现突出，本期该科直接评为优秀' },
  ],
} satisfies GradingSchemeInput;

/** The process + final + bonus scheme from a published article on reforming the assessment of e-commerce customer-service courses (docs/curriculum.md). */
const processFinalScheme = {
  id: 'process-final',
  name: '过程性评价 + 期末考试 + 加分（50/50）',
  source: '电子商务客服课程改革实践（产教融合评价）',
  formula: '总评成绩 = 过程性评价 50% + 期末考试 50% + 加分',
  components: [
    { id: 'process', name: '过程性评价', weight: 50, items: [{ id: 'process.overall', name: '过程性评价', weight: 100 }] },
    { id: 'final', name: '期末考试', weight: 50, items: [{ id: 'final.exam', name: '期末考试', weight: 100 }] },
  ],
  bonus: { name: '加分', max: 10, note: '技能竞赛、创新成果等另行加分，总评最高 100 分（加分上限为教学示例，可由学校调整）' },
  flags: [{ id: 'exempt', name: '免考', note: '参加技能大赛等情况，经批准本期该科免考' }],
} satisfies GradingSchemeInput;

/** Every grading scheme the site offers; the first is the default. */
export const gradingSchemesData: GradingSchemeInput[] = [standardScheme, processFinalScheme];

/** Default grade bands (configurable in the calculator). */
export const gradeBandsData: GradeBands = [
  { name: '优秀', min: 90 },
  { name: '良好', min: 80 },
  { name: '中等', min: 70 },
  { name: '及格', min: 60 },
  { name: '不及格', min: 0 },
];
