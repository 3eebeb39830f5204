export * from './ime.ts';
export * from './metrics.ts';
export * from './levels.ts';
export * from './passages.ts';
export * from './session.ts';
export * from './history.ts';
export * from './chart.ts';
export * from './format.ts';
