/**
 * security.md §7.3 check 26, the vault half: after one visit, Polku works with the network gone.
 * The person sets up a vault online, goes offline, reloads (the service worker answers), unlocks,
 * writes an answer in a module, locks and unlocks and finds it; edits it, reloads offline (every
 * decrypted copy is gone, the page reads from disk), and finds the edit; clears it, and it stays
 * cleared. The only request allowed to fail offline is the browser's own check for a new `sw.js`.
 */
import { common, json, lockHeading, onboard, savedStatus, text, unlock, writeCanaryThroughCourse } from '../fixtures/vault/e2eVault';
import { expect, test, waitForServiceWorker } from './support/fixtures';

const course = json('src/i18n/locales/en/course.json');
const onboarding = json('src/i18n/locales/en/onboarding.json');
const FIRST = 'OFFLINECANARY-7d1e first answer, written with no network';
const EDITED = 'OFFLINECANARY-7d1e edited after a reload with no network';

test('offline after the first visit: reload, unlock, write, lock, unlock, edit and clear an answer (check 26)', async ({ page, context }) => {
  test.setTimeout(120_000);
  await onboard(page);
  await waitForServiceWorker(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  // Going offline before the first-run cache is complete would cut off its last dictionary files.
  await expect(page.getByRole('status').filter({ hasText: text(onboarding, 'install.ready') })).toBeVisible({ timeout: 30_000 });

  const failed: string[] = [];
  context.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname));
  await context.setOffline(true);

  // A reload offline: the service worker serves the shell, and a reload always locks.
  await page.reload();
  await expect(lockHeading(page)).toBeVisible({ timeout: 20_000 });
  await unlock(page);

  // Create: an answer in module 1, reached through the app's own links and lazily loaded screens.
  await writeCanaryThroughCourse(page, FIRST);
  const answer = page.getByRole('textbox', { name: text(course, 'checklist.other') });

  // Read after a lock: the answer is decrypted again from the vault.
  await page.getByRole('button', { name: text(common, 'actions.lock'), exact: true }).click();
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByText(FIRST)).toHaveCount(0);
  await unlock(page);
  await expect(answer).toHaveValue(FIRST, { timeout: 20_000 });

  // Update, then a full reload offline: the edit comes back from IndexedDB, not from memory.
  await answer.fill(EDITED);
  await expect(savedStatus(page)).toBeVisible();
  await page.reload();
  await expect(lockHeading(page)).toBeVisible({ timeout: 20_000 });
  await unlock(page);
  await expect(answer).toHaveValue(EDITED, { timeout: 20_000 });

  // Delete: a cleared answer stays cleared after another lock.
  await answer.fill('');
  await expect(savedStatus(page)).toBeVisible();
  await page.getByRole('button', { name: text(common, 'actions.lock'), exact: true }).click();
  await expect(lockHeading(page)).toBeVisible();
  await unlock(page);
  await expect(answer).toHaveValue('', { timeout: 20_000 });

  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(failed.filter((path) => path !== '/sw.js'), 'requests that failed offline').toEqual([]);
  await context.setOffline(false);
});
