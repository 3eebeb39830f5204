import { download } from '../shared/download.ts';
import { isWeChat, type Delivery } from './hand-in.ts';

/**
 * Hands an answer file to the student's device: the system share sheet where it can take files
 * (phones), else a download. WeChat's in-app browser saves neither, so the student is told instead.
 */
export async function deliver(text: string, name: string, how: 'share' | 'download'): Promise<Delivery> {
  if (isWeChat(navigator.userAgent)) return 'wechat';
  const file = new File([text], name, { type: 'application/json' });
  if (how === 'share' && navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: name });
      return 'shared';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return 'cancelled';
      // Sharing refused (e.g. no user gesture after the time ran out): fall back to a download.
    }
  }
  download(file, name);
  return 'downloaded';
}
