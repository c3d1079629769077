/**
 * Issue 10 item 7: a first visit that only opened the help pages is enough to set Polku up
 * offline later. The service worker takes control on its first install (clientsClaim), the page
 * caches what first run needs (the strength dictionaries and word lists) and says "Ready to use
 * offline"; then, with the network gone and no reload in between, first run goes all the way to
 * the recovery code, with a suggested passphrase (shown in plain text) checked by the dictionaries.
 */
import { common, json, text, vault } from '../fixtures/vault/e2eVault';
import { expect, test } from './support/fixtures';

const onboarding = json('src/i18n/locales/en/onboarding.json');

test('after a help-only first visit, setting up works offline', async ({ page, context }) => {
  await page.goto('/help');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Controlled without a reload: clientsClaim on the first install.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: text(onboarding, 'install.ready') })).toBeVisible({ timeout: 30_000 });

  await context.setOffline(true);
  // The navigation is answered by the service worker from its precache.
  await page.goto('/welcome');
  await page.getByRole('button', { name: text(vault, 'onboarding.next'), exact: true }).click();
  await page.getByRole('button', { name: text(vault, 'onboarding.age.adult') }).click();
  await page.getByRole('button', { name: text(vault, 'onboarding.next'), exact: true }).click();

  const field = page.getByLabel(text(vault, 'new-passphrase.label'), { exact: true });
  await page.getByRole('button', { name: text(vault, 'new-passphrase.generate') }).click();
  await expect(field).not.toHaveValue('');
  // Item 3: the suggested words are shown, not masked.
  await expect(field).toHaveAttribute('type', 'text');
  const words = await field.inputValue();
  expect(words.split(' ')).toHaveLength(6);
  await page.getByLabel(text(vault, 'new-passphrase.confirm'), { exact: true }).fill(words);
  await expect(page.getByRole('meter')).toHaveAccessibleName(/strong/, { timeout: 20_000 });
  await expect(page.getByText(text(vault, 'new-passphrase.tools-offline'))).toHaveCount(0);
  await page.getByRole('button', { name: text(vault, 'onboarding.passphrase.create') }).click();

  await expect(page.getByRole('heading', { level: 1, name: text(vault, 'onboarding.recovery.title') })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.secret-code')).not.toBeEmpty();
  // Item 10: no way into the app's areas before the code is confirmed; help and quick exit stay.
  await expect(page.getByRole('navigation', { name: text(common, 'nav.label') })).toHaveCount(0);
  await expect(page.getByRole('link', { name: text(common, 'actions.get-help') })).toBeVisible();
  await expect(page.getByRole('button', { name: text(common, 'actions.quick-exit') })).toBeVisible();
});
