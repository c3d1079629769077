/**
 * The canary test (security.md §7.3 check 4 in a real browser, and 36): a known string is written
 * through the app (a course answer) and used as the passphrase itself; after lock and browser
 * close, neither the raw IndexedDB values nor any file of the Chromium profile holds it in UTF-8,
 * UTF-16LE or base64. A negative control stores a canary in plaintext and proves the search finds it.
 */
import { rmSync } from 'node:fs';
import { findCanary } from '../fixtures/vault/canarySearch';
import { onboard, writeCanaryThroughCourse } from '../fixtures/vault/e2eVault';
import { newProfileDir, openProfile, profileFileCount, searchProfile } from '../fixtures/vault/persistentBrowser';
import { expect, test } from './support/fixtures';

const RECORD_CANARY = 'QxCanaryRecord7731 kirjoitin yöllä';
const PASSPHRASE_CANARY = 'QxCanaryPass4410 myrsky lyhty kartta';
const CONTROL_CANARY = 'QxControlPlain5582 tallessa selvänä';

/** Every raw IndexedDB value of the app's database, as bytes (plain API, no repositories). */
async function rawIndexedDbBytes(page: import('@playwright/test').Page): Promise<Uint8Array> {
  const numbers = await page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const request = indexedDB.open('app');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: number[] = [];
          const encoder = new TextEncoder();
          const walk = (value: unknown): void => {
            if (typeof value === 'string') out.push(...encoder.encode(value));
            else if (value instanceof Uint8Array) out.push(...value);
            else if (Array.isArray(value)) value.forEach(walk);
            else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) {
              walk(k);
              walk(v);
            }
            else out.push(...encoder.encode(String(value)));
          };
          for (const name of names) {
            const cursor = tx.objectStore(name).openCursor();
            cursor.onsuccess = () => {
              if (!cursor.result) return;
              walk(cursor.result.primaryKey);
              walk(cursor.result.value);
              cursor.result.continue();
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
  return new Uint8Array(numbers);
}

test.describe('no plaintext at rest in Chromium', () => {
  test.setTimeout(120_000);

  test('a record and the passphrase are found nowhere in IndexedDB or the profile on disk', async () => {
    const dir = newProfileDir();
    try {
      const context = await openProfile(dir);
      const page = context.pages()[0] ?? (await context.newPage());
      const consoleLines: string[] = [];
      const urls: string[] = [];
      page.on('console', (message) => consoleLines.push(message.text()));
      page.on('pageerror', (error) => consoleLines.push(`${error.message} ${error.stack ?? ''}`));
      context.on('request', (request) => urls.push(request.url()));
      page.on('framenavigated', (frame) => urls.push(frame.url()));
      await onboard(page, PASSPHRASE_CANARY);
      await writeCanaryThroughCourse(page, RECORD_CANARY);
      // Check 36: no user text in console output, URLs or the title.
      for (const canary of [RECORD_CANARY, PASSPHRASE_CANARY]) {
        for (const word of canary.split(' ')) {
          expect(consoleLines.filter((line) => line.includes(word))).toEqual([]);
          expect(urls.filter((url) => decodeURIComponent(url).includes(word))).toEqual([]);
        }
      }
      expect(await page.title()).toBe('Polku');
      const raw = await rawIndexedDbBytes(page);
      expect(raw.length).toBeGreaterThan(500);
      expect(findCanary(raw, RECORD_CANARY)).toEqual([]);
      expect(findCanary(raw, PASSPHRASE_CANARY)).toEqual([]);
      await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
      await context.close();

      expect(profileFileCount(dir)).toBeGreaterThan(10);
      expect(searchProfile(dir, RECORD_CANARY)).toEqual([]);
      expect(searchProfile(dir, PASSPHRASE_CANARY)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('negative control: a canary stored in plaintext is found by the same searches', async () => {
    const dir = newProfileDir();
    try {
      const context = await openProfile(dir);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('/help');
      await page.evaluate(
        (canary) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('control', 1);
            request.onupgradeneeded = () => request.result.createObjectStore('plain', { keyPath: 'id' });
            request.onsuccess = () => {
              const tx = request.result.transaction('plain', 'readwrite');
              tx.objectStore('plain').put({ id: 1, text: canary });
              tx.oncomplete = () => {
                request.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        CONTROL_CANARY,
      );
      await context.close();
      const hits = searchProfile(dir, CONTROL_CANARY);
      expect(hits.length, 'the plaintext canary must be found on disk').toBeGreaterThan(0);
      expect(hits.some((hit) => hit.file.includes('IndexedDB'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
