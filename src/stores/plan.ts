import { emptyTeacherFields, teacherFieldsSchema, type TeacherFields } from '../lib/lesson-plan/teacher.ts';
import { defineArea } from './area.ts';

/** The 授课班级 / 授课教师 / 授课时间 / 授课地点 the teacher filled in before printing, shared by every lesson plan. */
export const planTeacherArea = defineArea<TeacherFields>({
  name: 'plan-teacher',
  label: '教案授课信息',
  version: 1,
  schema: teacherFieldsSchema,
  empty: emptyTeacherFields,
});
export const planTeacherKey = planTeacherArea.key;
export const planTeacher = planTeacherArea.store;
