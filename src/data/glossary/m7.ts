import type { GlossaryInput } from '../../schemas/glossary.ts';

/** Module 7 terms, each taught (and first marked with <Term>) in its lesson. */
export const m7Terms: GlossaryInput[] = [];
