import { checkWith, createCodec } from '../lib/storage-codec.ts';
import { emptyTeacherFields, teacherFieldsSchema, type TeacherFields } from '../lib/lesson-plan/teacher.ts';
import { persisted, storagePrefix } from './engine.ts';

/** Storage key of the 授课班级 / 授课教师 / 授课时间 / 授课地点 shared by every lesson plan. */
export const planTeacherKey = `${storagePrefix}plan-teacher`;

/** Codec of the saved teacher fields (`{"v":1,"data":TeacherFields}`). */
const planTeacherCodec = createCodec({ version: 1, schema: checkWith(teacherFieldsSchema) });

/** What the teacher filled in before printing; kept across lessons, reloads and other tabs. */
export const planTeacher = persisted<TeacherFields>(planTeacherKey, emptyTeacherFields, planTeacherCodec);
