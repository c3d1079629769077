/**
 * Home and "My notes" in the production build: a new person's home says "Start"; after writing a
 * course answer, home says "Continue" and shows none of the person's words; "My notes" finds the
 * answer by an on-device search and opens it at its exercise step, with the answer in place.
 * Both screens pass axe in light and dark (phone-size screenshots go to reports/screens/), keep the title "Polku" and carry no user text in the address.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { common, json, onboard, text, writeCanaryThroughCourse } from '../fixtures/vault/e2eVault';
import { expect, test } from './support/fixtures';

const home = json('src/i18n/locales/en/home.json');
const notes = json('src/i18n/locales/en/notes.json');
const course = json('src/i18n/locales/en/course.json');
const m01 = json('modules-content/modules/m01/locales/en.json');
/** Screenshots for review (not committed). */
const SHOTS = join(import.meta.dirname, '..', '..', 'reports', 'screens');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe WCAG 2.2 AA in the light and the dark theme. */
async function axeClean(page: Page, what: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => `${what} (${scheme}) ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** 320 px is a 640 px phone at 200 % zoom. */
async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `no sideways scrolling on ${what} at ${width} px`).toBeLessThanOrEqual(width);
  }
}

test.use({ viewport: { width: 390, height: 844 } });

test('home, then a course answer found in My notes by search and opened at its exercise step', async ({ page }) => {
  test.setTimeout(120_000);
  const canary = `polku-canary-${Date.now()}`;
  await onboard(page);

  // A new person: Start, not Continue.
  const programme = page.getByRole('region', { name: text(home, 'course.heading'), exact: true });
  await expect(programme.getByRole('link', { name: text(home, 'course.start'), exact: true })).toBeVisible();
  await expect(programme.getByRole('link', { name: text(home, 'course.continue'), exact: true })).toHaveCount(0);
  await axeClean(page, 'home (new)');

  await writeCanaryThroughCourse(page, canary);

  // Home again: Continue, the exercise listed by kind, and none of the person's words.
  await page.getByRole('navigation', { name: text(common, 'nav.label') }).getByRole('link', { name: text(common, 'nav.today') }).click();
  await expect(programme.getByRole('link', { name: text(home, 'course.continue'), exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: text(home, 'recent.heading') }).getByRole('link').first()).toHaveText(text(home, 'recent.exercise').replace('{{number}}', '1'));
  await expect(page.locator('body')).not.toContainText(canary);
  await axeClean(page, 'home (started)');
  await page.screenshot({ path: join(SHOTS, 'home-phone-en.png'), fullPage: true });
  await noSidewaysScroll(page, 'home');
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: join(SHOTS, 'home-laptop-en.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });

  await page.getByRole('link', { name: text(home, 'notes.link'), exact: true }).click();
  await page.waitForURL('**/notes');
  await expect(page.getByRole('heading', { level: 1, name: text(notes, 'title') })).toBeFocused();
  const search = page.getByRole('searchbox', { name: text(notes, 'search.label') });
  await search.fill('no such words anywhere');
  await expect(page.getByText(text(notes, 'search.found_zero'), { exact: true })).toBeVisible();
  await search.fill(canary.toUpperCase());
  await expect(page.getByText(text(notes, 'search.found_one').replace('{{count}}', '1'), { exact: true })).toBeVisible();
  await axeClean(page, 'my notes');
  await page.screenshot({ path: join(SHOTS, 'notes-phone-en.png'), fullPage: true });
  await noSidewaysScroll(page, 'my notes');
  await expect(page).toHaveTitle('Polku');
  expect(page.url()).not.toContain(canary.toLowerCase());

  const exerciseTitle = (m01.steps as Record<string, { exercise?: { title: string } }>)['m01-values']?.exercise?.title ?? '';
  await page.getByRole('link', { name: exerciseTitle, exact: true }).click();
  await page.waitForURL('**/course/m01/4');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('textbox', { name: text(course, 'checklist.other') })).toHaveValue(canary);
});
