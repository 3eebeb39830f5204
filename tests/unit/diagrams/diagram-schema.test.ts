import { describe, expect, it } from 'vitest';
import { diagramSchema } from '../../../src/schemas/diagram.ts';
import { diagrams, processItems, stepLabel } from '../../../src/data/diagrams/index.ts';

const steps = [
  { id: 'a', name: '第一步骤', detail: '先做这件事情' },
  { id: 'b', name: '第二步骤', detail: '再做那件事情' },
  { id: 'c', name: '第三步骤', detail: '最后收尾记录' },
];
const process = { kind: 'process', id: 'p', title: '示例流程', caption: '一个用来测试的示例流程说明。', steps };
const grid = {
  kind: 'grid',
  id: 'g',
  title: '示例分类',
  caption: '一个用来测试的示例分类说明。',
  measures: [{ key: 'R', name: '最近消费' }],
  segments: [
    { id: 'hi', name: '高类客户', trait: '最近买过', levels: ['高'], action: '重点维护客户' },
    { id: 'lo', name: '低类客户', trait: '很久没来', levels: ['低'], action: '低成本关怀' },
  ],
};
const messages = (data: unknown) => {
  const r = diagramSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('diagram schema checks meaning', () => {
  it.each([
    ['a valid process', process, []],
    ['a repeated step ID', { ...process, steps: [...steps, { ...steps[0]! }] }, ['步骤编号 “a” 重复']],
    ['a mnemonic with a word missing', { ...process, mnemonic: { words: ['一', '二'] } }, ['口诀有 2 个词，流程有 3 步；口诀应一步一词']],
    ['a valid grid', grid, []],
    [
      'a grid missing a combination',
      {
        ...grid,
        measures: [...grid.measures, { key: 'F', name: '消费频率' }],
        segments: [
          { ...grid.segments[0]!, levels: ['高', '高'] },
          { ...grid.segments[1]!, levels: ['低', '低'] },
          { ...grid.segments[1]!, id: 'mid', levels: ['高', '低'] },
        ],
      },
      ['2 个指标应分出 4 类，现有 3 类'],
    ],
    [
      'two regions in one place',
      {
        kind: 'workbench',
        id: 'w',
        title: '示例窗口',
        caption: '一个用来测试的示例窗口说明。',
        regions: [
          { id: 'x', area: 'left', name: '左边区域', use: '放会话列表用的', sample: ['甲'] },
          { id: 'y', area: 'left', name: '也在左边', use: '放别的东西用的', sample: ['乙'] },
        ],
      },
      ['位置 “left” 上只能画一个区域'],
    ],
  ])('%s', (_, data, expected) => {
    expect(messages(data)).toEqual(expected);
  });
});

describe('the course diagrams', () => {
  it('have unique IDs and the four kinds the views draw', () => {
    expect(new Set(diagrams.map((d) => d.id)).size).toBe(diagrams.length);
    expect(new Set(diagrams.map((d) => d.kind))).toEqual(new Set(['process', 'structure', 'workbench', 'grid']));
  });

  it('give ordering questions one item per step, keyed by the step ID', () => {
    expect(processItems('after-sales').map((i) => i.id)).toEqual(['receive', 'verify', 'judge', 'plan', 'execute', 'record']);
    expect(processItems('after-sales')[0]).toEqual({ id: 'receive', text: '接收申请：及时回应顾客，先表示理解' });
    expect(stepLabel('reception', 'objection')).toBe('④ 处理异议');
    expect(() => stepLabel('reception', 'transfer')).toThrow(/没有编号为 “transfer” 的步骤/);
  });
});
