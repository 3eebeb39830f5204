import { storageStatus } from '../stores/engine.ts';
import { storageNoticeText } from '../lib/storage-messages.ts';

/** Shows the storage notice whenever saving is impaired or saved data had to be set aside. */
export function mountStorageNotice(): void {
  const box = document.getElementById('storage-notice');
  if (!box) return;
  storageStatus.subscribe(({ mode, quarantined }) => {
    const lines = storageNoticeText(mode, quarantined);
    box.hidden = lines.length === 0;
    box.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
  });
}
