// What renderer/save-file.ts hands the browser: each blob and the file name of each download,
// caught instead of saved. Call restore() when done (a finally block).
import { vi } from 'vitest';

export function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:x';
  });
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return {
    blobs,
    names,
    restore: (): void => {
      created.mockRestore();
      clicked.mockRestore();
    },
  };
}
