export * from './format.ts';
export * from './times.ts';
export * from './merge.ts';
export * from './export.ts';
export * from './parse.ts';
export * from './labels.ts';
