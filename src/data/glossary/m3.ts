import type { GlossaryInput } from '../../schemas/glossary.ts';

/** Module 3 terms, each taught (and first marked with <Term>) in its lesson. */
export const m3Terms: GlossaryInput[] = [];
