export * from './format.ts';
export * from './times.ts';
export * from './write-times.ts';
export * from './merge.ts';
export * from './export.ts';
export * from './parse.ts';
