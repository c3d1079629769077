/**
 * Back after a quick exit (issue 9, item 4; security.md §7.3 check 34). In-app navigation replaces
 * the one history entry Polku has, and the quick exit replaces that entry with the neutral page,
 * so pressing Back until the history ends never shows anything of Polku.
 */
import { onboard, openSettings, text, common, writeCanaryThroughCourse } from '../fixtures/vault/e2eVault';
import { expect, test } from './support/fixtures';
import { BASE_URL } from '../../playwright.config';

const CANARY = 'HISTORYCANARY-7d1e';

test('after a quick exit, Back until the history ends never shows Polku (check 34)', async ({ page }) => {
  await onboard(page);
  await writeCanaryThroughCourse(page, CANARY);
  await openSettings(page);
  await page.getByRole('navigation', { name: text(common, 'nav.label') }).getByRole('link', { name: text(common, 'nav.course') }).click();
  // One entry for the blank start page, one for Polku, however far the person went inside it.
  expect(await page.evaluate(() => history.length)).toBe(2);
  await page.getByRole('button', { name: text(common, 'actions.quick-exit') }).click();
  await page.waitForURL('**/neutral');
  expect(await page.evaluate(() => history.length)).toBe(2);

  const seen: string[] = [page.url()];
  for (let presses = 0; presses < 20; presses += 1) {
    const before = page.url();
    const response = await page.goBack({ waitUntil: 'load' }).catch(() => null);
    if (response === null && page.url() === before) break;
    seen.push(page.url());
    const body = (await page.locator('body').textContent({ timeout: 5000 }).catch(() => '')) ?? '';
    const url = new URL(page.url());
    // Nothing of Polku: no app route, no app text, no canary.
    if (url.origin === BASE_URL) expect(url.pathname).toBe('/neutral');
    expect(body).not.toContain('Polku');
    expect(body).not.toContain(CANARY);
    expect(await page.title()).not.toBe('Polku');
  }
  expect(seen.length).toBeGreaterThan(1);
  expect(seen.every((url) => !url.startsWith(BASE_URL) || new URL(url).pathname === '/neutral')).toBe(true);
});
