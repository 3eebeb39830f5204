import { readChosenFiles } from '../../lib/classbook/read-files.ts';

// Reads the files chosen on the class page off the page's thread, for ./read-files.ts.
self.onmessage = async (event: MessageEvent<{ name: string; file: Blob }[]>) => {
  const chosen = await Promise.all(event.data.map(async ({ name, file }) => ({ name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  self.postMessage(readChosenFiles(chosen));
};
