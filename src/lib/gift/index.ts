export { toGift, type GiftExport } from './export.ts';
export { fromGift, type GiftImport, type GiftImportIssue } from './import.ts';
