/**
 * Finds a Chromium or Chrome to test with. Polku's tests never download a browser: they use the
 * one on the machine (CHROME_PATH, else Debian's /usr/bin/chromium, else Google Chrome).
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

export const NO_CHROMIUM_MESSAGE = [
  'No Chromium or Chrome was found, so the browser tests cannot run.',
  'Install one, then run npm test again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  Fedora:         sudo dnf install chromium',
  '  macOS:          install Google Chrome from google.com/chrome',
  'Or point CHROME_PATH at an existing Chromium or Chrome binary.',
].join('\n');

/**
 * Flags that keep Chromium's own background traffic quiet, and a host-resolver rule that makes
 * every name but the local server unresolvable, so nothing can leave even by accident.
 */
export const CHROMIUM_PRIVACY_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
