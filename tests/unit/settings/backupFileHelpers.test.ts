/**
 * Saving a backup (issue 13: "saved with the browser's download, or the share sheet where the
 * browser has one"): the share sheet is offered only where the browser can share files; the
 * download always works and names the file neutrally.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { downloadFile, shareableFile } from '../../../src/features/settings/backupFileHelpers';

const bytes = () => new Uint8Array([123, 125]);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('saving the backup file', () => {
  test('no share sheet without navigator.share and canShare (most desktop browsers)', () => {
    vi.stubGlobal('navigator', { ...navigator, share: undefined, canShare: undefined });
    expect(shareableFile(bytes(), 'backup-2026-11-27.bak')).toBeUndefined();
  });

  test('a browser that cannot share files: no share sheet', () => {
    vi.stubGlobal('navigator', { ...navigator, share: vi.fn(), canShare: vi.fn(() => false) });
    expect(shareableFile(bytes(), 'backup-2026-11-27.bak')).toBeUndefined();
  });

  test('a browser that can share files gets the file, with its neutral name and no content type that names anything', () => {
    const canShare = vi.fn(() => true);
    vi.stubGlobal('navigator', { ...navigator, share: vi.fn(), canShare });
    const file = shareableFile(bytes(), 'backup-2026-11-27.bak');
    expect(file?.name).toBe('backup-2026-11-27.bak');
    expect(file?.type).toBe('application/octet-stream');
    expect(canShare).toHaveBeenCalledWith({ files: [file] });
  });

  test('the download: a link with the file name is clicked and removed', () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    downloadFile(bytes(), 'backup-2026-11-27.bak');
    expect(clicked).toEqual(['backup-2026-11-27.bak']);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
