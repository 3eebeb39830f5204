import type { GlossaryInput } from '../../schemas/glossary.ts';

/** Module 9 terms, each taught (and first marked with <Term>) in its lesson. */
export const m9Terms: GlossaryInput[] = [];
