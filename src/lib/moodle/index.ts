export { toMoodleXml, type MoodleExport } from './export.ts';
export { fromMoodleXml, type MoodleImport } from './read.ts';
