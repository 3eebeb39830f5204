import { courseFileName } from './course-file.ts';
import type { StorageMode } from './guarded-storage.ts';
import type { DecodeFailure } from './storage-codec.ts';

/** Chinese explanation of each decode failure, shown when saved data is set aside. */
export const decodeFailureText: Record<DecodeFailure, string> = {
  json: '内容不是有效的数据（可能被截断或被其他程序改写）',
  envelope: '缺少版本信息',
  newer: '由更新版本的课程网站保存，当前版本无法读取',
  schema: '内容与预期格式不符',
};

/** The download name of a set-aside copy of the record called `label`. */
export const setAsideFileName = (label: string, now: Date): string => courseFileName(['无法读取的记录', label], now, 'txt');

/** One line of the storage notice, with the set-aside copy it offers for download. */
export interface NoticeLine {
  text: string;
  copy?: { savedAs: string; fileName: string };
}

/**
 * The storage notice in Chinese: what happens to the learner's work and what to do. `quarantined`
 * are values set aside (named by `label`), `refused` changes that were not saved.
 */
export function storageNoticeLines(
  mode: StorageMode,
  quarantined: readonly { label: string; reason: DecodeFailure; savedAs: string }[],
  refused: readonly { label: string }[] = [],
  now = new Date(),
): NoticeLine[] {
  const lines: NoticeLine[] = [];
  if (mode === 'unavailable') {
    lines.push({ text: '浏览器不允许本网站保存数据（可能正在使用无痕或隐私模式）：你的学习记录只在本页打开期间有效，关闭后不会保留。请改用普通窗口打开本课程。' });
  } else if (mode === 'full') {
    lines.push({ text: '浏览器的存储空间已满，新的学习记录暂时没有保存。请先不要关闭本页，清理浏览器中不需要的网站数据后刷新本页。' });
  }
  for (const item of quarantined) {
    lines.push({
      text: `“${item.label}”的记录无法读取：${decodeFailureText[item.reason]}。它已原样另存在本浏览器中，没有删除，这部分现在从空白开始。可以下载这份副本交给老师，或在“学习进度”页查看。`,
      copy: { savedAs: item.savedAs, fileName: setAsideFileName(item.label, now) },
    });
  }
  for (const item of refused) {
    lines.push({ text: `“${item.label}”的最新修改没有保存：内容超过了允许的长度。请删减后再试；在此之前请不要关闭本页，页面上的内容还在。` });
  }
  return lines;
}

/**
 * The same notice in one line for the inline scripts of pages without a bundle (src/stores/inline-scripts.ts),
 * which must stay under 1 KB and so do not tell the reasons apart.
 */
export const inlineNoticeText = (label: string): string =>
  `“${label}”的记录无法读取（可能被截断、被改写或来自更新版本的网站），已原样另存，没有删除，这部分现在从空白开始。可以在“学习进度”页下载这份副本。`;
