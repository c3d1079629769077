/**
 * A tab crashed in the middle of a passphrase change (CDP Page.crash) leaves the vault whole
 * (security.md §7.3 check 23): after relaunching the same profile exactly one of the old and the
 * new passphrase opens it, the key slots are intact and the recovery code still works.
 */
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { keySlotNames, lockHeading, onboard, openSettings, text, vault } from '../fixtures/vault/e2eVault';
import { newProfileDir, openProfile } from '../fixtures/vault/persistentBrowser';
import { expect, test } from './support/fixtures';

const OLD = 'vanha tunnuslause kaatumista varten 1';
const NEW = 'uusi tunnuslause kaatumisen jälkeen 2';

async function tryUnlock(page: Page, passphrase: string): Promise<boolean> {
  const field = page.getByLabel(text(vault, 'lock.passphrase'), { exact: true });
  await field.fill(passphrase);
  await field.press('Enter');
  const wrong = page.getByText(text(vault, 'error.wrong-passphrase'));
  const opened = page.getByRole('navigation', { name: 'Main' });
  await expect(wrong.or(opened)).toBeVisible({ timeout: 20_000 });
  return opened.isVisible();
}

test.describe('crash mid-write', () => {
  for (const delay of [100, 400, 900]) {
    test.setTimeout(120_000);
    test(`a crash ${delay} ms into a passphrase change keeps exactly one passphrase working`, async () => {
      const dir = newProfileDir();
      try {
        let context = await openProfile(dir);
        let page = context.pages()[0] ?? (await context.newPage());
        const code = await onboard(page, OLD);
        await openSettings(page);
        const section = page.locator('section').filter({ has: page.getByRole('heading', { name: text(vault, 'settings.change.title') }) });
        await section.getByLabel(text(vault, 'settings.change.current'), { exact: true }).fill(OLD);
        await page.getByLabel(text(vault, 'new-passphrase.label'), { exact: true }).fill(NEW);
        await page.getByLabel(text(vault, 'new-passphrase.confirm'), { exact: true }).fill(NEW);
        await expect(page.getByRole('meter')).toHaveAccessibleName(/strong/);
        const cdp = await context.newCDPSession(page);
        await page.getByRole('button', { name: text(vault, 'settings.change.submit') }).click();
        await page.waitForTimeout(delay);
        const crashed = page.waitForEvent('crash');
        void cdp.send('Page.crash').catch(() => undefined);
        await crashed;
        await context.close();

        context = await openProfile(dir);
        page = context.pages()[0] ?? (await context.newPage());
        await page.goto('/settings');
        await expect(lockHeading(page)).toBeVisible();
        const oldWorks = await tryUnlock(page, OLD);
        let newWorks = false;
        if (!oldWorks) newWorks = await tryUnlock(page, NEW);
        expect(oldWorks !== newWorks || oldWorks).toBe(true);
        expect(oldWorks || newWorks).toBe(true);
        expect(await keySlotNames(page)).toEqual(['passphrase', 'recovery']);

        // The recovery code still opens the vault after the crash.
        await page.reload();
        await page.getByRole('button', { name: text(vault, 'lock.forgot') }).click();
        await page.getByLabel(text(vault, 'recovery.code'), { exact: true }).fill(code);
        await page.getByLabel(text(vault, 'new-passphrase.label'), { exact: true }).fill(`${NEW} 3`);
        await page.getByLabel(text(vault, 'new-passphrase.confirm'), { exact: true }).fill(`${NEW} 3`);
        await expect(page.getByRole('meter')).toHaveAccessibleName(/strong/);
        await page.getByRole('button', { name: text(vault, 'recovery.submit') }).click();
        await expect(page.getByRole('heading', { level: 1, name: text(vault, 'settings.title') })).toBeVisible({ timeout: 20_000 });
        await context.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
