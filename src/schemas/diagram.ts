import { z } from './zod.ts';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: '编号只用小写字母、数字和连字符，如 "after-sales"' });
const text = (min: number, max: number) => z.string().min(min).max(max);

/** Fields every diagram has. */
const base = {
  /** Stable ID that lessons (`<Diagram id="…" />`) and questions refer to. @example 'reception' */
  id,
  /** Title shown above the diagram and matched in lessons and questions. @example '售前接待流程' */
  title: text(2, 20),
  /** One sentence under the diagram saying what it shows; part of its text equivalent. */
  caption: text(10, 120),
};

/** One step of a process. */
export const stepSchema = z.object({
  /** Stable ID; an ordering question generated from the process uses it as the item ID. @example 'greet' */
  id,
  /** Short name of the step, exactly as lessons write it. @example '进店问好' */
  name: text(2, 10),
  /** What is done in the step, one short sentence. */
  detail: text(4, 60),
});

/** A process (流程): numbered steps in a fixed order. */
export const processSchema = z
  .object({
    kind: z.literal('process'),
    ...base,
    /** Other names lessons and questions use for the same process. @example ['接待流程'] */
    aliases: z.array(text(2, 20)).default([]),
    steps: z.array(stepSchema).min(3, { error: '流程至少 3 步' }).max(10, { error: '流程不超过 10 步，太长就拆开' }),
    /** The classroom mnemonic (口诀), one character or word per step. */
    mnemonic: z
      .object({
        /** One word per step. @example ['备', '接', '听'] */
        words: z.array(text(1, 3)),
        /** Whether each word is said after its number (一备、二接 …) or alone (问、探 …). @default true */
        numbered: z.boolean().default(true),
      })
      .optional(),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.steps.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `步骤编号 “${s.id}” 重复` });
      seen.add(s.id);
    });
    if (p.mnemonic && p.mnemonic.words.length !== p.steps.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['mnemonic', 'words'],
        message: `口诀有 ${p.mnemonic.words.length} 个词，流程有 ${p.steps.length} 步；口诀应一步一词`,
      });
    }
  });

/** A post in an organisation chart, with the posts that report to it. */
export interface OrgNode {
  id: string;
  name: string;
  note?: string | undefined;
  children?: OrgNode[] | undefined;
}

/** One post in an organisation chart. */
export const orgNodeSchema: z.ZodType<OrgNode> = z.lazy(() =>
  z.object({
    /** Stable ID. @example 'pre-sale' */
    id,
    /** Name of the post or group. @example '售前客服组' */
    name: text(2, 16),
    /** Who fills it or what it does, in a few words. @example '售前组长' */
    note: text(2, 24).optional(),
    /** Posts that report directly to this one. */
    children: z.array(orgNodeSchema).optional(),
  }),
);

/** An organisation chart (组织结构图): a tree of posts and the departments it works with. */
export const structureSchema = z
  .object({
    kind: z.literal('structure'),
    ...base,
    root: orgNodeSchema,
    /** Departments outside the tree it works with, drawn with a dashed line. */
    partners: z.array(z.object({ id, name: text(2, 12), note: text(2, 24) })).default([]),
  })
  .superRefine((s, ctx) => {
    const ids: string[] = [];
    const walk = (n: OrgNode) => {
      ids.push(n.id);
      n.children?.forEach(walk);
    };
    walk(s.root);
    s.partners.forEach((p) => ids.push(p.id));
    const dup = ids.find((x, i) => ids.indexOf(x) !== i);
    if (dup) ctx.addIssue({ code: 'custom', path: ['root'], message: `岗位编号 “${dup}” 重复` });
  });

/** Where a region of the workbench mock-up sits. */
export const workbenchAreas = ['top', 'left', 'centre', 'right'] as const;

/** A labelled mock-up of a work screen (工作台示意图): numbered regions and what each holds. */
export const workbenchSchema = z
  .object({
    kind: z.literal('workbench'),
    ...base,
    regions: z
      .array(
        z.object({
          id,
          /** Where the region is drawn. */
          area: z.enum(workbenchAreas),
          /** Region name. @example '会话列表' */
          name: text(2, 10),
          /** What the region is used for, one sentence. */
          use: text(6, 60),
          /** Sample contents drawn inside the mock-up (teaching examples, no real data). */
          sample: z.array(text(1, 16)).min(1).max(6),
        }),
      )
      .min(2),
  })
  .superRefine((w, ctx) => {
    workbenchAreas.forEach((area) => {
      if (w.regions.filter((r) => r.area === area).length > 1) {
        ctx.addIssue({ code: 'custom', path: ['regions'], message: `位置 “${area}” 上只能画一个区域` });
      }
    });
  });

const level = z.enum(['高', '低']);

/** A segmentation grid (分类表): segments by high/low values of named measures, such as RFM. */
export const gridSchema = z
  .object({
    kind: z.literal('grid'),
    ...base,
    /** The measures, in column order. @example [{ key: 'R', name: '最近一次消费' }] */
    measures: z.array(z.object({ key: text(1, 2), name: text(2, 10) })).min(1).max(4),
    segments: z
      .array(
        z.object({
          id,
          name: text(2, 10),
          /** What the customers in it look like, in a few words. */
          trait: text(4, 30),
          /** One level per measure, in the same order. */
          levels: z.array(level),
          /** What to do for this segment. */
          action: text(4, 40),
        }),
      )
      .min(2),
  })
  .superRefine((g, ctx) => {
    const combos = new Set<string>();
    g.segments.forEach((s, i) => {
      if (s.levels.length !== g.measures.length) {
        ctx.addIssue({ code: 'custom', path: ['segments', i, 'levels'], message: `应有 ${g.measures.length} 个高低值，与指标一一对应` });
      }
      const key = s.levels.join();
      if (combos.has(key)) ctx.addIssue({ code: 'custom', path: ['segments', i, 'levels'], message: `高低组合 ${key} 重复` });
      combos.add(key);
    });
    const expected = 2 ** g.measures.length;
    if (combos.size !== expected) {
      ctx.addIssue({ code: 'custom', path: ['segments'], message: `${g.measures.length} 个指标应分出 ${expected} 类，现有 ${combos.size} 类` });
    }
  });

/** Any diagram the course draws. */
export const diagramSchema = z.discriminatedUnion('kind', [processSchema, structureSchema, workbenchSchema, gridSchema]);

export type DiagramInput = z.input<typeof diagramSchema>;
export type Diagram = z.output<typeof diagramSchema>;
export type ProcessDiagram = z.output<typeof processSchema>;
export type StructureDiagram = z.output<typeof structureSchema>;
export type WorkbenchDiagram = z.output<typeof workbenchSchema>;
export type GridDiagram = z.output<typeof gridSchema>;
export type Step = z.output<typeof stepSchema>;
