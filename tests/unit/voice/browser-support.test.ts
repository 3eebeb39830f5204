import { describe, expect, it } from 'vitest';
import { microphoneErrorMessage, recordingProblem, type RecordingCapabilities } from '../../../src/lib/voice/microphone.ts';
import { pickChineseVoice, type VoiceInfo } from '../../../src/lib/voice/speech-voice.ts';

const full: RecordingCapabilities = { getUserMedia: true, mediaRecorder: true, secureContext: true };

describe('recordingProblem', () => {
  it.each<[string, RecordingCapabilities, string | undefined]>([
    ['a modern browser on https', full, undefined],
    ['a page served over plain http', { ...full, secureContext: false }, '无法使用麦克风：本页不是通过 https 或本机地址打开的'],
    ['no MediaRecorder', { ...full, mediaRecorder: false }, '无法使用麦克风：当前浏览器不支持网页录音'],
    ['no getUserMedia', { ...full, getUserMedia: false }, '无法使用麦克风：当前浏览器不支持网页录音'],
  ])('%s', (_, caps, start) => {
    const problem = recordingProblem(caps);
    if (start === undefined) expect(problem).toBeUndefined();
    else {
      expect(problem).toMatch(new RegExp(`^${start}`));
      expect(problem).toContain('秒表计时');
    }
  });
});

describe('microphoneErrorMessage', () => {
  it.each([
    ['NotAllowedError', '浏览器没有获得麦克风权限'],
    ['SecurityError', '浏览器没有获得麦克风权限'],
    ['NotFoundError', '没有找到可用的麦克风'],
    ['NotReadableError', '正被其他程序占用'],
    ['TypeError', '打开麦克风时出错'],
    [undefined, '打开麦克风时出错'],
  ])('%s → says “%s” and offers the stopwatch', (name, phrase) => {
    const message = microphoneErrorMessage(name);
    expect(message.startsWith('无法使用麦克风：')).toBe(true);
    expect(message).toContain(phrase);
    expect(message).toContain('秒表计时');
  });
});

const voice = (lang: string, name = lang, localService = true): VoiceInfo => ({ lang, name, localService });

describe('pickChineseVoice', () => {
  it.each<[string, VoiceInfo[], string | undefined]>([
    ['no voices at all', [], undefined],
    ['only English voices', [voice('en-US'), voice('en-GB')], undefined],
    ['only a Cantonese voice', [voice('zh-HK')], undefined],
    ['a mainland voice among others', [voice('en-US'), voice('zh-CN', 'Tingting')], 'Tingting'],
    ['a Taiwan Mandarin voice when there is no mainland one', [voice('zh-HK'), voice('zh-TW', 'Meijia')], 'Meijia'],
    ['mainland over Taiwan', [voice('zh-TW', 'Meijia'), voice('zh-CN', 'Tingting')], 'Tingting'],
    ['a local mainland voice over a network one', [voice('zh-CN', 'Online', false), voice('zh-CN', 'Local')], 'Local'],
    ['underscore and lower-case tags', [voice('zh_cn', 'Android')], 'Android'],
    ['a bare “zh” tag', [voice('zh', 'Generic')], 'Generic'],
    ['a cmn tag', [voice('cmn-Hans-CN', 'Cmn')], 'Cmn'],
  ])('%s', (_, voices, name) => {
    expect(pickChineseVoice(voices)?.name).toBe(name);
  });
});
