/**
 * Small browser helpers for the backup screens: saving the file (download, or the share sheet
 * where the browser has one) and days in the reader's language.
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

/** `YYYY-MM-DD` as a date in the reader's language (no time zone shift). */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
