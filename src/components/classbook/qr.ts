/**
 * Reading QR score codes on the class page: from camera frames (the browser's BarcodeDetector where it
 * exists, else jsqr on a canvas) and from an uploaded screenshot. Loaded with `import()` only when used.
 */

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}

/** The browser's QR detector, when it has one that reads QR codes. */
async function nativeDetector(): Promise<Detector | undefined> {
  const Native = (globalThis as { BarcodeDetector?: { new (o: { formats: string[] }): Detector; getSupportedFormats?: () => Promise<string[]> } }).BarcodeDetector;
  if (!Native) return undefined;
  try {
    const formats = (await Native.getSupportedFormats?.()) ?? ['qr_code'];
    return formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : undefined;
  } catch {
    return undefined;
  }
}

/** The text of the QR code in an image's pixels, via jsqr. */
async function decodePixels(source: CanvasImageSource, width: number, height: number, canvas = document.createElement('canvas')): Promise<string | undefined> {
  const { default: jsQR } = await import('jsqr');
  // Large photos are scaled down: jsqr's time grows with the pixels, and a score code stays readable.
  const scale = Math.min(1, 1600 / Math.max(width, height));
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(pixels.data, pixels.width, pixels.height)?.data || undefined;
}

/** The text of the QR code in an image file, or undefined when none is found; throws when the image can't be opened. */
export async function decodeImageFile(file: Blob): Promise<string | undefined> {
  const bitmap = await createImageBitmap(file);
  try {
    return await decodePixels(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

/** Why the camera can't be used, in Chinese, ending with the fallbacks. */
export function cameraRefusal(error: unknown): string {
  const fallback = '请改用下面的“上传二维码截图”，或把学生的成绩码文字粘贴到文本框中。';
  const name = error instanceof Error || (error && typeof error === 'object' && 'name' in error) ? String((error as { name: unknown }).name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return `没有得到使用摄像头的许可（浏览器或系统拒绝了）。可以在地址栏左侧的网站设置中允许摄像头后再试；${fallback}`;
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return `这台电脑没有找到可用的摄像头。${fallback}`;
  if (name === 'NotReadableError') return `摄像头正被其他程序占用，无法打开。关闭其他使用摄像头的程序后再试；${fallback}`;
  if (name === 'unsupported') return `这个浏览器不能在本页使用摄像头（网页需要通过 https 或本机地址打开）。${fallback}`;
  return `无法打开摄像头。${fallback}`;
}

/** A running camera scan: call `stop()` when done. */
export interface CameraScan {
  stop(): void;
}

/**
 * Shows the camera in `video` and calls `found` with each QR text it reads (a repeat of the last one is
 * skipped). Rejects with the reason when the camera can't be opened.
 */
export async function startCameraScan(video: HTMLVideoElement, found: (text: string) => void): Promise<CameraScan> {
  if (!navigator.mediaDevices?.getUserMedia) throw Object.assign(new Error('unsupported'), { name: 'unsupported' });
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  video.srcObject = stream;
  await video.play().catch(() => undefined);
  const detector = await nativeDetector();
  const canvas = document.createElement('canvas');
  const tick = async () => {
    if (stopped) return;
    try {
      if (video.videoWidth > 0) {
        const text = detector ? (await detector.detect(video))[0]?.rawValue : await decodePixels(video, video.videoWidth, video.videoHeight, canvas);
        if (text && text !== last && !stopped) {
          last = text;
          found(text);
        }
      }
    } catch {
      // A frame that could not be read: the next one is tried.
    }
    if (!stopped) timer = setTimeout(tick, 250);
  };
  void tick();
  return { stop };
}
