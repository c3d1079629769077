/**
 * Shared Playwright fixtures: every test records each request the page and its service worker
 * make, every CSP violation, and any attempt to open a socket, beacon or peer connection, and
 * fails if anything leaves the app's own origin.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { BASE_URL } from '../../../playwright.config';

export { waitForServiceWorker } from './serviceWorker';

export type RecordedRequest = { url: string; method: string; fromServiceWorker: boolean; hasBody: boolean };

export type Egress = {
  requests: RecordedRequest[];
  foreign: () => RecordedRequest[];
};

/** Wraps the APIs that could send data past fetch's CSP check, and notes CSP violations. */
const GUARD_SCRIPT = `
  window.__polkuViolations = [];
  window.__polkuSockets = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__polkuViolations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
  for (const name of ['WebSocket', 'EventSource', 'RTCPeerConnection', 'webkitRTCPeerConnection']) {
    if (!(name in window)) continue;
    window[name] = function () { window.__polkuSockets.push(name); throw new Error(name + ' is not allowed'); };
  }
  if (navigator.sendBeacon) navigator.sendBeacon = () => { window.__polkuSockets.push('sendBeacon'); return false; };
`;

export function recordEgress(context: BrowserContext): Egress {
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      fromServiceWorker: request.serviceWorker() !== null,
      hasBody: request.postDataBuffer() !== null,
    });
  });
  return {
    requests,
    foreign: () => requests.filter((r) => new URL(r.url).origin !== BASE_URL && !r.url.startsWith('data:') && !r.url.startsWith('blob:')),
  };
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __polkuViolations: string[] }).__polkuViolations ?? []);
}

export async function socketAttempts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __polkuSockets: string[] }).__polkuSockets ?? []);
}

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type TestLanguage = (typeof LANGUAGES)[number];

/** Chooses the language the way a returning person has it: remembered in localStorage. */
export async function useLanguage(context: BrowserContext, language: TestLanguage): Promise<void> {
  await context.addInitScript((lang) => localStorage.setItem('polku.language', lang), language);
}

type Fixtures = { egress: Egress };

export const test = base.extend<Fixtures>({
  egress: [
    async ({ context }, use) => {
      await context.addInitScript(GUARD_SCRIPT);
      const egress = recordEgress(context);
      await use(egress);
      expect(egress.foreign(), 'requests beyond the app origin').toEqual([]);
      expect(egress.requests.filter((r) => r.method !== 'GET' || r.hasBody), 'only GETs without a body').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
