/** Saves a file the page made (JSON, Word, CSV, .xlsx) to the learner's downloads. */
export function download(data: Blob, name: string) {
  const url = URL.createObjectURL(data);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
