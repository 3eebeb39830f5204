/**
 * Meaning detectors shared by every rule set: clauses, negation scope per clause and speech acts.
 * Rules `affirms` and `act` (rules.ts) use them; the mock chat's guards and sentence-form check too.
 */
export * from './clauses.ts';
export * from './negation-scope.ts';
export * from './acts.ts';
