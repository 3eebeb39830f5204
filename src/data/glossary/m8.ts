import type { GlossaryInput } from '../../schemas/glossary.ts';

/** Module 8 terms, each taught (and first marked with <Term>) in its lesson. */
export const m8Terms: GlossaryInput[] = [];
