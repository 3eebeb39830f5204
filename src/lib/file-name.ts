/** Characters Windows, macOS and Linux refuse in file names, with control characters. */
const unsafeInFileName = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * A download file name without refused characters: each run of them becomes `replacement`, and
 * spaces at either end go. @example safeFileName('林/小悦 ', '-') === '林-小悦'
 */
export function safeFileName(name: string, replacement = ' '): string {
  return name.replace(unsafeInFileName, replacement).trim();
}
