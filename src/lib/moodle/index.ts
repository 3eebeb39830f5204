export { categoryPath, toMoodleXml, toMoodleXmlGroups, type MoodleExport, type MoodleGroup } from './export.ts';
export { fromMoodleXml, type MoodleImport } from './read.ts';
