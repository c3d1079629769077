/**
 * Offline cold start: a profile that has visited Polku once (service worker installed), a new
 * browser context with the network off, and the time from navigation to the first screen's
 * heading. Median of five.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { waitForServiceWorker } from '../../tests/e2e/support/serviceWorker';
import { median, round, type BenchRow } from './types';

export async function offlineColdStartRow(baseUrl: string, executablePath: string, args: string[]): Promise<BenchRow> {
  const profile = mkdtempSync(join(tmpdir(), 'polku-cold-'));
  const times: number[] = [];
  try {
    const first = await chromium.launchPersistentContext(profile, { executablePath, args });
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(`${baseUrl}/`);
    await waitForServiceWorker(page);
    await first.close();

    for (let run = 0; run < 5; run += 1) {
      const context = await chromium.launchPersistentContext(profile, { executablePath, args, offline: true });
      const tab = context.pages()[0] ?? (await context.newPage());
      const started = performance.now();
      await tab.goto(`${baseUrl}/`);
      await tab.getByRole('heading', { level: 1 }).waitFor();
      times.push(performance.now() - started);
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const value = round(median(times), 0);
  return { name: 'offline cold start to first screen (median of 5)', value, unit: 'ms', budget: '<= 500', ok: value <= 500 };
}
