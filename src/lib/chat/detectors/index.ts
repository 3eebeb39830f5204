/**
 * Detectors the mock chat's judge shares across all scenarios: clauses, negation scope and speech acts
 * (from the answer engine's meaning/), the over-promise guard, the sentence-form check and common typing slips.
 */
export * from '../../answer/meaning/index.ts';
export * from './over-promise.ts';
export * from './sentence-form.ts';
export * from './typos.ts';
export * from './facts.ts';
