/**
 * The tracker in the production build: a person opens today's check-in from home in one tap,
 * answers a few items, finds the day in the history and the charts with their tables; in English
 * and Finnish, at phone and laptop width, light and dark, with axe on each screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { json, onboard, text, unlock } from '../fixtures/vault/e2eVault';
import { cspViolations, expect, test, type TestLanguage } from './support/fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;

async function axeClean(page: import('@playwright/test').Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const language of ['en', 'fi'] as const satisfies readonly TestLanguage[]) {
  const tracker = json(`src/i18n/locales/${language}/tracker.json`);
  const common = json(`src/i18n/locales/${language}/common.json`);
  const s = (path: string) => text(tracker, path);

  for (const viewport of VIEWPORTS) {
    for (const scheme of ['light', 'dark'] as const) {
      // Dark mode once per language, at phone width, keeps the suite short.
      if (scheme === 'dark' && viewport.name === 'laptop') continue;
      test(`check in and see it in the history (${language}, ${viewport.name}, ${scheme})`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await onboard(page);
        // A returning person: Polku opens locked; unlock, and home is the first screen.
        await page.goto('/');
        await unlock(page);
        if (language !== 'en') await page.getByRole('combobox', { name: /language|kieli|språk/i }).selectOption(language);

        // One tap from home.
        await page.getByRole('link', { name: text(common, 'today.tracker'), exact: true }).click();
        await expect(page).toHaveURL(/\/tracker\/today$/);
        await expect(page.getByRole('heading', { level: 1, name: s('checkin.title-today') })).toBeVisible();
        await expect(page).toHaveTitle('Polku');
        await axeClean(page);

        await page.getByRole('radio', { name: s('checkin.used.no'), exact: true }).check();
        const urge = page.getByRole('slider', { name: s('checkin.urge.label') });
        await urge.focus();
        await urge.press('ArrowRight');
        await page.getByRole('checkbox', { name: s('checkin.triggers.tired') }).check();
        await expect(page.getByRole('status').filter({ hasText: /Saved|Tallennettu/ })).toBeVisible();
        await page.getByRole('button', { name: s('checkin.done'), exact: true }).click();

        await expect(page).toHaveURL(/\/tracker$/);
        await expect(page.getByRole('heading', { level: 1, name: s('title') })).toBeVisible();
        const history = page.locator('.tracker-history');
        await expect(history.getByRole('listitem')).toHaveCount(1);
        await expect(history).toContainText(s('history.used.no'));
        await expect(page.getByText(s('home.checked-in'))).toBeVisible();
        // Charts are a lazy chunk: an image with a table behind "Show … as a table".
        const useChart = page.getByRole('img', { name: s('charts.use.title') });
        await expect(useChart).toBeVisible();
        await page.getByText(s('charts.table').replace('{{chart}}', s('charts.use.title'))).click();
        await expect(page.getByRole('table', { name: s('charts.use.title') })).toBeVisible();
        await axeClean(page);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
        // 200 % text: nothing inside the tracker is wider than the screen.
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
        });
        // (a data table may scroll inside its own box, WCAG 1.4.10; the page does not)
        const tooWide = await page.evaluate(
          (width) =>
            [...document.querySelectorAll('main *')]
              .filter((el) => !el.closest('.tracker-chart__scroll table') && el.getBoundingClientRect().right > width + 1)
              .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
              .slice(0, 5),
          viewport.width,
        );
        expect(tooWide).toEqual([]);
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '';
        });
        await page.screenshot({ path: `tests/e2e/screenshots/${language}/${viewport.name}/tracker-${scheme}.png`, fullPage: true });
        expect(page.url()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(await cspViolations(page)).toEqual([]);
      });
    }
  }
}

// PHQ-9 item 9 above 0: the crisis panel gives the country's routes (Sweden here, as chosen on the
// help page) as tel: links, at once and before saving, and passes axe at phone width.
test('PHQ-9 item 9 shows the crisis routes for the chosen country (en, phone)', async ({ page }) => {
  test.setTimeout(120_000);
  const tracker = json('src/i18n/locales/en/tracker.json');
  const s = (path: string) => text(tracker, path);
  await page.setViewportSize({ width: 390, height: 844 });
  await onboard(page);
  await page.evaluate(() => localStorage.setItem('polku.country', 'SE'));
  // A fresh load opens locked on the address asked for.
  await page.goto('/tracker/q/phq9');
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: s('q.phq9.name') })).toBeVisible();
  const item9 = page.getByRole('group', { name: new RegExp(`^9\\. ${s('q.phq9.items.9')}`) });
  await item9.getByRole('radio', { name: s('q.phq9.options.1'), exact: true }).check();
  const panel = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: s('crisis.title') }) });
  await expect(panel.getByRole('link', { name: 'Call Emergency number 112 (Sweden), 112' })).toHaveAttribute('href', 'tel:112');
  await expect(panel.getByRole('link', { name: 'Call Självmordslinjen, 90101' })).toHaveAttribute('href', 'tel:90101');
  await expect(panel.getByRole('heading', { name: s('crisis.harm-title') })).toBeVisible();
  await axeClean(page);
  expect(await cspViolations(page)).toEqual([]);
});

// "I might act now" in the check-in: the same routes, urge guidance first, axe clean (fi, phone).
test('"I might act now" in the check-in shows the crisis routes (fi, phone)', async ({ page }) => {
  test.setTimeout(120_000);
  const tracker = json('src/i18n/locales/fi/tracker.json');
  const s = (path: string) => text(tracker, path);
  await page.setViewportSize({ width: 390, height: 844 });
  await onboard(page);
  await page.evaluate(() => localStorage.setItem('polku.country', 'FI'));
  await page.goto('/tracker/today');
  await unlock(page);
  await page.getByRole('combobox', { name: /language|kieli|språk/i }).selectOption('fi');
  await page.getByRole('button', { name: s('checkin.act-now'), exact: true }).click();
  const panel = page.getByRole('region', { name: s('crisis.urge.title') });
  await expect(panel.getByRole('link', { name: 'Soita: Hätänumero 112 (Suomi), 112' })).toHaveAttribute('href', 'tel:112');
  await expect(panel.getByRole('link', { name: /^Soita: MIELI ry:n Kriisipuhelin/ })).toHaveAttribute('href', /^tel:/);
  await axeClean(page);
  expect(await cspViolations(page)).toEqual([]);
});
