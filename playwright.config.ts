import { defineConfig } from '@playwright/test';
import { CHROMIUM_PRIVACY_ARGS, findChromium } from './tools/findChromium';

/** POLKU_E2E_PORT lets a second run (or a developer's own preview) use another port. */
export const E2E_PORT = Number(process.env.POLKU_E2E_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    serviceWorkers: 'allow',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_PRIVACY_ARGS },
    trace: 'off',
  },
  webServer: {
    // The suite tests the production build with the production headers, as a person gets it.
    command: `npx vite preview --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    timeout: 60_000,
  },
});
