// First, so that the code below finds the methods older browsers lack (docs/browser-support.md).
import '../../../scripts/es-polyfills.ts';
import { readGradeFile } from '../../../lib/grade/read-file.ts';

// Reads a grade file (CSV or .xlsx) off the page's thread, for ./read-grade-file.ts.
self.onmessage = async (event: MessageEvent<{ file: File; maxRows: number }>) => {
  const { file, maxRows } = event.data;
  self.postMessage(await readGradeFile(new Uint8Array(await file.arrayBuffer()), maxRows));
};
