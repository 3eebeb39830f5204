import { PACK_DONE, cachePrefix, isFrugal, type ConnectionInfo } from '../../../lib/sw/precache.ts';
import { formatSize, parsePacks, problemMessage, runDownload, type Pack } from '../../../lib/sw/offline-download.ts';

/** How a pack stands in this browser. */
export type PackState = 'checking' | 'missing' | 'partial' | 'downloading' | 'done';

/** One row of the control. */
export interface PackRow {
  pack: Pack;
  state: PackState;
  /** Share of the pack's files already saved, 0–1. */
  saved: number;
}

const hasCaches = () => typeof caches !== 'undefined' && 'serviceWorker' in navigator;

/** Paths held in this site's caches (src/lib/sw/worker.ts keeps them there). */
async function savedUrls(base: string): Promise<Set<string>> {
  const found = new Set<string>();
  if (!hasCaches()) return found;
  try {
    for (const name of await caches.keys()) {
      if (!name.startsWith(cachePrefix(base))) continue;
      for (const request of await (await caches.open(name)).keys()) found.add(new URL(request.url).pathname);
    }
  } catch {
    // Storage blocked: nothing counts as saved.
  }
  return found;
}

/** The 离线下载 control's state: packs, what is saved, the running download, the announcement. */
export class OfflineDownload {
  rows = $state<PackRow[]>([]);
  /** The running download: pack id and bytes done of total. */
  active = $state<{ id: string; done: number; total: number } | undefined>();
  /** Announced in the live region: progress steps, the result, or what went wrong. */
  message = $state('');
  error = $state(false);
  /** Whether the connection asks to save data (then nothing starts without a click). */
  frugal = $state(false);
  #abort: AbortController | undefined;
  #announced = 0;
  #base = '/';

  /** @param packsUrl offline-packs.json, which sits at the base path (its folder is the base). */
  async load(packsUrl: string, ids: readonly string[] | undefined): Promise<void> {
    this.#base = new URL('.', new URL(packsUrl, location.href)).pathname;
    this.frugal = isFrugal((navigator as Navigator & { connection?: ConnectionInfo }).connection);
    try {
      const packs = parsePacks(await (await fetch(packsUrl)).json());
      this.rows = packs.filter((p) => !ids || ids.includes(p.id)).map((pack) => ({ pack, state: 'checking', saved: 0 }));
    } catch {
      this.message = '暂时无法读取离线下载的内容清单，请联网后刷新页面。';
      this.error = true;
      return;
    }
    await this.#check(this.rows);
  }

  async #check(rows: PackRow[]): Promise<void> {
    const saved = await savedUrls(this.#base);
    for (const row of rows) this.#mark(row, saved);
  }

  #mark(row: PackRow, saved: ReadonlySet<string>): void {
    const n = row.pack.files.filter((url) => saved.has(url)).length;
    row.saved = n / Math.max(1, row.pack.files.length);
    row.state = n === row.pack.files.length ? 'done' : n > 0 ? 'partial' : 'missing';
  }

  async start(row: PackRow): Promise<void> {
    if (this.active) return;
    this.error = false;
    const fail = (text: string) => {
      this.message = text;
      this.error = true;
    };
    if (!hasCaches()) return fail(problemMessage('unsupported'));
    if (!navigator.onLine) return fail(problemMessage('offline'));
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    // Files are kept unpacked: about twice what the network sends.
    const need = row.pack.sent * 2 * (1 - row.saved);
    if (estimate?.quota !== undefined && estimate.usage !== undefined && estimate.quota - estimate.usage < need) {
      return fail(problemMessage('storage', { need, free: estimate.quota - estimate.usage }));
    }
    await navigator.storage?.persist?.().catch(() => false);
    const registration = await Promise.race([navigator.serviceWorker.ready, new Promise<undefined>((r) => setTimeout(r, 10_000))]);
    if (!registration?.active) return fail('离线功能还在准备中，请稍等几秒后再点“离线下载”。');
    this.#abort = new AbortController();
    this.active = { id: row.pack.id, done: 0, total: row.pack.sent };
    this.#announced = -1;
    row.state = 'downloading';
    const result = await runDownload(
      row.pack,
      {
        saved: () => savedUrls(this.#base),
        fetch: (url, signal) => fetch(url, { signal, credentials: 'same-origin' }),
        progress: (done, total) => this.#progress(row, done, total),
      },
      this.#abort.signal,
    );
    this.active = undefined;
    if (result.ok) {
      registration.active.postMessage({ type: PACK_DONE, id: row.pack.id });
      this.message = `${row.pack.label}已下载完成，没有网络时也能打开。`;
    } else fail(problemMessage(result.problem, { missing: result.missing }));
    // A pack that shares files with others (the course holds every module) may have completed them too.
    await this.#check(this.rows);
  }

  #progress(row: PackRow, done: number, total: number): void {
    this.active = { id: row.pack.id, done, total };
    // Announce every quarter, not every file, so a screen reader is not flooded.
    const quarter = Math.floor((done / Math.max(1, total)) * 4);
    if (quarter !== this.#announced && quarter < 4) {
      this.#announced = quarter;
      this.message = `正在下载${row.pack.label}：已完成 ${quarter * 25}%（共约 ${formatSize(total)}）`;
    }
  }

  cancel(): void {
    this.#abort?.abort();
  }
}
