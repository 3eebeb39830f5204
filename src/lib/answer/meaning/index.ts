/**
 * Meaning detectors shared by every rule set: clauses, negation scope per clause and speech acts.
 * Rules `affirms` and `act` (rules.ts) use them once this module is imported; the mock chat's guards too.
 */
import { useMeaningDetectors } from '../rules.ts';
import { clauseAt } from './clauses.ts';
import { negationScope } from './negation-scope.ts';
import { speechActs } from './acts.ts';

export * from './clauses.ts';
export * from './negation-scope.ts';
export * from './acts.ts';

// Importing the detectors makes `affirms` and `act` rules work (rules.ts).
useMeaningDetectors((input) => ({ acts: speechActs(input), scope: negationScope(input) }), clauseAt);
