/**
 * Size figures read from the production build: the JavaScript a first screen needs (measured by
 * loading it in Chromium and summing the gzip size of every script it fetched) and the whole
 * precache the service worker stores.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { round, type BenchRow } from './types';

const dist = join(import.meta.dirname, '..', '..', process.env.POLKU_OUT_DIR ?? 'dist');

export function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** Init script: notes the moment the first h1 (the first real screen) enters the page. */
export const MARK_FIRST_HEADING = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('h1')) {
      window.__polkuFirstHeading = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * The critical path: every script that started loading before the first screen's heading
 * appeared, read from the page's own resource timing. Warm-ups that start afterwards (service
 * worker, Argon2id worker, storage) are not on it.
 */
export async function criticalScripts(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (window as unknown as { __polkuFirstHeading?: number }).__polkuFirstHeading !== undefined);
  return page.evaluate(() => {
    const mark = (window as unknown as { __polkuFirstHeading: number }).__polkuFirstHeading;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= mark && /\/assets\/[^/]+\.js$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname);
  });
}

export function kbOf(paths: readonly string[]): number {
  return paths.reduce((sum, path) => sum + gzipKb(join(dist, path)), 0);
}

/** A fresh context (no cache, no service worker) opening `path` until its first screen shows. */
export async function firstScreenScripts(browser: Browser, baseUrl: string, path: string): Promise<string[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(MARK_FIRST_HEADING);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  const scripts = await criticalScripts(page);
  await context.close();
  return scripts;
}

/** Sum of the files listed in the generated service worker's precache manifest. */
export function precacheRow(): BenchRow {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
  const bytes = urls.reduce((sum, url) => sum + statSync(join(dist, url.replace(/^\//, ''))).size, 0);
  const mb = bytes / 1024 / 1024;
  return { name: `whole precache (${urls.length} files)`, value: round(mb, 2), unit: 'MB', budget: '<= 2.5', ok: mb <= 2.5 };
}
