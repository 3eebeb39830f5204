/** Text of an uploaded CSV: UTF-8 (BOM stripped), or GBK when UTF-8 decoding yields U+FFFD (older Excel). */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' } {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\uFFFD')) return { text: utf8.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
}
