// Which file under the served folder a request path names, for scripts/site-server.mjs and the built-site checks.
import path from 'node:path';

/**
 * The absolute path under `root` that the raw (still percent-encoded) request `pathname` names below
 * `base`, or `undefined` when it names nothing that may be served: outside the base, not decodable,
 * holding a NUL byte or a backslash, or resolving outside `root` (`/kefu/..%2Fdist.bak`).
 * @param {string} root absolute path of the served folder
 * @param {string} base the base path, with leading and trailing slash
 * @param {string} pathname the URL's pathname as the client sent it
 * @returns {string | undefined}
 */
export function resolveServed(root, base, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith(base) || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const target = path.resolve(root, `.${path.sep}${decoded.slice(base.length)}`);
  return target === root || target.startsWith(root + path.sep) ? target : undefined;
}
