import { persistentAtom } from '@nanostores/persistent';
import { checkWith, createCodec } from '../lib/storage-codec.ts';
import { emptyTeacherFields, teacherFieldsSchema, type TeacherFields } from '../lib/lesson-plan/teacher.ts';
import { quarantine, storagePrefix } from './engine.ts';

/** Storage key of the 授课班级 / 授课教师 / 授课时间 / 授课地点 shared by every lesson plan. */
export const planTeacherKey = `${storagePrefix}plan-teacher`;

/** Codec of the saved teacher fields (`{"v":1,"data":TeacherFields}`). */
export const planTeacherCodec = createCodec({ version: 1, schema: checkWith(teacherFieldsSchema) });

/** What the teacher filled in before printing; kept across lessons, reloads and other tabs. */
export const planTeacher = persistentAtom<TeacherFields>(planTeacherKey, emptyTeacherFields(), {
  encode: planTeacherCodec.encode,
  decode(raw) {
    const result = planTeacherCodec.decode(raw);
    if (result.ok) return result.value;
    quarantine(planTeacherKey, raw, result.reason);
    return emptyTeacherFields();
  },
});
