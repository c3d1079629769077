/**
 * Rules that an import graph cannot see: where Web Crypto may be called, and sinks that must never
 * appear in the app (innerHTML, network calls, remote URLs, logging of user data).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(join(root, 'src')).map((path) => ({
  path: relative(root, path).replaceAll('\\', '/'),
  text: readFileSync(path, 'utf8'),
}));

function offenders(pattern: RegExp, allowed: (path: string) => boolean = () => false): string[] {
  return files.filter((f) => !allowed(f.path) && pattern.test(f.text)).map((f) => f.path);
}

describe('source rules', () => {
  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('keeps Web Crypto and random bytes inside src/vault', () => {
    expect(offenders(/crypto\.subtle|getRandomValues|randomUUID/, (p) => p.startsWith('src/vault/'))).toEqual([]);
  });

  it('never writes HTML from strings', () => {
    expect(offenders(/dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/)).toEqual([]);
  });

  it('makes no network calls of its own', () => {
    // One exception: firstRunCache.ts reads the app's own passphrase dictionaries through the
    // service worker (URLs built from the page's own origin), so first run works offline later.
    const ownFiles = (path: string) => path === 'src/app/pwa/firstRunCache.ts';
    expect(offenders(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource\(|RTCPeerConnection/, ownFiles)).toEqual([]);
    expect(offenders(/XMLHttpRequest|sendBeacon|new WebSocket|EventSource\(|RTCPeerConnection|https?:\/\//, (path) => !ownFiles(path))).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    expect(offenders(/(?:src|href|url)\s*[=(:]\s*['"`]https?:\/\//)).toEqual([]);
  });

  it('never logs (logs can end up in crash reports and shared screens)', () => {
    expect(offenders(/console\.(log|info|debug|warn|error|trace)\(/)).toEqual([]);
  });

  it("imports zod's runtime only through src/lib/zod.ts, which turns off its eval probe", () => {
    expect(offenders(/import \{[^}]*\} from 'zod'/, (p) => p === 'src/lib/zod.ts')).toEqual([]);
  });

  it('never changes the page title away from "Polku"', () => {
    expect(offenders(/document\.title\s*=(?!\s*'Polku')/)).toEqual([]);
  });
});
