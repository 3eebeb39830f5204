/** The fields of a SpeechSynthesisVoice that choosing one needs. */
export interface VoiceInfo {
  lang: string;
  name: string;
  localService: boolean;
}

// zh-HK voices speak Cantonese; practising 普通话 needs Mandarin.
const mandarin = /^(zh[-_](cn|hans|sg|tw|hant)|cmn)/i;
const mainland = /^(zh[-_](cn|hans)|cmn)/i;

/**
 * The voice to read customer lines with: a Mandarin voice, preferring mainland (zh-CN) and voices
 * on the device (they work offline); `undefined` when the browser has none.
 */
export function pickChineseVoice<V extends VoiceInfo>(voices: readonly V[]): V | undefined {
  const candidates = voices.filter((voice) => mandarin.test(voice.lang) || voice.lang.toLowerCase() === 'zh');
  const score = (voice: V) => (mainland.test(voice.lang) ? 2 : 0) + (voice.localService ? 1 : 0);
  return candidates.reduce<V | undefined>((best, voice) => (best === undefined || score(voice) > score(best) ? voice : best), undefined);
}

/** Why the customer's lines cannot be read aloud, in Chinese. */
export const noVoiceText = {
  unsupported: '当前浏览器不支持语音朗读，所以没有“朗读顾客台词”按钮。请同学扮演顾客读出顾客台词。',
  noChinese: '当前浏览器或系统没有安装中文语音，所以没有“朗读顾客台词”按钮。请同学扮演顾客读出顾客台词。',
} as const;
