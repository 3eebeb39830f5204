/** The most GIFT text the importer reads, pasted or from a file (UTF-8 bytes): a whole bank is far less. */
export const maxGiftBytes = 500_000;

/** UTF-8 size of a text, counted without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 + 2.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** What to tell a teacher whose text is over the limit, in Chinese. */
export const tooLarge = (bytes: number) => `内容太大（${Math.round(bytes / 1024).toLocaleString('zh-CN')} KB），超过 ${maxGiftBytes / 1000} KB 的上限，没有读取。请拆分成 ${maxGiftBytes / 1000} KB 以内的几段再导入。`;
