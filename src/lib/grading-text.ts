/** Minimal shape of a weighted component, for writing its formula out. */
interface ComponentLike {
  name: string;
  items: readonly { name: string; weight: number }[];
}

/** The formula of one component in the standard's wording. @example '学习结果 = 期中考试 40% + 期末考试 60%' */
export function describeComponent(component: ComponentLike): string {
  return `${component.name} = ${component.items.map((i) => `${i.name} ${i.weight}%`).join(' + ')}`;
}
