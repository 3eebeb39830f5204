/** What the page found about recording in this browser. */
export interface RecordingCapabilities {
  /** `navigator.mediaDevices.getUserMedia` exists. */
  getUserMedia: boolean;
  /** `MediaRecorder` exists. */
  mediaRecorder: boolean;
  /** The page is a secure context (https or localhost): browsers only allow the microphone there. */
  secureContext: boolean;
}

const fallback = '请改用下面的秒表计时：读完按“停止”，语速照样计算。';

/** Why this browser cannot record, in Chinese; `undefined` when it can. */
export function recordingProblem(caps: RecordingCapabilities): string | undefined {
  if (!caps.secureContext) return `无法使用麦克风：本页不是通过 https 或本机地址打开的，浏览器不允许网页使用麦克风。${fallback}`;
  if (!caps.getUserMedia || !caps.mediaRecorder) return `无法使用麦克风：当前浏览器不支持网页录音。请换用新版 Chrome、Edge 或 Firefox，或者${fallback}`;
  return undefined;
}

/** Why the microphone could not be opened, from the DOMException name `getUserMedia` rejected with. */
export function microphoneErrorMessage(errorName: string | undefined): string {
  switch (errorName) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `无法使用麦克风：浏览器没有获得麦克风权限。可以在地址栏左侧的网站设置里允许使用麦克风，然后刷新本页；或者${fallback}`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `无法使用麦克风：没有找到可用的麦克风。请插好耳麦后刷新本页，或者${fallback}`;
    case 'NotReadableError':
    case 'AbortError':
      return `无法使用麦克风：麦克风正被其他程序占用或出现故障。请关闭正在通话或录音的程序后重试，或者${fallback}`;
    default:
      return `无法使用麦克风：打开麦克风时出错。${fallback}`;
  }
}
