/**
 * security.md §7.3 checks 25 and 30 over the whole journey that exists today: first run, writing,
 * lock and unlock, settings, and delete everything (export, import and feedback export come with
 * issues 13 and 14 and join this journey then).
 * 25: every request, from the page, its workers and the service worker, is a same-origin GET of a
 *     built file or an app route, with no query string and no body (the shared fixture also fails
 *     the test on any foreign request, socket, beacon or peer connection).
 * 30: Cache Storage holds only URLs of the precache manifest and the named runtime cache of the
 *     passphrase dictionaries; web storage holds only the allowlisted preference keys and no
 *     canary; the only IndexedDB database is the app's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lockHeading, onboard, openSettings, text, unlock, vault, writeCanaryThroughCourse } from '../fixtures/vault/e2eVault';
import { expect, test, waitForServiceWorker } from './support/fixtures';
import { BASE_URL } from '../../playwright.config';

const OUT_DIR = join(import.meta.dirname, '..', '..', process.env.POLKU_OUT_DIR ?? 'dist');
const CANARY = 'JOURNEYCANARY-5c2a';
/** The app's routes (navigations are answered with index.html) and the neutral page. */
const ROUTE = /^\/(?:|welcome|help|research|course|tracker|tools|feedback|settings|neutral)(?:\/[a-z0-9-]*)*$/;
const RUNTIME_CACHES = ['passphrase-dictionaries'];
const STORAGE_KEYS = ['polku.language', 'polku.country'];

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
  await page.clock.fastForward('05:30');
  await expect(lockHeading(page)).toBeVisible();
  await unlock(page);
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
  await page.getByRole('region', { name: text(vault, 'settings.delete.title') }).getByLabel(text(vault, 'settings.delete.passphrase'), { exact: true }).fill('lampi kivijalka sateenvarjo huilu kompassi');
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
