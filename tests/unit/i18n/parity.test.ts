/** Every UI string exists in every shipped language, and no language has strings the others lack. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LANGUAGES } from '../../../src/i18n/languages';

const localesDir = join(import.meta.dirname, '..', '..', '..', 'src', 'i18n', 'locales');

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`).forEach((s, k) => out.set(k, s)));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k).forEach((s, key) => out.set(key, s));
  return out;
}

function load(lang: string, ns: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(localesDir, lang, ns), 'utf8')) as unknown);
}

const namespaces = readdirSync(join(localesDir, 'en')).filter((f) => f.endsWith('.json'));

describe('UI strings', () => {
  it('has namespaces to check', () => {
    expect(namespaces).toContain('common.json');
  });

  for (const ns of namespaces) {
    for (const lang of SHIPPED_LANGUAGES) {
      it(`${lang}/${ns} has exactly the keys of en/${ns}, none empty`, () => {
        const en = load('en', ns);
        const other = load(lang, ns);
        expect([...en.keys()].filter((k) => !other.has(k)), 'missing keys').toEqual([]);
        expect([...other.keys()].filter((k) => !en.has(k)), 'keys only in this language').toEqual([]);
        expect([...other].filter(([, v]) => v.trim() === '').map(([k]) => k), 'empty strings').toEqual([]);
      });

      it(`${lang}/${ns} keeps every {{placeholder}} of the English text`, () => {
        const en = load('en', ns);
        const other = load(lang, ns);
        const mismatched = [...en].filter(([key, text]) => {
          const want = (text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort().join();
          const have = ((other.get(key) ?? '').match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort().join();
          return want !== have;
        });
        expect(mismatched.map(([k]) => k)).toEqual([]);
      });
    }
  }
});
