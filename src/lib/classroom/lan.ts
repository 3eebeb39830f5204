// The classroom network: which addresses students' phones can open, for `npm run classroom`
// (scripts/classroom.mjs) and for the QR code of 投影模式 (src/components/classroom/QrCode.svelte).

/** Where `npm run classroom` publishes its phone addresses, relative to the site's base path. */
export const CLASSROOM_INFO_FILE = '__classroom.json';

/** What `npm run classroom` reports at `<base>__classroom.json`. */
export interface ClassroomInfo {
  /** Addresses of the site's root (base path included) that other devices on the network can open. */
  lanUrls: string[];
}

/** One entry of Node's `os.networkInterfaces()`, as far as address picking needs it. */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}

/** Host names that name this machine only: a phone that opens them reaches itself. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host) || host === '0:0:0:0:0:0:0:1';
}

/** Whether a server bound to `host` listens on every interface. */
export const isWildcardHost = (host: string): boolean => host === '0.0.0.0' || host === '::' || host === '';

/**
 * The IPv4 addresses a phone on the same network could use to reach a server bound to `bindHost`:
 * every non-internal IPv4 address (link-local 169.254.x.x last, since it works only without a DHCP
 * server) when it listens on all interfaces; the bound address itself when that is not this machine
 * only; nothing for a loopback address.
 */
export function phoneHosts(bindHost: string, interfaces: Record<string, readonly InterfaceAddress[] | undefined>): string[] {
  if (!isWildcardHost(bindHost)) return isLoopbackHost(bindHost) ? [] : [bindHost];
  const found = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((a) => !a.internal && (a.family === 'IPv4' || a.family === 4) && !isLoopbackHost(a.address))
    .map((a) => a.address);
  const unique = [...new Set(found)];
  const linkLocal = (a: string) => a.startsWith('169.254.');
  return [...unique.filter((a) => !linkLocal(a)), ...unique.filter(linkLocal)];
}

/**
 * The site's root address on `host` (an IPv6 literal gets brackets; port 80 is left out).
 * @example siteUrl('192.168.1.20', 4321, '/kefu/') === 'http://192.168.1.20:4321/kefu/'
 */
export function siteUrl(host: string, port: number, base: string): string {
  const name = host.includes(':') ? `[${host}]` : host;
  return `http://${name}${port === 80 ? '' : `:${port}`}${base}`;
}

/**
 * The address a phone should open for the page at `location`: the same path and query on the first
 * reported network address, or `undefined` when the server reported none it could use.
 */
export function phonePageUrl(location: { pathname: string; search?: string }, info: unknown): string | undefined {
  const first = readClassroomInfo(info)?.lanUrls[0];
  if (!first) return undefined;
  return `${new URL(first).origin}${location.pathname}${location.search ?? ''}`;
}

/** `<base>__classroom.json` parsed, or `undefined` when it is not what `npm run classroom` writes. */
export function readClassroomInfo(value: unknown): ClassroomInfo | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const urls = (value as { lanUrls?: unknown }).lanUrls;
  if (!Array.isArray(urls)) return undefined;
  const lanUrls = urls.filter((u): u is string => typeof u === 'string' && /^http:\/\/[^/\s]+\/\S*$/.test(u) && parses(u));
  return { lanUrls };
}

// URL.canParse is missing from the older browsers the course still supports.
function parses(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/** The address students should open: the page itself, without projector mode's fragment. */
export function shareUrl(location: { origin: string; pathname: string; search?: string }): string {
  return `${location.origin}${location.pathname}${location.search ?? ''}`;
}

/** What 投影模式's QR code shows, and why. */
export interface QrTarget {
  /** The address encoded in the QR code and printed under it. */
  url: string;
  /** The page was opened at an address of this machine only (localhost, 127.x.x.x, ::1). */
  local: boolean;
  /** `url` is the network address `npm run classroom` reported instead of the page's own. */
  lan: boolean;
}

/**
 * The address students' phones should open for the page at `location`. Only a page opened at a
 * loopback address asks `loadInfo` (the server's `<base>__classroom.json`, which static hosts do not
 * have: it may reject or return anything) for a network address to use instead.
 */
export async function qrTarget(location: { hostname: string; origin: string; pathname: string; search?: string }, loadInfo: () => Promise<unknown>): Promise<QrTarget> {
  const own = shareUrl(location);
  if (!isLoopbackHost(location.hostname)) return { url: own, local: false, lan: false };
  const lanUrl = phonePageUrl(location, await loadInfo().catch(() => undefined));
  return lanUrl ? { url: lanUrl, local: true, lan: true } : { url: own, local: true, lan: false };
}
