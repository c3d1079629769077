/**
 * Figures that need a vault: the JavaScript on the lock screen's critical path (the budget's own
 * screen), the vault's unlock and data timings from tools/bench/vaultBench.ts, and backup and
 * restore of ten years from tools/bench/backupBench.ts.
 */
import type { Browser } from 'playwright-core';
import { lockHeading, onboard } from '../../tests/fixtures/vault/e2eVault';
import { MARK_FIRST_HEADING, criticalScripts, kbOf } from './bundle';
import { backupBenchRows } from './backupBench';
import { aggregateBenchRows } from './aggregateBench';
import { vaultBenchRows } from './vaultBench';
import { round, type BenchRow } from './types';

export type BenchContext = { browser: Browser; baseUrl: string; chromePath: string };

/** Creates a vault through first run, then opens Polku afresh: every script the lock screen needs is counted. */
export async function lockScreenRow(browser: Browser, baseUrl: string): Promise<BenchRow> {
  const setup = await browser.newContext({ baseURL: baseUrl, serviceWorkers: 'block' });
  // e2eVault is written for @playwright/test; its Page is the same object playwright-core returns.
  await onboard((await setup.newPage()) as unknown as Parameters<typeof onboard>[0]);
  const storageState = await setup.storageState({ indexedDB: true });
  await setup.close();
  // A new context with that vault but an empty HTTP cache: a person opening Polku again.
  const context = await browser.newContext({ baseURL: baseUrl, serviceWorkers: 'block', storageState });
  await context.addInitScript(MARK_FIRST_HEADING);
  const page = await context.newPage();
  await page.goto('/');
  await lockHeading(page as unknown as Parameters<typeof lockHeading>[0]).waitFor();
  const scripts = await criticalScripts(page);
  await context.close();
  const kb = kbOf(scripts);
  return { name: `JS on the critical path of the lock screen, gzip (${scripts.length} files)`, value: round(kb), unit: 'KB', budget: '<= 110', ok: kb <= 110 };
}

export async function extraBenchRows({ browser, baseUrl }: BenchContext): Promise<BenchRow[]> {
  return [...(await vaultBenchRows({ browser, baseUrl })), ...(await backupBenchRows({ browser })), ...(await aggregateBenchRows())];
}
