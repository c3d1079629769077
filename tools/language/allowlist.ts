/**
 * modules-content/spelling-allowlist.json: the reviewed words that the dictionaries do not know but
 * that are right (names, abbreviations, established terms, British spellings). Shape:
 * `{ "fi": { "word": "one-line reason" }, "sv": { … }, "en": { … } }`.
 */
import { readFileSync } from 'node:fs';
import { SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages';

export type Allowlist = Record<Language, Map<string, string>>;

export function parseAllowlist(raw: unknown, file: string, problems: string[]): Allowlist {
  const list = Object.fromEntries(SHIPPED_LANGUAGES.map((l) => [l, new Map<string, string>()])) as Allowlist;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${file}: must be an object with one entry per language (${SHIPPED_LANGUAGES.join(', ')})`);
    return list;
  }
  for (const [lang, words] of Object.entries(raw)) {
    if (!(SHIPPED_LANGUAGES as readonly string[]).includes(lang)) {
      problems.push(`${file}: ${lang}: not a shipped language`);
      continue;
    }
    if (words === null || typeof words !== 'object' || Array.isArray(words)) {
      problems.push(`${file}: ${lang}: must be an object { "word": "reason" }`);
      continue;
    }
    for (const [word, reason] of Object.entries(words as Record<string, unknown>)) {
      if (typeof reason !== 'string' || reason.trim() === '' || reason.includes('\n')) {
        problems.push(`${file}: ${lang}.${word}: needs a one-line reason`);
        continue;
      }
      list[lang as Language].set(word, reason);
    }
  }
  return list;
}

export function loadAllowlist(file: string, displayName: string, problems: string[]): Allowlist {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    problems.push(`${displayName}: ${error instanceof Error ? error.message : String(error)}`);
    raw = {};
  }
  return parseAllowlist(raw, displayName, problems);
}

/**
 * The allowlist entry that covers a word: the same form, or the entry in lower case when the word
 * only starts a sentence with a capital (`Ambivalens` is covered by `ambivalens`).
 */
export function allowlistEntry(list: ReadonlyMap<string, string>, word: string): string | undefined {
  if (list.has(word)) return word;
  const lowered = word.charAt(0).toLowerCase() + word.slice(1);
  return list.has(lowered) ? lowered : undefined;
}
