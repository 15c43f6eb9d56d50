// Saves text the core produced as a file, the same way in both hosts: a download of a blob.
// In a browser that is the browser's download; in the desktop app Electron turns a download
// without a save path into the system's Save dialog.
export function saveFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The core's CSV (History, the shift report): one type for every export, UTF-8 like its text. */
export function saveCsv(csv: { fileName: string; csv: string }): void {
  saveFile(csv.fileName, csv.csv, 'text/csv;charset=utf-8');
}
