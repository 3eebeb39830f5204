import { download } from '../components/exercises/shared/download.ts';
import { storageNoticeLines } from '../lib/storage-messages.ts';
import { storageStatus, untimedStorage } from '../stores/engine.ts';

let shown = false;

/**
 * Fills the notice every page carries (src/layouts/BaseLayout.astro) whenever saving is impaired,
 * saved data was set aside or a change was refused; each set-aside value can be downloaded as it was.
 * src/stores/engine.ts loads this module only when there is something to say.
 */
export function showStorageNotice(): void {
  const box = document.getElementById('storage-notice');
  if (!box || shown) return;
  shown = true;
  storageStatus.subscribe(({ mode, quarantined, refused }) => {
    const lines = storageNoticeLines(mode, quarantined, refused);
    box.hidden = lines.length === 0;
    box.replaceChildren(
      ...lines.map(({ text, copy }) => {
        const line = Object.assign(document.createElement('p'), { textContent: text });
        if (copy) {
          const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button small secondary', textContent: '下载这份副本' });
          button.addEventListener('click', () => download(new Blob([untimedStorage()[copy.savedAs] ?? ''], { type: 'text/plain' }), copy.fileName));
          line.append(' ', button);
        }
        return line;
      }),
    );
  });
}
