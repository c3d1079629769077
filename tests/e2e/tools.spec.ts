/**
 * The tools in the production build, in English and Finnish, at phone and laptop size: open the
 * tools page, surf an urge (the clock is fast-forwarded, never waited out), write a coping card and
 * read it, fill the safety plan with the country's crisis numbers, download the reminder file; axe
 * finds no WCAG 2.2 AA violation on any tools screen and nothing scrolls sideways. In English the
 * copy outside the vault is then chosen and read from the lock screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { common as commonEn, json, onboard, savedStatus, text } from '../fixtures/vault/e2eVault';
import { cspViolations, expect, test, type TestLanguage } from './support/fixtures';
import { VIEWPORTS } from './support/routes';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function stringsFor(lang: TestLanguage) {
  return {
    common: json(`src/i18n/locales/${lang}/common.json`),
    tools: json(`src/i18n/locales/${lang}/tools.json`),
    fields: json(`src/i18n/locales/${lang}/fields.json`),
    vault: json(`src/i18n/locales/${lang}/vault.json`),
  };
}
type Strings = ReturnType<typeof stringsFor>;

async function checkScreen(page: Page, what: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${what} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `no sideways scrolling on ${what} at ${viewport.name}`).toBeLessThanOrEqual(viewport.width);
  }
  await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
}

async function saved(page: Page, s: Strings): Promise<void> {
  await expect(savedStatus(page, s.fields)).toBeVisible();
}

async function openTools(page: Page, s: Strings): Promise<void> {
  await page.getByRole('navigation', { name: text(s.common, 'nav.label') }).getByRole('link', { name: text(s.common, 'nav.tools') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(s.tools, 'home.title') })).toBeFocused();
}

for (const lang of ['en', 'fi'] as const) {
  test(`tools in ${lang}: urge surf, a coping card, the safety plan, a reminder file`, async ({ page }) => {
    test.setTimeout(120_000);
    const s = stringsFor(lang);
    await page.clock.install();
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
    await onboard(page);
    await page.getByRole('combobox', { name: text(commonEn, 'language.label') }).selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    // Home shows the tools; the tools page has one tile per tool.
    await expect(page.getByRole('navigation', { name: text(s.tools, 'today.label') }).getByRole('link')).toHaveCount(3);
    await openTools(page, s);
    await checkScreen(page, '/tools');

    // Urge surf: 5 minutes, 0–10 before, the clock fast-forwarded to the end, 0–10 after.
    await page.getByRole('link', { name: new RegExp(text(s.tools, 'home.surf.title')) }).click();
    await expect(page.getByRole('heading', { level: 1, name: text(s.tools, 'surf.title') })).toBeFocused();
    await page.getByRole('slider', { name: text(s.tools, 'surf.before') }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: text(s.tools, 'surf.start'), exact: true }).click();
    await expect(page.getByRole('timer')).toHaveText('5:00');
    await page.clock.fastForward('02:30');
    // The guidance on screen (the same words are also spoken once by the polite live region).
    await expect(page.getByText(text(s.tools, 'surf.guide.peak')).first()).toBeVisible();
    await checkScreen(page, '/tools/surf running');
    await page.clock.fastForward('02:31');
    await expect(page.getByRole('timer')).toHaveText('0:00');
    await expect(page.getByText(text(s.tools, 'surf.guide.end'))).toBeVisible();
    const after = page.getByRole('slider', { name: text(s.tools, 'surf.after') });
    await after.focus();
    await page.keyboard.press('ArrowLeft');
    await saved(page, s);
    await expect(page.getByRole('region', { name: text(s.tools, 'surf.history') }).getByRole('listitem')).toHaveCount(1);
    await checkScreen(page, '/tools/surf done');

    // A coping card, written, then read one at a time.
    await page.getByRole('link', { name: text(s.tools, 'back') }).click();
    await page.getByRole('link', { name: new RegExp(text(s.tools, 'home.cards.title')) }).click();
    await page.getByRole('button', { name: text(s.tools, 'cards.add') }).click();
    const card = page.getByRole('textbox', { name: text(s.tools, 'cards.card').replace('{{number}}', '1') });
    await expect(card).toBeFocused();
    await card.fill('Close the laptop and go for a walk.');
    await saved(page, s);
    await checkScreen(page, '/tools/cards');
    await page.getByRole('link', { name: text(s.tools, 'cards.flip') }).click();
    await expect(page.getByText('Close the laptop and go for a walk.')).toBeVisible();
    await checkScreen(page, '/tools/cards/read');

    // The safety plan: Finland's crisis numbers, the first warning sign.
    await openTools(page, s);
    await page.getByRole('link', { name: new RegExp(text(s.tools, 'home.plan.title')) }).click();
    await page.getByRole('combobox', { name: text(s.tools, 'plan.country') }).selectOption('FI');
    await expect(page.locator('a[href="tel:112"]')).toBeVisible();
    const step1 = page.getByRole('region', { name: new RegExp(text(s.tools, 'plan.steps.warning-signs.title')) });
    await step1.getByRole('textbox').fill('Tired, alone, late at night');
    await saved(page, s);
    await checkScreen(page, '/tools/plan');

    // Reminders: a calendar file with the chosen day, titled Polku only.
    await openTools(page, s);
    await page.getByRole('checkbox', { name: text(s.tools, 'reminders.weekdays.MO') }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: text(s.tools, 'reminders.download') }).click()]);
    expect(download.suggestedFilename()).toBe('polku.ics');
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('\r\nSUMMARY:Polku\r\n');
    expect(ics).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\n');
    await expect(page.getByRole('status').filter({ hasText: text(s.tools, 'reminders.ready') })).toBeVisible();
    expect(await cspViolations(page)).toEqual([]);
  });
}

test('the copy outside the vault: off by default, then readable from the lock screen', async ({ page }) => {
  test.setTimeout(120_000);
  const s = stringsFor('en');
  await onboard(page);
  await openTools(page, s);
  await page.getByRole('link', { name: new RegExp(text(s.tools, 'home.plan.title')) }).click();
  const step2 = page.getByRole('region', { name: new RegExp(text(s.tools, 'plan.steps.own-coping.title')) });
  await step2.getByRole('textbox').fill('A cold shower');
  const toggle = page.getByRole('checkbox', { name: text(s.tools, 'plan.copy.toggle') });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page.getByText(text(s.tools, 'plan.copy.on'))).toBeVisible();
  await saved(page, s);

  await page.getByRole('button', { name: text(s.common, 'actions.lock'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(s.vault, 'lock.title') })).toBeVisible();
  await page.getByRole('link', { name: text(s.tools, 'outside.title') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(s.tools, 'outside.title') })).toBeVisible();
  await expect(page.getByText('A cold shower')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await checkScreen(page, '/plan');
  expect(await cspViolations(page)).toEqual([]);
});

test('the urge surf under reduced motion: no moving wave, the clock and the words carry it', async ({ page }) => {
  const s = stringsFor('en');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await onboard(page);
  await openTools(page, s);
  await page.getByRole('link', { name: new RegExp(text(s.tools, 'home.surf.title')) }).click();
  await page.getByRole('radio', { name: '15 minutes' }).check();
  await page.getByRole('button', { name: text(s.tools, 'surf.start'), exact: true }).click();
  await expect(page.getByRole('timer')).toHaveText('15:00');
  await expect(page.locator('.tools-surf__wave')).toHaveCount(0);
  // 15 minutes outlast the default 5-minute auto-lock: while the timer runs, sitting still does not lock Polku.
  for (let minute = 0; minute < 15; minute += 3) await page.clock.fastForward('03:00');
  await page.clock.fastForward('00:02');
  await expect(page.getByText(text(s.tools, 'surf.guide.end'))).toBeVisible();
  await expect(savedStatus(page, s.fields)).toBeVisible();
});
