import { maxIntakeFiles, readChosenFiles, tooManyFilesText } from '../../lib/classbook/read-files.ts';

// Reads the files chosen on the class page off the page's thread, for ./read-files.ts; too many files are refused before a byte is read.
self.onmessage = async (event: MessageEvent<{ name: string; file: Blob }[]>) => {
  if (event.data.length > maxIntakeFiles) return self.postMessage({ files: [], skipped: [], refused: tooManyFilesText(event.data.length) });
  const chosen = await Promise.all(event.data.map(async ({ name, file }) => ({ name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  self.postMessage(readChosenFiles(chosen));
};
