import { z } from '../../schemas/zod.ts';
import { diagramSchema, type Diagram, type ProcessDiagram } from '../../schemas/diagram.ts';
import { assertNoProblems, issuesToProblems } from '../../lib/content-error.ts';
import { processData } from './processes.ts';
import { structureData } from './structures.ts';

const file = 'src/data/diagrams/';

function parseAll(data: readonly unknown[], source: string): Diagram[] {
  const result = z.array(diagramSchema).safeParse(data);
  if (!result.success) assertNoProblems('图示数据不符合格式要求：', issuesToProblems(`${file}${source}`, data, result.error.issues));
  return result.data as Diagram[];
}

/** Every diagram of the course, validated, in file order. */
export const diagrams: readonly Diagram[] = [...parseAll(processData, 'processes.ts'), ...parseAll(structureData, 'structures.ts')];

const duplicate = diagrams.map((d) => d.id).find((id, i, all) => all.indexOf(id) !== i);
if (duplicate) assertNoProblems('图示数据的编号重复：', [{ file, message: `编号 “${duplicate}” 出现了不止一次；每个图示的 id 应唯一` }]);

/** The IDs of all diagrams. */
export type DiagramId = (typeof processData)[number]['id'] | (typeof structureData)[number]['id'];
/** The IDs of the processes. */
export type ProcessId = (typeof processData)[number]['id'];

/** The diagram with this ID; throws with the known IDs when there is none (an author's typo). */
export function getDiagram(id: string): Diagram {
  const found = diagrams.find((d) => d.id === id);
  if (!found) {
    assertNoProblems('找不到图示：', [{ file, message: `没有编号为 “${id}” 的图示；已有：${diagrams.map((d) => d.id).join('、')}` }]);
  }
  return found as Diagram;
}

/** The process with this ID. */
export function getProcess(id: ProcessId): ProcessDiagram {
  return getDiagram(id) as ProcessDiagram;
}

/** Every process, for the consistency checks. */
export const processes: readonly ProcessDiagram[] = diagrams.filter((d): d is ProcessDiagram => d.kind === 'process');

/**
 * The items of an ordering question whose answer is this process: one item per step, in order,
 * with the step's ID (so saved answers stay valid) and “名称：做法” as its text.
 */
export function processItems(id: ProcessId): { id: string; text: string }[] {
  return getProcess(id).steps.map((s) => ({ id: s.id, text: `${s.name}：${s.detail}` }));
}

const circled = '①②③④⑤⑥⑦⑧⑨⑩';

/** A step's number and name, as form rows and tables label it. @example '① 进店问好' */
export function stepLabel(id: ProcessId, stepId: string): string {
  const steps = getProcess(id).steps;
  const i = steps.findIndex((s) => s.id === stepId);
  if (i < 0) assertNoProblems('找不到流程步骤：', [{ file, message: `流程 “${id}” 没有编号为 “${stepId}” 的步骤；已有：${steps.map((s) => s.id).join('、')}` }]);
  return `${circled[i]} ${steps[i]!.name}`;
}

/** The step names joined by arrows, for explanations. @example '进店问好 → 了解需求 → …' */
export function processChain(id: ProcessId): string {
  return getProcess(id).steps.map((s) => s.name).join(' → ');
}

/** How many steps, in Chinese numerals, for prompts. @example '七' */
export function processStepCount(id: ProcessId): string {
  return chineseCount(getProcess(id).steps.length);
}

/** The mnemonic as a lesson writes it. @example '一备、二接、三听' or '问、探、荐' */
export function mnemonicText(process: ProcessDiagram): string | undefined {
  const m = process.mnemonic;
  return m?.words.map((w, i) => (m.numbered ? `${chineseCount(i + 1)}${w}` : w)).join('、');
}

const numerals = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1–10 as a Chinese numeral. */
export function chineseCount(n: number): string {
  return numerals[n] ?? String(n);
}
