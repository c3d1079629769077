/**
 * Size figures read from the production build: the JavaScript a first screen needs (measured by
 * loading it in Chromium and summing the gzip size of every script it fetched) and the whole
 * precache the service worker stores.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { round, type BenchRow } from './types';

const dist = join(import.meta.dirname, '..', '..', 'dist');

export function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** Gzip KB of every script the page fetches until `ready` resolves (a fresh context, no cache). */
export async function scriptKbForScreen(
  browser: Browser,
  baseUrl: string,
  path: string,
  ready: (page: import('playwright-core').Page) => Promise<unknown>,
  setup?: (page: import('playwright-core').Page) => Promise<void>,
): Promise<{ kb: number; files: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  if (setup) await setup(page);
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(`${baseUrl}${path}`);
  await ready(page);
  await context.close();
  const files = [...scripts];
  return { kb: files.reduce((sum, file) => sum + gzipKb(join(dist, file)), 0), files };
}

/** Sum of the files listed in the generated service worker's precache manifest. */
export function precacheRow(): BenchRow {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
  const bytes = urls.reduce((sum, url) => sum + statSync(join(dist, url.replace(/^\//, ''))).size, 0);
  const mb = bytes / 1024 / 1024;
  return { name: `whole precache (${urls.length} files)`, value: round(mb, 2), unit: 'MB', budget: '<= 1.5', ok: mb <= 1.5 };
}
