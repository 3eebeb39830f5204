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
    { name: '导入', minutes: 5, activity: '展示一张积压的订单列表。' },
    { name: '新课讲授', minutes: 40, activity: '演示筛选与上下架操作。' },
    { name: '学生实践', minutes: 40, activity: '分组完成十个订单的处理。' },
    { name: '总结归纳', minutes: 4, activity: '回顾操作要点。' },
    { name: '作业布置', minutes: 1, activity: '布置课后练习。' },
  ],
  homework: ['写出订单的五种状态'],
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
