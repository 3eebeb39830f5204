/**
 * Files of a drop on the class page, with folders walked, each named by its path. `entries` come from
 * `webkitGetAsEntry`, taken while the drop event runs (a DataTransfer is emptied once it returns).
 */
export async function droppedFiles(entries: readonly FileSystemEntry[]): Promise<{ name: string; file: File }[]> {
  const out: { name: string; file: File }[] = [];
  const walk = async (entry: FileSystemEntry, path: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ name: path + entry.name, file });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries gives at most 100 entries a call: read until it gives none.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (!batch.length) break;
        for (const child of batch) await walk(child, `${path}${entry.name}/`);
      }
    }
  };
  for (const entry of entries) await walk(entry, '');
  return out;
}
