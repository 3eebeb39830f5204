// First, so that the code below finds the methods older browsers lack (docs/browser-support.md).
import '../../../scripts/es-polyfills.ts';
import { fromGift } from '../../../lib/gift/import.ts';

// Reads GIFT text off the page's thread (src/components/exercises/gift-import/GiftImport.svelte).
self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(fromGift(event.data, { module: 1, idPrefix: 'gift' }));
};
