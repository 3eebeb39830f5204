import type { GlossaryInput } from '../../schemas/glossary.ts';

/** Module 6 terms, each taught (and first marked with <Term>) in its lesson. */
export const m6Terms: GlossaryInput[] = [];
