/**
 * Locking in the production build (security.md §7.3 checks 32–35): auto-lock after inactivity,
 * the privacy cover and lock when hidden, the back/forward cache, quick exit, and lock and wipe
 * across tabs.
 */
import { lockHeading, onboard, openSettings, setHidden, text, unlock, vault, common } from '../fixtures/vault/e2eVault';
import { cspViolations, expect, test } from './support/fixtures';

test.describe('vault locking', () => {
  test('locks after five idle minutes; activity before that keeps it open (check 32)', async ({ page }) => {
    await page.clock.install();
    await onboard(page);
    await openSettings(page);
    await page.clock.fastForward('04:00');
    await page.mouse.move(10, 10);
    await page.keyboard.press('Tab');
    await page.clock.fastForward('02:00');
    await expect(page.getByRole('heading', { level: 1, name: text(vault, 'settings.title') })).toBeVisible();
    await page.clock.fastForward('03:30');
    await expect(lockHeading(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: text(vault, 'settings.change.title') })).toHaveCount(0);
    expect(await page.title()).toBe('Polku');
    // The Argon2id worker ran through the polku-worker Trusted Types policy: no CSP violation.
    await unlock(page);
    expect(await cspViolations(page)).toEqual([]);
  });

  test('covers the page at once when hidden and locks after the grace period (check 33)', async ({ page }) => {
    await page.clock.install();
    await onboard(page);
    await openSettings(page);
    await setHidden(page, true);
    await expect(page.getByTestId('privacy-screen')).toBeVisible();
    await page.clock.fastForward('00:31');
    await setHidden(page, false);
    await expect(page.getByTestId('privacy-screen')).toHaveCount(0);
    await expect(lockHeading(page)).toBeVisible();
  });

  test('back from another page shows the lock screen, not decrypted screens (check 33)', async ({ page }) => {
    await onboard(page);
    await openSettings(page);
    await page.goto('/help');
    await page.goBack();
    await expect(lockHeading(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: text(vault, 'settings.change.title') })).toHaveCount(0);
  });

  test('quick exit (Shift three times, and the button) locks and replaces the page without growing history (check 34)', async ({ page }) => {
    await onboard(page);
    await openSettings(page);
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL('**/neutral');
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.goBack();
    await expect(page.getByRole('heading', { name: text(vault, 'settings.change.title') })).toHaveCount(0);
    await page.goto('/settings');
    await expect(lockHeading(page)).toBeVisible();
    await unlock(page);
    await openSettings(page);
    await page.getByRole('button', { name: text(common, 'actions.quick-exit') }).click();
    await page.waitForURL('**/neutral');
    await page.goto('/settings');
    await expect(lockHeading(page)).toBeVisible();
  });

  test('a lock in one tab locks the other within a second; a wipe in one resets the other (check 24)', async ({ page, context }) => {
    await onboard(page);
    const other = await context.newPage();
    await other.goto('/settings');
    await unlock(other);
    await expect(other.getByRole('heading', { level: 1, name: text(vault, 'settings.title') })).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await expect(lockHeading(other)).toBeVisible({ timeout: 1000 });

    await unlock(other);
    await page.reload();
    await unlock(page);
    await openSettings(page);
    await page.getByLabel(text(vault, 'settings.delete.understand')).check();
    await page.getByRole('region', { name: text(vault, 'settings.delete.title') }).getByLabel(text(vault, 'settings.delete.passphrase'), { exact: true }).fill('lampi kivijalka sateenvarjo huilu kompassi');
    await page.getByRole('button', { name: text(vault, 'settings.delete.submit') }).click();
    await expect(page.getByRole('heading', { level: 1, name: text(vault, 'onboarding.about.title') })).toBeVisible({ timeout: 20_000 });
    await expect(other.getByRole('heading', { level: 1, name: text(vault, 'onboarding.about.title') })).toBeVisible({ timeout: 10_000 });
  });

  test('delete everything leaves no database, cache, service worker or web storage (check 35)', async ({ page }) => {
    await onboard(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await openSettings(page);
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
    // The fresh first run after the wipe would register the service worker again; keep it from
    // doing so, to see what the wipe itself left.
    await page.context().route('**/sw.js', (route) => route.abort());
    await page.getByLabel(text(vault, 'settings.delete.understand')).check();
    await page.getByRole('region', { name: text(vault, 'settings.delete.title') }).getByLabel(text(vault, 'settings.delete.passphrase'), { exact: true }).fill('lampi kivijalka sateenvarjo huilu kompassi');
    await page.getByRole('button', { name: text(vault, 'settings.delete.submit') }).click();
    await expect(page.getByRole('heading', { level: 1, name: text(vault, 'onboarding.about.title') })).toBeVisible({ timeout: 20_000 });
    const left = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      registrations: (await navigator.serviceWorker.getRegistrations()).length,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    expect(left.databases).toEqual([]);
    expect(left.caches).toEqual([]);
    expect(left.registrations).toBe(0);
    expect(left.local).toBe(0);
    expect(left.session).toBe(0);
  });
});
