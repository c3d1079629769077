/**
 * security.md §7.3 checks 25 and 30 over the whole journey: first run, writing, lock and unlock,
 * a backup made and saved in settings, that backup restored (replacing this device's entries),
 * the feedback questionnaire and its anonymous export saved as a file, and delete everything.
 * 25: every request, from the page, its workers and the service worker, is a same-origin GET of a
 *     built file or an app route, with no query string and no body (the shared fixture also fails
 *     the test on any foreign request, socket, beacon or peer connection). Both files are made in
 *     memory and saved by download: no request carries them.
 * 30: Cache Storage holds only URLs of the precache manifest and the named runtime cache of the
 *     passphrase dictionaries; web storage holds only the allowlisted preference keys and no
 *     canary; the only IndexedDB database is the app's.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { json, lockHeading, onboard, openSettings, PASSPHRASE, text, unlock, vault, writeCanaryThroughCourse } from '../fixtures/vault/e2eVault';
import { expect, test, waitForServiceWorker } from './support/fixtures';
import { BASE_URL } from '../../playwright.config';

const OUT_DIR = join(import.meta.dirname, '..', '..', process.env.POLKU_OUT_DIR ?? 'dist');
const CANARY = 'JOURNEYCANARY-5c2a';
/** The app's routes (navigations are answered with index.html) and the neutral page. */
const ROUTE = /^\/(?:|welcome|help|research|course|tracker|tools|feedback|settings|neutral)(?:\/[a-z0-9-]*)*$/;
const RUNTIME_CACHES = ['passphrase-dictionaries'];
const STORAGE_KEYS = ['polku.language', 'polku.country'];
const backupStrings = json('src/i18n/locales/en/backup.json');
const feedback = json('src/i18n/locales/en/feedback.json');
/** The start of a message with a count, for matching whatever the count is. */
const startOf = (message: string) => new RegExp(`^${(message.split('{{')[0] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Settings: a backup made with the passphrase and saved by download; returns the saved file. */
async function makeBackup(page: Page, dir: string): Promise<string> {
  const section = page.getByTestId('backup-section');
  await section.getByLabel(text(backupStrings, 'current'), { exact: true }).fill(PASSPHRASE);
  await section.getByRole('button', { name: text(backupStrings, 'make') }).click();
  const save = section.getByRole('button', { name: text(backupStrings, 'save') });
  await expect(save).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  expect(readFileSync(file, 'utf8')).not.toContain(CANARY);
  return file;
}

/** Settings: the backup opened, its summary shown, and restored in place of this device's entries. */
async function restoreBackup(page: Page, file: string): Promise<void> {
  const section = page.getByTestId('restore-section');
  await section.getByLabel(text(backupStrings, 'file')).setInputFiles(file);
  await section.getByLabel(text(backupStrings, 'passphrase'), { exact: true }).fill(PASSPHRASE);
  await section.getByRole('button', { name: text(backupStrings, 'open') }).click();
  await expect(section.getByTestId('backup-summary')).toBeVisible({ timeout: 30_000 });
  await section.getByRole('radio', { name: text(backupStrings, 'replace') }).check();
  await section.getByLabel(text(backupStrings, 'replace-passphrase'), { exact: true }).fill(PASSPHRASE);
  await section.getByRole('button', { name: text(backupStrings, 'restore'), exact: true }).click();
  await expect(section.getByText(startOf(text(backupStrings, 'restored_other')))).toBeVisible({ timeout: 30_000 });
}

/** /feedback: one answer, the file shown, then saved by download; returns the saved text. */
async function saveFeedbackExport(page: Page, dir: string): Promise<string> {
  const change = page.getByRole('group', { name: text(feedback, 'q.useChange.legend') });
  await change.getByRole('radio', { name: text(feedback, 'q.useChange.options.decreased') }).check();
  await expect(page.getByText(text(feedback, 'saved'))).toBeVisible();
  await page.getByRole('button', { name: text(feedback, 'export.prepare') }).click();
  await expect(page.getByRole('region', { name: text(feedback, 'export.json-label') })).toBeVisible({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: text(feedback, 'export.save') }).click()]);
  expect(download.suggestedFilename()).toMatch(/^export-\d{4}-W\d{2}-1\.json$/);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return readFileSync(file, 'utf8');
}

function builtFiles(dir: string = OUT_DIR): Set<string> {
  const out = new Set<string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const file of builtFiles(path)) out.add(file);
    else out.add(`/${relative(OUT_DIR, path).split('\\').join('/')}`);
  }
  return out;
}

function precacheManifest(): Set<string> {
  const sw = readFileSync(join(OUT_DIR, 'sw.js'), 'utf8');
  return new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => `/${(m[1] ?? '').replace(/^\//, '')}`));
}

test('the whole journey: only allowlisted same-origin GETs; caches and storage hold no user data (checks 25, 30)', async ({ page, context, egress }) => {
  const seen: { url: string; type: string }[] = [];
  context.on('request', (request) => seen.push({ url: request.url(), type: request.resourceType() }));
  await page.clock.install();
  await onboard(page);
  await waitForServiceWorker(page);
  await writeCanaryThroughCourse(page, CANARY);
  // Check 32: after the auto-lock, nothing the person wrote is left in the page (markup or any
  // field's value); the same probe finds the answer while it is on screen.
  const pageHolds = () => page.evaluate((canary) => [document.documentElement.outerHTML, ...[...document.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value)].some((t) => t.includes(canary)), CANARY);
  expect(await pageHolds()).toBe(true);
  await page.clock.fastForward('05:30');
  await expect(lockHeading(page)).toBeVisible();
  expect(await pageHolds()).toBe(false);
  await unlock(page);
  await openSettings(page);

  // Export and import: a backup saved as a file, then restored from that file.
  const dir = mkdtempSync(join(tmpdir(), 'polku-journey-'));
  try {
    await restoreBackup(page, await makeBackup(page, dir));

    // Feedback export, at its address (a full load: the vault locks and opens again).
    await page.goto('/feedback');
    await expect(lockHeading(page)).toBeVisible();
    await unlock(page);
    const exported = await saveFeedbackExport(page, dir);
    expect(exported).not.toContain(CANARY);
    expect(JSON.parse(exported)).toMatchObject({ format: 'feedback-export', answers: { useChange: 'decreased' } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await openSettings(page);

  // Check 30, while the vault holds data.
  const manifest = precacheManifest();
  const stored = await page.evaluate(async () => {
    const caches_: { name: string; urls: string[] }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      caches_.push({ name, urls: (await cache.keys()).map((r) => r.url) });
    }
    const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i) ?? '').map((k) => [k, s.getItem(k) ?? '']));
    return { caches: caches_, local: dump(localStorage), session: dump(sessionStorage), databases: (await indexedDB.databases()).map((d) => d.name) };
  });
  expect(stored.caches.length).toBeGreaterThan(0);
  for (const cache of stored.caches) {
    const runtime = RUNTIME_CACHES.includes(cache.name);
    expect(runtime || cache.name.startsWith('workbox-precache-v2-'), `cache ${cache.name}`).toBe(true);
    for (const url of cache.urls) {
      const parsed = new URL(url);
      expect(parsed.origin).toBe(BASE_URL);
      if (runtime) expect(parsed.pathname).toMatch(/^\/assets\/passphrase-[^/]+\.js$/);
      else expect(manifest.has(parsed.pathname), `${parsed.pathname} is in the precache manifest`).toBe(true);
    }
  }
  for (const area of [stored.local, stored.session]) {
    for (const [key, value] of Object.entries(area)) {
      expect(STORAGE_KEYS).toContain(key);
      expect(value).not.toContain(CANARY);
    }
  }
  expect(stored.databases).toEqual(['app']);

  // The end of the journey: delete everything.
  await page.getByLabel(text(vault, 'settings.delete.understand')).check();
  await page.getByRole('region', { name: text(vault, 'settings.delete.title') }).getByLabel(text(vault, 'settings.delete.passphrase'), { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: text(vault, 'settings.delete.submit') }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/welcome'), { timeout: 30_000 });

  // Check 25.
  const files = builtFiles();
  expect(egress.requests.length).toBeGreaterThan(20);
  for (const request of egress.requests) {
    const url = new URL(request.url);
    if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
    expect(url.origin).toBe(BASE_URL);
    expect(request.method).toBe('GET');
    expect(request.hasBody).toBe(false);
    // Workbox adds its own build revision to files whose names carry no hash; nothing else may.
    const query = [...url.searchParams.keys()];
    expect(request.fromServiceWorker ? query.filter((k) => k !== '__WB_REVISION__') : query, `query string on ${url.pathname}`).toEqual([]);
    const navigation = seen.some((s) => s.url === request.url && s.type === 'document');
    const allowed = files.has(url.pathname) || (navigation && ROUTE.test(url.pathname));
    expect(allowed, `${url.pathname} is a built file or an app route`).toBe(true);
  }
});
