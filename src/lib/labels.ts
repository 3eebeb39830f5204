/** Display name of a module. @example moduleLabel({ number: 6, title: '打包发货', kind: 'task' }) === '模块6 打包发货' */
export function moduleLabel(module: { number: number; title: string; kind: 'task' | 'assessment' }): string {
  return module.kind === 'assessment' ? module.title : `模块${module.number} ${module.title}`;
}

/** Display name of a lesson. @example lessonLabel('1.2', '客服岗位') === '1.2 客服岗位' */
export function lessonLabel(code: string, title: string): string {
  return `${code} ${title}`;
}
