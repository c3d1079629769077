import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { BASE_URL } from '../../playwright.config';
import { CHROMIUM_PRIVACY_ARGS, findChromium } from '../../tools/findChromium';
import { expect, test, waitForServiceWorker } from './support/fixtures';

test('Chromium finds Polku installable (manifest, icons, service worker)', async () => {
  // A normal context counts as incognito, where nothing is installable: use a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'polku-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: CHROMIUM_PRIVACY_ARGS,
    baseURL: BASE_URL,
    serviceWorkers: 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await waitForServiceWorker(page);
    await page.reload();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'Polku', short_name: 'Polku', display: 'standalone' });
    expect(JSON.stringify(manifest)).not.toMatch(/child|abuse|csam|sexual|lapsi|barn/i);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
