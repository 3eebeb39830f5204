import { describe, expect, it } from 'vitest';
import { callScriptSchema } from '../../../src/schemas/call-script.ts';
import { agentCharacters, agentLines, scopeLabel, scopeOptions, type ReadingScope } from '../../../src/lib/voice/script-text.ts';
import { sampleScript } from './fixtures.ts';

const script = callScriptSchema.parse(sampleScript);

describe('agent lines and their length', () => {
  it.each<[ReadingScope, number, number]>([
    ['opening', 1, 49],
    ['verify', 1, 10],
    ['handle', 2, 51],
    ['closing', 2, 24],
  ])('the %s step has %i agent lines of %i spoken characters; customer lines never count', (scope, lines, characters) => {
    expect(agentLines(script, scope)).toHaveLength(lines);
    expect(agentCharacters(script, scope)).toBe(characters);
  });

  it('the whole script is the sum of its steps', () => {
    expect(agentCharacters(script)).toBe(49 + 10 + 51 + 24);
    expect(agentLines(script).some((line) => line === '方便。')).toBe(false);
  });

  it('offers the whole script first, then each step with its length', () => {
    expect(scopeOptions(script)).toEqual([
      { scope: 'all', label: '全部客服台词', characters: 134 },
      { scope: 'opening', label: '开场', characters: 49 },
      { scope: 'verify', label: '核实身份', characters: 10 },
      { scope: 'handle', label: '处理', characters: 51 },
      { scope: 'closing', label: '结束', characters: 24 },
    ]);
  });

  it.each<[ReadingScope, string]>([
    ['all', '全部'],
    ['verify', '核实身份'],
  ])('names the scope %s “%s” in the history', (scope, label) => {
    expect(scopeLabel(scope)).toBe(label);
  });
});
