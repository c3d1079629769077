/**
 * Small browser helpers for the backup screen: saving the file (download, or the share sheet
 * where the browser has one).
 */

/** The browser's download of a file made in memory. */
export function downloadFile(bytes: Uint8Array<ArrayBuffer>, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file for the share sheet, if this browser can share files (mostly phones). */
export function shareableFile(bytes: Uint8Array<ArrayBuffer>, name: string): File | undefined {
  if (typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') return undefined;
  const file = new File([bytes], name, { type: 'application/octet-stream' });
  return navigator.canShare({ files: [file] }) ? file : undefined;
}
