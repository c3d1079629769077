/**
 * security.md §7.3 check 29: the built app (not only src/) names no third-party resource. Every
 * absolute URL in the build's HTML, CSS, manifest and service worker is refused (XML namespaces
 * and reviewed library message texts aside); in the JavaScript the only origins allowed besides
 * are React's error-decoder text (a message, never fetched) and the help directory's outbound
 * links and sources, which come
 * from modules-content/services and open only after the person confirms (the CSP blocks any fetch
 * of them anyway). No CSS @import, no font CDN, no protocol-relative URL.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT_DIR = join(ROOT, process.env.POLKU_OUT_DIR ?? 'dist');
const NAMESPACES = ['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink', 'http://www.w3.org/1998/Math/MathML', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/XML/1998/namespace', 'http://www.w3.org/2000/xmlns/'];
/**
 * URLs that libraries keep in error messages, schema ids and URL-parsing bases: text, never
 * fetched (and the CSP would block a fetch). Each was looked at; a new one fails this test until
 * someone looks at it too.
 */
const LIBRARY_TEXT_URLS: Record<string, string> = {
  'https://react.i18next.com/latest/usetranslation-hook': 'react-i18next warning text',
  'https://www.npmjs.com/package/hash-wasm': 'hash-wasm error text',
  'https://tinyurl.com/y2uuvskb': 'Dexie error text',
  'http://bit.ly/2kdckMn': 'Dexie error text',
  'http://localhost': 'react-router: base for new URL() when parsing paths',
  'https://reactrouter.com/en/main/routers/picking-a-router.': 'react-router warning text',
  'https://github.com/syntax-tree/hast-util-to-jsx-runtime': 'react-markdown error text',
  'https://json-schema.org/draft/2020-12/schema': 'zod: $schema id in generated JSON Schema',
  'http://json-schema.org/draft-07/schema#': 'zod: $schema id',
  'http://json-schema.org/draft-04/schema#': 'zod: $schema id',
  'https://bit.ly/wb-precache': 'workbox error text in sw.js',
};
const URL_PATTERN = /https?:\/\/[a-zA-Z0-9.-]+(?::\d+)?[^\s"'`)<>\\]*/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function contentOrigins(): Set<string> {
  const origins = new Set<string>();
  for (const path of files(join(ROOT, 'modules-content'))) {
    if (extname(path) !== '.json' && extname(path) !== '.md') continue;
    for (const match of readFileSync(path, 'utf8').matchAll(URL_PATTERN)) origins.add(new URL(match[0]).origin);
  }
  return origins;
}

const isNamespace = (url: string) => NAMESPACES.some((ns) => url.startsWith(ns));

test('the build names no third-party resource (check 29)', () => {
  const allowedInJs = contentOrigins();
  allowedInJs.add('https://react.dev');
  const found: string[] = [];
  const all = files(OUT_DIR);
  expect(all.some((path) => path.endsWith('index.html'))).toBe(true);
  for (const path of all) {
    const ext = extname(path);
    if (!['.html', '.css', '.js', '.webmanifest', '.json', '.svg'].includes(ext)) continue;
    const name = relative(OUT_DIR, path);
    const source = readFileSync(path, 'utf8');
    expect(source, `${name}: CSS @import`).not.toMatch(/@import\s+url\(/i);
    expect(source, `${name}: font or script CDN`).not.toMatch(/fonts\.(googleapis|gstatic)\.com|cdn\.jsdelivr|unpkg\.com|cdnjs\./i);
    if (ext === '.html' || ext === '.css') expect(source, `${name}: protocol-relative URL`).not.toMatch(/(?:src|href)\s*=\s*["']\/\/|url\(\s*["']?\/\//i);
    for (const match of source.matchAll(URL_PATTERN)) {
      const url = match[0];
      if (isNamespace(url) || url in LIBRARY_TEXT_URLS) continue;
      const isApplicationScript = ext === '.js' && name !== 'sw.js';
      if (isApplicationScript && allowedInJs.has(new URL(url).origin)) continue;
      found.push(`${name}: ${url}`);
    }
  }
  expect(found).toEqual([]);
});

test('negative control: the scan finds a foreign URL planted in a copy of a built file', () => {
  const planted = 'const x = "https://cdn.example.net/tracker.js";';
  const matches = [...planted.matchAll(URL_PATTERN)].map((m) => m[0]).filter((url) => !isNamespace(url) && !contentOrigins().has(new URL(url).origin));
  expect(matches).toEqual(['https://cdn.example.net/tracker.js']);
});
