import type { PlanSource } from '../../../src/lib/lesson-plan/layout.ts';
import { emptyTeacherFields, type TeacherFields } from '../../../src/lib/lesson-plan/teacher.ts';

/** A small lesson plan written for the tests (not course content). */
export const samplePlan: PlanSource = {
  code: '2.3',
  title: '订单后台演练',
  moduleLabel: '模块2 使用网络工具',
  hours: 2,
  format: '理实一体化',
  content: ['订单列表的筛选', '商品的上下架'],
  objectives: { knowledge: ['知道订单的几种状态'], skill: ['会筛选待发货订单', '会修改商品库存'], quality: ['养成核对数据的习惯'] },
  keyPoints: ['筛选订单'],
  difficulties: ['批量修改库存'],
  teachingMethods: ['讲授法', '演示法'],
  learningMethods: ['实践法'],
  ideology: '诚信经营，库存数据如实填写。',
  segments: [
    { name: '导入', minutes: 5, activity: '展示一张积压的订单列表。', teacher: ['展示积压的订单列表', '提问先处理哪一笔'], students: ['观察订单状态', '说出处理顺序'], purpose: '引出订单状态这一知识目标。' },
    { name: '新课讲授', minutes: 40, activity: '演示筛选与上下架操作。', teacher: ['演示按状态筛选订单', '演示商品上下架'], students: ['跟做筛选', '记录操作步骤'], purpose: '突破筛选订单这一重点。' },
    { name: '学生实践', minutes: 40, activity: '分组完成十个订单的处理。', teacher: ['分发十个订单任务', '巡视指导库存修改'], students: ['分组处理订单', '互查处理结果'], purpose: '落实会筛选订单的能力目标。' },
    { name: '总结归纳', minutes: 4, activity: '回顾操作要点。', teacher: ['点评各组处理结果', '梳理操作要点'], students: ['对照要点自查', '补全笔记'], purpose: '形成操作要点的知识框架。' },
    { name: '作业布置', minutes: 1, activity: '布置课后练习。', teacher: ['布置订单状态作业', '说明上交时间'], students: ['记录作业', '确认要求'], purpose: '巩固订单状态的知识。' },
  ],
  homework: ['写出订单的五种状态'],
  board: { title: '订单后台演练', points: [{ point: '一、订单状态', keys: ['待付款', '待发货'] }, { point: '二、筛选订单', keys: [] }, { point: '三、商品上下架', keys: ['库存'] }] },
};

/** Teacher fields with only 班级 and 教师 filled. */
export const someFields: TeacherFields = { ...emptyTeacherFields(), className: '电商2401班', teacher: '王老师' };

/** The 教学过程 rows (环节|时间|教学活动) both the page and the Word file show for the sample lesson. */
export const processRows = [
  '导入|5 分钟|展示一张积压的订单列表。',
  '新课讲授|40 分钟|演示筛选与上下架操作。',
  '学生实践|40 分钟|分组完成十个订单的处理。',
  '总结归纳|4 分钟|回顾操作要点。',
  '作业布置|1 分钟|布置课后练习。',
  '合计|90 分钟|2 学时',
];

/** The 详案's 教学过程 rows (教学环节|时间|教师活动|学生活动|设计意图) for the sample lesson. */
export const detailedRows = [
  '导入|5 分钟|1. 展示积压的订单列表/2. 提问先处理哪一笔|1. 观察订单状态/2. 说出处理顺序|引出订单状态这一知识目标。',
  '新课讲授|40 分钟|1. 演示按状态筛选订单/2. 演示商品上下架|1. 跟做筛选/2. 记录操作步骤|突破筛选订单这一重点。',
  '学生实践|40 分钟|1. 分发十个订单任务/2. 巡视指导库存修改|1. 分组处理订单/2. 互查处理结果|落实会筛选订单的能力目标。',
  '总结归纳|4 分钟|1. 点评各组处理结果/2. 梳理操作要点|1. 对照要点自查/2. 补全笔记|形成操作要点的知识框架。',
  '作业布置|1 分钟|1. 布置订单状态作业/2. 说明上交时间|1. 记录作业/2. 确认要求|巩固订单状态的知识。',
  '合计|90 分钟|2 学时',
];
