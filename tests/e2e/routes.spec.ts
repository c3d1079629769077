/**
 * Every route in every language at phone and laptop size: it renders a heading, axe finds no
 * WCAG 2.2 AA violation, and a screenshot goes to reports/screens/ (not committed) for a person to look at.
 * Private routes are swept unlocked; without a vault each of them is first run, which the /welcome
 * case already sweeps, so there they are only checked to lead there (in every language).
 */
import AxeBuilder from '@axe-core/playwright';
import { json, onboard, text, vault } from '../fixtures/vault/e2eVault';
import { LANGUAGES, cspViolations, expect, test, useLanguage } from './support/fixtures';
import { PRIVATE_ROUTES, PUBLIC_ROUTES, VIEWPORTS } from './support/routes';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const language of LANGUAGES) {
  test.describe(`every route in ${language}`, () => {
    test.beforeEach(async ({ context }) => {
      await useLanguage(context, language);
    });

    for (const route of PUBLIC_ROUTES) {
      test(`${route.path} renders accessibly`, async ({ page }) => {
        await page.goto(route.path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expect(page).toHaveTitle('Polku');
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
          await page.screenshot({
            path: `reports/screens/${language}/${viewport.name}/route-${route.name}.png`,
            fullPage: true,
          });
        }
        expect(await cspViolations(page)).toEqual([]);
      });
    }
  });
}

for (const language of LANGUAGES) {
  test(`without a vault every private route leads to first run, in ${language}`, async ({ page, context }) => {
    await useLanguage(context, language);
    const welcome = text(json(`src/i18n/locales/${language}/onboarding.json`), 'onboarding.about.title');
    for (const route of PRIVATE_ROUTES) {
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1, name: welcome }), route.path).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page).toHaveTitle('Polku');
    }
    expect(await cspViolations(page)).toEqual([]);
  });
}

/** The same sweep behind the vault: onboard once, then every private route unlocked, per language. */
for (const language of LANGUAGES) {
  test(`every private route unlocked, in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await onboard(page);
    await page.evaluate((lang) => localStorage.setItem('polku.language', lang), language);
    for (const route of PRIVATE_ROUTES) {
      // Client-side navigation keeps the vault unlocked (a reload would lock it, by design).
      await page.evaluate((path) => {
        history.pushState({}, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      }, route.path);
      if (route === PRIVATE_ROUTES[0]) {
        await page.getByRole('combobox', { name: /language|kieli|språk/i }).selectOption(language);
      }
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: text(vault, 'lock.title') })).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page).toHaveTitle('Polku');
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => `${route.path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `no sideways scrolling on ${route.path}`).toBeLessThanOrEqual(viewport.width);
        await page.screenshot({ path: `reports/screens/${language}/${viewport.name}/unlocked-${route.name}.png`, fullPage: true });
      }
    }
  });
}
