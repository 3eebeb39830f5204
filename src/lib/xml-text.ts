// Characters XML 1.0 forbids: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; surrogates not in a pair
// (with the u flag a valid pair is one code point and does not match).
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

/** Text safe to write into a .docx or .xlsx: characters XML 1.0 forbids are dropped, so Word, WPS and LibreOffice open the file. */
export function xmlText(text: string): string {
  return text.replace(forbidden, '');
}
