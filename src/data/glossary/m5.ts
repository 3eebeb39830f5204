import type { GlossaryInput } from '../../schemas/glossary.ts';

/** Module 5 terms, each taught (and first marked with <Term>) in its lesson. */
export const m5Terms: GlossaryInput[] = [];
