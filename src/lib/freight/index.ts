export * from './types.ts';
export * from './decimal.ts';
export * from './input.ts';
export * from './quote.ts';
export * from './practice.ts';
