// First, so that the code below finds the methods older browsers lack (docs/browser-support.md).
import '../../scripts/es-polyfills.ts';
import { parseImport } from '../../stores/transfer.ts';

// Reads and checks a 学习记录 file off the page's thread (src/components/progress/transfer-actions.ts).
// It only parses: planning and writing need this browser's storage and happen on the page.
self.onmessage = async (event: MessageEvent<File>) => {
  const file = event.data;
  self.postMessage(parseImport(await file.text(), file.size));
};
