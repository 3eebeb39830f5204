/** Chinese names of the saved areas that are one key each. */
const areaNames: Record<string, string> = {
  visits: '已读课次记录',
  'chat-reports': '模拟实战成绩',
  'quick-phrases': '我的快捷短语',
  typing: '打字练习记录',
  'form-identity': '表格中的姓名和班级',
  voice: '通话话术练习记录',
  'grades-settings': '成绩计算器设置',
  'grades-roster': '成绩计算器中的班级成绩',
  kpi: '客服 KPI 计算器',
  freight: '运费计算器',
  picker: '随机点名名单',
  'plan-teacher': '教案授课信息',
};
/** Chinese names of the areas with one key per exercise (`area:<id>`). */
const perItem: Record<string, string> = { quiz: '小测', chat: '模拟实战对话', form: '表格' };

/**
 * How the import preview names a saved key. `titles` maps exercise IDs to their titles.
 * @example describeKey('kefu:v1:quiz:lesson-1-1', 'kefu:v1:', { 'lesson-1-1': '1.1 课堂小测' }) === '小测：1.1 课堂小测'
 */
export function describeKey(key: string, prefix: string, titles: Record<string, string>): string {
  const name = key.startsWith(prefix) ? key.slice(prefix.length) : key;
  if (areaNames[name]) return areaNames[name];
  const at = name.indexOf(':');
  const area = at > 0 ? perItem[name.slice(0, at)] : undefined;
  if (!area) return `其他记录（${name}）`;
  const id = name.slice(at + 1);
  return `${area}：${titles[id] ?? id}`;
}
