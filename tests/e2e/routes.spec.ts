/**
 * Every route in every language at phone and laptop size: it renders a heading, axe finds no
 * WCAG 2.2 AA violation, and a screenshot goes to tests/e2e/screenshots/ for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { LANGUAGES, cspViolations, expect, test, useLanguage } from './support/fixtures';
import { PRIVATE_ROUTES, PUBLIC_ROUTES, VIEWPORTS } from './support/routes';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const language of LANGUAGES) {
  test.describe(`every route in ${language}`, () => {
    test.beforeEach(async ({ context }) => {
      await useLanguage(context, language);
    });

    for (const route of [...PUBLIC_ROUTES, ...PRIVATE_ROUTES]) {
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
            path: `tests/e2e/screenshots/${language}/${viewport.name}/${route.name}.png`,
            fullPage: true,
          });
        }
        expect(await cspViolations(page)).toEqual([]);
      });
    }
  });
}
