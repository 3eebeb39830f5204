// First, so that the code below finds the methods older browsers lack (docs/browser-support.md).
import '../../scripts/es-polyfills.ts';
import type { ClassCatalog } from '../../lib/classbook/catalog.ts';
import { maxIntakeFiles, readIntoBook, tooManyFilesText } from '../../lib/classbook/read-files.ts';
import type { ClassBook } from '../../lib/classbook/types.ts';

/** What the class page sends: the chosen files, the book as it stands, the catalog and the time of the import. */
export interface IntakeRequest {
  chosen: { name: string; file: Blob }[];
  book: ClassBook;
  catalog: ClassCatalog;
  now: number;
}

// Reads the files chosen on the class page and adds them to the book, off the page's thread, for
// ./read-files.ts; too many files are refused before a byte is read.
self.onmessage = async (event: MessageEvent<IntakeRequest>) => {
  const { chosen, book, catalog, now } = event.data;
  if (chosen.length > maxIntakeFiles) return self.postMessage({ refused: tooManyFilesText(chosen.length) });
  const files = await Promise.all(chosen.map(async ({ name, file }) => ({ name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  self.postMessage(readIntoBook(files, book, catalog, now));
};
