import { callScriptSchema, type CallScript, type CallScriptInput } from '../../schemas/call-script.ts';
import type { OutlineEntry } from '../../schemas/curriculum.ts';
import { assertNoProblems, parseEntry, type Problem } from '../../lib/content-error.ts';
import { outline, requirementIds } from '../index.ts';
import { inboundScripts } from './inbound.ts';
import { outboundScripts } from './outbound.ts';

/** Data files of call scripts, by the repository path named in error messages. */
export const callScriptFiles: Record<string, CallScriptInput[]> = {
  'src/data/call-scripts/inbound.ts': inboundScripts,
  'src/data/call-scripts/outbound.ts': outboundScripts,
};

/** URL segment of a script: its ID after `m3.call.`. @example scriptSlug('m3.call.kettle-repair') === 'kettle-repair' */
export const scriptSlug = (id: string): string => id.slice(id.indexOf('.call.') + '.call.'.length);

/**
 * Validates every script with its schema and against the curriculum (the lesson exists, requirement
 * IDs are real, IDs are unique) and returns them in file order. Returns the problems instead of
 * throwing, so tests can check each rule.
 */
export function checkCallScripts(
  files: Record<string, CallScriptInput[]>,
  context: { outline: readonly OutlineEntry[]; requirementIds: ReadonlySet<string> },
): { scripts: CallScript[]; problems: Problem[] } {
  const scripts: CallScript[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [file, list] of Object.entries(files)) {
    for (const data of list) {
      const script = parseEntry(callScriptSchema, data, file, data.id ?? '（无编号）', problems);
      if (!script) continue;
      if (!context.outline.some((entry) => entry.code === script.lesson)) problems.push({ file, message: `${script.id} 的课次 ${script.lesson} 不在课程大纲中` });
      for (const id of script.requirements) {
        if (!context.requirementIds.has(id)) problems.push({ file, message: `${script.id} 引用了课程标准中不存在的要求编号 ${id}` });
      }
      if (seen.has(script.id)) problems.push({ file, message: `话术编号 ${script.id} 重复` });
      seen.add(script.id);
      scripts.push(script);
    }
  }
  return { scripts, problems };
}

const checked = checkCallScripts(callScriptFiles, { outline, requirementIds });
assertNoProblems('通话话术的数据不符合要求：', checked.problems);

/** Every validated call script: inbound first, then outbound. */
export const callScripts: readonly CallScript[] = checked.scripts;

/** Looks a script up by ID; `undefined` when there is none. */
export const callScript = (id: string): CallScript | undefined => callScripts.find((s) => s.id === id);

export type { CallScript } from '../../schemas/call-script.ts';
