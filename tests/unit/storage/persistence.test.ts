import { afterEach, describe, expect, test, vi } from 'vitest';
import { isIosBrowserTab, readStorageStatus, requestPersistentStorage } from '../../../src/storage/persistence';

afterEach(() => vi.unstubAllGlobals());

function stubStorage(persisted: boolean, grant: boolean) {
  const persist = vi.fn(async () => grant);
  vi.stubGlobal('navigator', { ...navigator, storage: { persisted: async () => persisted, persist, estimate: async () => ({ usage: 2048, quota: 1_000_000 }) } });
  return persist;
}

describe('requestPersistentStorage', () => {
  test('asks the browser and reports granted or denied', async () => {
    const persist = stubStorage(false, true);
    expect(await requestPersistentStorage()).toBe('granted');
    expect(persist).toHaveBeenCalledOnce();
    stubStorage(false, false);
    expect(await requestPersistentStorage()).toBe('denied');
  });

  test('does not ask again when storage is already persistent', async () => {
    const persist = stubStorage(true, true);
    expect(await requestPersistentStorage()).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  test('says unsupported where there is no StorageManager', async () => {
    vi.stubGlobal('navigator', { userAgent: 'x' });
    expect(await requestPersistentStorage()).toBe('unsupported');
    expect(await readStorageStatus()).toEqual({ persisted: 'unsupported' });
  });

  test('reads usage and quota', async () => {
    stubStorage(true, true);
    expect(await readStorageStatus()).toEqual({ persisted: 'granted', usage: 2048, quota: 1_000_000 });
  });
});

describe('isIosBrowserTab', () => {
  const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
  const ipad = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
  test('is true in an iPhone or iPad Safari tab and false from the Home Screen or on other systems', () => {
    expect(isIosBrowserTab({ userAgent: iphone, maxTouchPoints: 5 }, false)).toBe(true);
    expect(isIosBrowserTab({ userAgent: ipad, maxTouchPoints: 5 }, false)).toBe(true);
    expect(isIosBrowserTab({ userAgent: iphone, maxTouchPoints: 5 }, true)).toBe(false);
    expect(isIosBrowserTab({ userAgent: iphone, maxTouchPoints: 5, standalone: true }, false)).toBe(false);
    expect(isIosBrowserTab({ userAgent: ipad, maxTouchPoints: 0 }, false)).toBe(false);
  });
});
