import { BASE_URL } from '../../playwright.config';
import { cspViolations, expect, socketAttempts, test, waitForServiceWorker } from './support/fixtures';

test.describe('the app shell', () => {
  test('renders with Get help now and Quick exit, and keeps the title neutral', async ({ page }) => {
    await page.goto('/help');
    await expect(page.getByRole('link', { name: /get help now|hae apua nyt|få hjälp nu/i }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /quick exit|poistu heti|lämna snabbt/i })).toBeVisible();
    await expect(page).toHaveTitle('Polku');
    expect(await cspViolations(page)).toEqual([]);
    expect(await socketAttempts(page)).toEqual([]);
  });

  test('the service worker activates and then controls the page', async ({ page }) => {
    await page.goto('/help');
    await waitForServiceWorker(page);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  });

  test('works offline after the first visit: reload and deep links', async ({ page, context }) => {
    await page.goto('/help');
    await waitForServiceWorker(page);
    await page.reload();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const path of ['/help/family', '/welcome', '/course/m01/2', '/research']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.goto('/neutral');
    await expect(page).toHaveTitle('Kitchen conversions');
    await context.setOffline(false);
  });

  test('sends the strict security headers with every response', async ({ request }) => {
    for (const path of ['/', '/sw.js', '/manifest.webmanifest', '/no-such-file.js']) {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = Object.fromEntries(
        (headers['content-security-policy'] ?? '').split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values];
        }),
      );
      expect(csp['default-src'], path).toEqual(["'none'"]);
      expect(csp['script-src'], path).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(csp['object-src'], path).toEqual(["'none'"]);
      expect(csp['frame-ancestors'], path).toEqual(["'none'"]);
      expect(csp['require-trusted-types-for'], path).toEqual(["'script'"]);
      expect(headers['content-security-policy'], path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    }
  });

  test('blocks injected scripts, HTML sinks and cross-origin requests', async ({ page }) => {
    await page.goto('/help');
    const result = await page.evaluate(async () => {
      const outcome = { inline: 'ran', innerHTML: 'allowed', external: 'loaded', fetch: 'sent' };
      const w = window as unknown as { __injected?: boolean };
      try {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
      } catch {
        outcome.inline = 'threw';
      }
      if (!w.__injected) outcome.inline = outcome.inline === 'ran' ? 'blocked' : outcome.inline;
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src=x>');
      } catch {
        outcome.innerHTML = 'threw';
      }
      await new Promise<void>((resolve) => {
        const external = document.createElement('script');
        try {
          external.src = 'http://127.0.0.2:9/evil.js';
        } catch {
          outcome.external = 'threw';
          resolve();
          return;
        }
        external.onerror = () => {
          outcome.external = 'blocked';
          resolve();
        };
        document.head.append(external);
      });
      try {
        await fetch('http://127.0.0.2:9/collect');
      } catch {
        outcome.fetch = 'blocked';
      }
      return outcome;
    });
    expect(result).toEqual({ inline: 'threw', innerHTML: 'threw', external: 'threw', fetch: 'blocked' });
    expect((await cspViolations(page)).some((v) => v.startsWith('connect-src'))).toBe(true);
    // The blocked attempts above are the only violations; clear them for the egress check.
    await page.evaluate(() => {
      (window as unknown as { __polkuViolations: string[] }).__polkuViolations = [];
    });
  });

  test('Shift pressed three times leaves for the neutral page without growing history', async ({ page }) => {
    await page.goto('/help');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(`${BASE_URL}/neutral`);
    await expect(page).toHaveTitle('Kitchen conversions');
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('the Quick exit button leaves at once', async ({ page }) => {
    await page.goto('/help/family');
    await page.getByRole('button', { name: /quick exit/i }).click();
    await page.waitForURL(`${BASE_URL}/neutral`);
    await expect(page.getByRole('heading', { name: 'Kitchen conversions' })).toBeVisible();
  });

  test('typing capital letters does not trigger the quick exit', async ({ page }) => {
    await page.goto('/help/services');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const search = page.getByRole('searchbox').first();
    await search.click();
    await page.keyboard.type('ABC');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/help/services');
  });

  test('shows a calm message for an unknown address', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/does not exist|ei ole|finns inte/);
  });
});
