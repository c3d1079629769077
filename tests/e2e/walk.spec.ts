/**
 * A person's walk through Polku on a phone and a laptop, in Finnish, Swedish and English (issue 10,
 * "Done when"): home → programme → My notes → lock → unlock → tools → help. After every move the
 * new screen starts at the top with its heading; no screen says "not ready yet"; Lock is there
 * whenever the vault is open; on a phone the top bar takes at most a fifth of the screen; a wrong
 * passphrase says so without a false "too many attempts". A screenshot of every main screen at
 * both sizes in all three languages goes to reports/screens/ (not committed) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { json, onboard, PASSPHRASE, text, type Strings } from '../fixtures/vault/e2eVault';
import { LANGUAGES, expect, test } from './support/fixtures';
import { VIEWPORTS } from './support/routes';

const strings = (language: string, namespace: string): Strings => json(`src/i18n/locales/${language}/${namespace}.json`);
// The placeholder's old wording in each language (the component and its strings are gone).
const NOT_READY = ['Not ready yet', 'Ei vielä valmis', 'Inte klart ännu'];

/** Scrolls the current screen to its end, so a new screen that kept the old position would show it. */
async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/** Client-side navigation, as a link inside Polku does it (a reload would lock the vault, by design). */
async function goInside(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

for (const language of LANGUAGES) {
  for (const viewport of VIEWPORTS) {
    test(`a walk through Polku in ${language} on a ${viewport.name}`, async ({ page }) => {
      test.setTimeout(150_000);
      const common = strings(language, 'common');
      const vault = strings(language, 'vault');
      const shots = `reports/screens/${language}/${viewport.name}`;
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: viewport.width, height: viewport.height });

      await onboard(page);
      await page.evaluate((lang) => localStorage.setItem('polku.language', lang), language);

      /** The screen shown now: a heading, at the top, nothing unfinished, Lock when open, a screenshot. */
      async function arrived(name: string, open = true): Promise<void> {
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expect.poll(() => page.evaluate(() => window.scrollY), { message: `${name} starts at the top` }).toBe(0);
        for (const phrase of NOT_READY) await expect(page.getByText(phrase)).toHaveCount(0);
        if (open) await expect(page.getByRole('button', { name: text(common, 'actions.lock'), exact: true })).toBeVisible();
        if (viewport.name === 'phone') {
          const bar = await page.locator('header').first().boundingBox();
          expect(bar?.height ?? Infinity, `top bar on ${name}`).toBeLessThanOrEqual(viewport.height * 0.2);
        }
        await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
      }

      // A reload locks: the lock screen now speaks the chosen language.
      await page.reload();
      const lockTitle = page.getByRole('heading', { level: 1, name: text(vault, 'lock.title') });
      await expect(lockTitle).toBeVisible();
      const field = page.getByLabel(text(vault, 'lock.passphrase'), { exact: true });
      async function unlockWith(passphrase: string): Promise<void> {
        await field.fill(passphrase);
        await field.press('Enter');
      }
      await unlockWith('not the passphrase');
      await expect(page.getByText(text(vault, 'error.wrong-passphrase'))).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole('button', { name: text(vault, 'lock.unlock') })).toBeEnabled();
      await page.screenshot({ path: `${shots}/lock.png`, fullPage: true });
      await unlockWith(PASSPHRASE);
      await expect(lockTitle).toHaveCount(0, { timeout: 20_000 });
      await arrived('home');

      await scrollToEnd(page);
      await page.getByRole('link', { name: text(common, 'nav.course'), exact: true }).first().click();
      await arrived('course');

      await scrollToEnd(page);
      await goInside(page, '/notes');
      await arrived('notes');

      await page.getByRole('button', { name: text(common, 'actions.lock'), exact: true }).click();
      await expect(lockTitle).toBeVisible();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await unlockWith(PASSPHRASE);
      await expect(lockTitle).toHaveCount(0, { timeout: 20_000 });
      await arrived('notes-after-unlock');

      await scrollToEnd(page);
      await page.getByRole('link', { name: text(common, 'nav.tools'), exact: true }).first().click();
      await arrived('tools');

      await scrollToEnd(page);
      await page.getByRole('link', { name: text(common, 'actions.get-help'), exact: true }).first().click();
      await arrived('help');
    });
  }
}
