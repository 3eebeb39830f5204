import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFileHandler } from 'fflate';

/** Compressed bytes handed to the inflater at a time: deflate grows at most about 1,032 times, so one step stays near 16 MB. */
const step = 16 * 1024;

/**
 * Feeds a zip to fflate's streaming unzipper in small steps, so a reader that counts the real output
 * (src/lib/grade/read-file.ts, src/lib/classbook/read-files.ts) can stop after at most one step over
 * its limit, whatever sizes the zip declares. `onFile` handles each entry (stored or deflated); feeding
 * ends once `stopped()` says so. False when the zip itself is broken (fflate threw).
 */
export function inflateInSteps(bytes: Uint8Array, onFile: UnzipFileHandler, stopped: () => boolean): boolean {
  const unzip = new Unzip(onFile);
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length && !stopped(); at += step) unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
    return true;
  } catch {
    return false;
  }
}
