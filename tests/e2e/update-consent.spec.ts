/**
 * security.md §7.3 check 31 in the browser: build v1 is served, a vault is set up, then build v2
 * (the same build with a different service worker, as any release has) is served at the same
 * address. The page says an update is ready; v2's worker stays waiting while the person goes on
 * working; accepting with the vault open locks Polku before the new worker takes control, and the
 * page comes back locked under v2. Both builds run with the production headers (vite preview with
 * the project's config), on a port of their own that the test starts and stops.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { common, lockHeading, onboard, openSettings, text, unlock, vault } from '../fixtures/vault/e2eVault';
import { expect, test, waitForServiceWorker } from './support/fixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILD = join(ROOT, process.env.POLKU_OUT_DIR ?? 'dist');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `vite preview` of one build directory, in its own process group so it can be stopped whole. */
async function serve(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir], {
    cwd: ROOT,
    env: { ...process.env, POLKU_OUT_DIR: dir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    detached: true,
    stdio: 'ignore',
  });
  for (let tries = 0; tries < 600; tries += 1) {
    const up = await fetch(`http://127.0.0.1:${port}/sw.js`).then((r) => r.ok, () => false);
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('preview server did not start');
}

async function stop(child: ChildProcess | undefined, port: number): Promise<void> {
  if (!child?.pid) return;
  process.kill(-child.pid, 'SIGTERM');
  for (let tries = 0; tries < 300; tries += 1) {
    const down = await fetch(`http://127.0.0.1:${port}/`).then(() => false, () => true);
    if (down) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function workers(page: Page): Promise<{ waiting: boolean; active: boolean; controlled: boolean }> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: Boolean(registration?.waiting), active: Boolean(registration?.active), controlled: navigator.serviceWorker.controller !== null };
  });
}

test('an update waits for consent; accepting while unlocked locks first, then v2 takes over (check 31)', async ({ browser }) => {
  test.setTimeout(180_000);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const v2 = mkdtempSync(join(tmpdir(), 'polku-build-v2-'));
  cpSync(BUILD, v2, { recursive: true });
  // A release changes the service worker's bytes; that is what the browser's update check sees.
  appendFileSync(join(v2, 'sw.js'), '\n// update-consent test: build v2\n');
  let server: ChildProcess | undefined;
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow' });
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  try {
    server = await serve(BUILD, port);
    const page = await context.newPage();
    await onboard(page);
    await waitForServiceWorker(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    expect(await workers(page)).toEqual({ waiting: false, active: true, controlled: true });

    // v2 is released at the same address; the next load finds it.
    await stop(server, port);
    server = await serve(v2, port);
    // The moment the new worker takes control, note what the page shows (the page then reloads).
    const atTakeover: string[] = [];
    await page.exposeBinding('__polkuTakeover', (_source, heading: string) => void atTakeover.push(heading));
    await page.addInitScript(() => {
      navigator.serviceWorker?.addEventListener('controllerchange', () => {
        const report = (window as unknown as { __polkuTakeover: (h: string) => void }).__polkuTakeover;
        report(document.querySelector('h1')?.textContent ?? '');
      });
    });
    await page.reload();
    await expect(lockHeading(page)).toBeVisible();
    await unlock(page);
    const prompt = page.getByRole('status').filter({ hasText: text(common, 'update.ready') });
    await expect(prompt).toBeVisible({ timeout: 60_000 });
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting), undefined, { timeout: 30_000 });

    // Offered, not applied: the person keeps working, v1 stays in control, v2 stays waiting.
    await openSettings(page);
    expect(await workers(page)).toEqual({ waiting: true, active: true, controlled: true });
    await expect(prompt).toBeVisible();
    expect(atTakeover).toEqual([]);

    // Accepting with the vault open: Polku locks, then v2 takes control and the page reloads.
    await prompt.getByRole('button', { name: text(common, 'update.accept') }).click();
    await expect.poll(() => atTakeover.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(atTakeover[0], 'the heading when the new worker took control').toBe(text(vault, 'lock.title'));
    await expect(lockHeading(page)).toBeVisible({ timeout: 30_000 });
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return navigator.serviceWorker.controller !== null && !registration?.waiting;
    }, undefined, { timeout: 30_000 });
    await expect(prompt).toHaveCount(0);
    expect(foreign).toEqual([]);
  } finally {
    await context.close();
    await stop(server, port);
    rmSync(v2, { recursive: true, force: true });
  }
});
