import type { GlossaryInput } from '../../schemas/glossary.ts';

/** Module 2 terms, each taught (and first marked with <Term>) in its lesson. */
export const m2Terms: GlossaryInput[] = [];
