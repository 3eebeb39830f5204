/**
 * The 离线下载 control's rules (src/components/site/offline/): sizes as the learner reads them, the
 * download loop and the Chinese messages. No DOM and no Cache API: the page passes in how to fetch a
 * file and how to tell whether it is already saved.
 */

/** One pack as the build writes it to offline-packs.json (src/integrations/service-worker.ts). */
export interface Pack {
  /** `course`, `search`, or `m<number>` for a module. */
  id: string;
  /** 整门课程, or the module's heading. */
  label: string;
  /** Bytes a download of every file sends. */
  sent: number;
  /** URLs of the files. */
  files: string[];
}

/**
 * Reads offline-packs.json (`{ urls, packs }`, each pack's files as indexes into `urls`); anything
 * malformed is left out.
 */
export function parsePacks(raw: unknown): Pack[] {
  const { urls, packs } = (raw ?? {}) as { urls?: unknown; packs?: unknown };
  if (!Array.isArray(urls) || !urls.every((u) => typeof u === 'string') || !Array.isArray(packs)) return [];
  return packs.flatMap((p) => {
    const ok = p && typeof p.id === 'string' && typeof p.label === 'string' && typeof p.sent === 'number' && Array.isArray(p.files) && p.files.every((i: unknown) => Number.isInteger(i) && urls[i as number] !== undefined);
    return ok ? [{ id: p.id, label: p.label, sent: p.sent, files: (p.files as number[]).map((i) => urls[i] as string) }] : [];
  });
}

/**
 * A size in KB below 1 MB, else in MB with one decimal (1 KB = 1,024 bytes).
 * @example formatSize(300 * 1024) === '300 KB'; formatSize(2.94 * 1024 * 1024) === '2.9 MB'
 */
export function formatSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}

/** Why a download stopped. */
export type DownloadProblem = 'unsupported' | 'offline' | 'network' | 'updated' | 'storage' | 'cancelled';

/** What to tell the learner when a download stops: what happened and what to do next. */
export function problemMessage(problem: DownloadProblem, detail: { need?: number; free?: number; missing?: number } = {}): string {
  switch (problem) {
    case 'unsupported':
      return '这个浏览器不能把课程保存到本机（可能开启了无痕或隐私模式）。请换用普通窗口，或联网时直接在线学习。';
    case 'offline':
      return '现在没有网络连接，无法下载。请联网后再点“离线下载”。';
    case 'network':
      return '网络连接中断，下载没有完成。已下载的部分会保留，联网后再点“离线下载”即可继续。';
    case 'updated':
      return '课程刚刚在服务器上更新过，这个页面还是旧版本。请刷新页面后再点“离线下载”。';
    case 'storage':
      if (detail.missing) return `有 ${detail.missing} 个文件没有保存下来，本机存储空间可能已满。请清理浏览器数据或释放存储空间后再试。`;
      return `本机存储空间不足：需要约 ${formatSize(detail.need ?? 0)}，浏览器可用约 ${formatSize(detail.free ?? 0)}。请清理浏览器数据或释放存储空间后再试。`;
    case 'cancelled':
      return '已取消下载。已下载的部分会保留，再点“离线下载”可以继续。';
  }
}

/** The result of a download run. */
export type DownloadResult = { ok: true } | { ok: false; problem: DownloadProblem; missing?: number };

/** What runDownload needs from the page. */
export interface DownloadIo {
  /** URLs already saved for offline use (read at once: one lookup per file is slow with hundreds). */
  saved(): Promise<ReadonlySet<string>>;
  /** Fetches one file through the service worker, which keeps it; rejects when the network fails. */
  fetch(url: string, signal: AbortSignal): Promise<{ ok: boolean }>;
  /** Called after each file with the bytes done so far (estimated from the pack's size). */
  progress(done: number, total: number): void;
}

/**
 * Downloads the files of a pack that are not saved yet, `parallel` at a time, then checks that every
 * file is saved (the worker cannot report a full disk to the page; a missing file is how it shows).
 */
export async function runDownload(pack: Pack, io: DownloadIo, signal: AbortSignal, parallel = 4): Promise<DownloadResult> {
  const per = pack.sent / Math.max(1, pack.files.length);
  const before = await io.saved();
  const todo = pack.files.filter((url) => !before.has(url));
  let done = (pack.files.length - todo.length) * per;
  io.progress(done, pack.sent);
  let failure: DownloadProblem | undefined;
  const lane = async () => {
    for (let url = todo.shift(); url !== undefined && !failure; url = todo.shift()) {
      if (signal.aborted) {
        failure = 'cancelled';
        return;
      }
      try {
        if (!(await io.fetch(url, signal)).ok) {
          failure = 'updated';
          return;
        }
      } catch {
        failure = signal.aborted ? 'cancelled' : 'network';
        return;
      }
      done += per;
      io.progress(Math.min(done, pack.sent), pack.sent);
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  if (failure) return { ok: false, problem: failure };
  const after = await io.saved();
  const missing = pack.files.filter((url) => !after.has(url)).length;
  return missing ? { ok: false, problem: 'storage', missing } : { ok: true };
}
