import type { StorageMode } from './guarded-storage.ts';

/** Chinese notice for a storage problem; says what happens to the learner's work and what to do. */
export function storageNoticeText(mode: StorageMode, quarantined: readonly { reason: string }[]): string[] {
  const lines: string[] = [];
  if (mode === 'unavailable') {
    lines.push('浏览器不允许本网站保存数据（可能正在使用无痕或隐私模式）：你的学习记录只在本页打开期间有效，关闭后不会保留。请改用普通窗口打开本课程。');
  } else if (mode === 'full') {
    lines.push('浏览器的存储空间已满，新的学习记录暂时没有保存。请先不要关闭本页，清理浏览器中不需要的网站数据后刷新本页。');
  }
  for (const item of quarantined) {
    lines.push(`发现一份无法读取的学习记录（${item.reason}）。它已原样另存，没有删除；当前记录从空白开始。如需找回，请把这台电脑交给老师处理。`);
  }
  return lines;
}
