import type { GlossaryInput } from '../../schemas/glossary.ts';

/** Module 4 terms, each taught (and first marked with <Term>) in its lesson. */
export const m4Terms: GlossaryInput[] = [];
