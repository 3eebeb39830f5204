/**
 * FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit number: a quick fingerprint
 * (not a cryptographic hash). Written without types or helpers, because the inline scripts embed
 * its source as is (src/stores/inline-scripts.ts).
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
