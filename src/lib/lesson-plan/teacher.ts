import * as v from 'valibot';
import type { StorageMode } from '../guarded-storage.ts';

/** Longest text a teacher field keeps (the input's `maxlength`). */
export const maxTeacherFieldLength = 40;

/** The fields a teacher fills before printing, in the order the form shows them. */
export const teacherFieldKeys = ['className', 'teacher', 'time', 'place'] as const;

/** One of the teacher's fields. */
export type TeacherFieldKey = (typeof teacherFieldKeys)[number];

/** 授课班级 / 授课教师 / 授课时间 / 授课地点, shared by the plans of every lesson. */
export type TeacherFields = Record<TeacherFieldKey, string>;

/** Chinese label of each field, as the 教学简案 names it. */
export const teacherFieldLabels: Record<TeacherFieldKey, string> = {
  className: '授课班级',
  teacher: '授课教师',
  time: '授课时间',
  place: '授课地点',
};

/** Example shown in each empty input. */
export const teacherFieldExamples: Record<TeacherFieldKey, string> = {
  className: '如：电商2401班',
  teacher: '如：王老师',
  time: '如：第3周 周二 第1、2节',
  place: '如：电商实训室（一）',
};

const field = v.pipe(v.string(), v.maxLength(maxTeacherFieldLength));

/** Schema of the saved teacher fields. */
export const teacherFieldsSchema = v.object({ className: field, teacher: field, time: field, place: field });

/** Nothing filled in yet. */
export const emptyTeacherFields = (): TeacherFields => ({ className: '', teacher: '', time: '', place: '' });

/**
 * Chinese notice for the teacher-fields form when they cannot be kept: says what still works and what
 * to do. Empty when saving works (values set aside are named by the page's storage notice).
 */
export function teacherNotice(mode: StorageMode): string[] {
  const lines: string[] = [];
  if (mode === 'unavailable') {
    lines.push('浏览器不允许本网站保存数据（可能正在使用无痕或隐私模式）：这里填写的授课信息只在本页打开期间有效，刷新或打开其他课次的教案后需要重新填写。打印和导出 Word 不受影响。');
  } else if (mode === 'full') {
    lines.push('浏览器的存储空间已满，授课信息暂时没有保存。打印和导出 Word 仍可使用；清理浏览器中不需要的网站数据后刷新本页，即可恢复保存。');
  }
  return lines;
}
