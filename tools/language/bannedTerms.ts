/**
 * The banned-terms rule (CONTENT-GUIDE.md, "Words"): modules-content/banned-terms.json lists per
 * language the words that stigmatise people or minimise harm. `prefix` terms match at the start of
 * a word (so inflected and compound forms are caught: fi `lapsipornon`, sv `perversa`); `word`
 * terms match whole words only, because they sit inside innocent words (fi `petos`, sv `pedofili`).
 * Case-insensitive. The English list applies to every language, as English loanwords turn up
 * everywhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages';
import { collectStrings } from './texts';

export type TermList = { prefix: string[]; word: string[] };
export type BannedTerms = Record<string, TermList>;

export type Hit = { term: string; kind: 'prefix' | 'word'; list: string; match: string; index: number };

/** A word character: a letter, combining mark or digit in any alphabet. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The term as a pattern: any run of spaces in the term matches any run of white space. */
function termPattern(term: string): string {
  return term
    .split(/(\s+)/)
    .map((part) => (/^\s+$/.test(part) ? '\\s+' : escape(part)))
    .join('');
}

export type Matcher = (text: string) => Hit[];

/** Builds a matcher for the given lists (each list name is kept in the hits, e.g. `fi` or `en`). */
export function makeMatcher(lists: Readonly<Record<string, TermList>>): Matcher {
  const rules: { re: RegExp; term: string; kind: Hit['kind']; list: string }[] = [];
  for (const [list, terms] of Object.entries(lists)) {
    for (const term of terms.prefix) {
      rules.push({ re: new RegExp(`(?<!${WORD_CHAR})${termPattern(term)}`, 'giu'), term, kind: 'prefix', list });
    }
    for (const term of terms.word) {
      rules.push({ re: new RegExp(`(?<!${WORD_CHAR})${termPattern(term)}(?!${WORD_CHAR})`, 'giu'), term, kind: 'word', list });
    }
  }
  return (text) => {
    const normal = text.normalize('NFC');
    const hits: Hit[] = [];
    for (const rule of rules) {
      for (const m of normal.matchAll(rule.re)) {
        hits.push({ term: rule.term, kind: rule.kind, list: rule.list, match: m[0], index: m.index });
      }
    }
    // One finding per place: the same word can be on the own list and the English one (`pedo`).
    const seen = new Set<string>();
    return hits
      .sort((a, b) => a.index - b.index || b.match.length - a.match.length)
      .filter((h) => {
        const at = `${h.index}:${h.match.length}`;
        if (seen.has(at)) return false;
        seen.add(at);
        return true;
      });
  };
}

/** Reads banned-terms.json; `_`-keys (such as `_why`) are notes, not languages. */
export function parseBannedTerms(raw: unknown): BannedTerms {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('banned-terms.json: must be an object');
  const out: BannedTerms = {};
  for (const [lang, value] of Object.entries(raw)) {
    if (lang.startsWith('_')) continue;
    const v = value as Partial<TermList> | null;
    const ok = (list: unknown): list is string[] =>
      Array.isArray(list) && list.every((t) => typeof t === 'string' && t.trim() !== '');
    if (!v || !ok(v.prefix) || !ok(v.word)) {
      throw new Error(`banned-terms.json: ${lang}: needs "prefix" and "word" lists of non-empty strings`);
    }
    out[lang] = { prefix: v.prefix, word: v.word };
  }
  return out;
}

export function loadBannedTerms(file: string): BannedTerms {
  return parseBannedTerms(JSON.parse(readFileSync(file, 'utf8')) as unknown);
}

/** The lists that apply to a text in `lang` (its own and the English one), or to every list when the language is unknown. */
export function listsFor(terms: BannedTerms, lang: Language | null): Record<string, TermList> {
  if (lang === null) return terms;
  const lists: Record<string, TermList> = {};
  const own = terms[lang];
  if (own) lists[lang] = own;
  const en = terms.en;
  if (en) lists.en = en;
  return lists;
}

export type TextToCheck = { file: string; key: string; lang: Language | null; text: string };

function isLanguage(value: string): value is Language {
  return (SHIPPED_LANGUAGES as readonly string[]).includes(value);
}

function walkFiles(dir: string, ext: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walkFiles(full, ext));
    else if (ext.some((e) => name.endsWith(e))) out.push(full);
  }
  return out;
}

/** In a services file the language of a string is the nearest `fi`/`sv`/`en` key above it; other strings (names, notes) may be shown in any language. */
function languageFromKey(key: string): Language | null {
  const parts = key.split('.');
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const part = parts[i] ?? '';
    if (isLanguage(part)) return part;
  }
  return null;
}

/**
 * Every shipped text with its language: module locales, help pages (modules-content/help/<lang>/),
 * services (modules-content/services/) and the UI strings (src/i18n/locales/<lang>/).
 * A file that cannot be read as JSON is reported in `problems`.
 */
export function collectShippedTexts(repoRoot: string, problems: string[]): TextToCheck[] {
  const rel = (file: string) => relative(repoRoot, file).split(sep).join('/');
  const texts: TextToCheck[] = [];
  const addJson = (file: string, langOf: (key: string) => Language | null) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      problems.push(`${rel(file)}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    for (const s of collectStrings(parsed)) texts.push({ file: rel(file), key: s.key, lang: langOf(s.key), text: s.text });
  };
  const content = join(repoRoot, 'modules-content');
  const modulesDir = join(content, 'modules');
  if (existsSync(modulesDir)) {
    for (const id of readdirSync(modulesDir).sort()) {
      for (const lang of SHIPPED_LANGUAGES) {
        const file = join(modulesDir, id, 'locales', `${lang}.json`);
        if (existsSync(file)) addJson(file, () => lang);
      }
    }
  }
  for (const lang of SHIPPED_LANGUAGES) {
    for (const file of walkFiles(join(content, 'help', lang), ['.md', '.json'])) {
      if (file.endsWith('.json')) addJson(file, () => lang);
      else texts.push({ file: rel(file), key: '(page)', lang, text: readFileSync(file, 'utf8') });
    }
  }
  for (const file of walkFiles(join(content, 'services'), ['.json'])) addJson(file, languageFromKey);
  for (const lang of SHIPPED_LANGUAGES) {
    for (const file of walkFiles(join(repoRoot, 'src', 'i18n', 'locales', lang), ['.json'])) addJson(file, () => lang);
  }
  return texts;
}

export type Finding = TextToCheck & { hit: Hit };

/** Every banned term in the shipped texts; an empty list means the texts are clean. */
export function findBannedTerms(texts: readonly TextToCheck[], terms: BannedTerms): Finding[] {
  const matchers = new Map<string, Matcher>();
  const findings: Finding[] = [];
  for (const t of texts) {
    const id = t.lang ?? '*';
    let matcher = matchers.get(id);
    if (!matcher) {
      matcher = makeMatcher(listsFor(terms, t.lang));
      matchers.set(id, matcher);
    }
    for (const hit of matcher(t.text)) findings.push({ ...t, hit });
  }
  return findings;
}

/** `file: key: "match" (list prefix|word term "…")`, with a few words around the match. */
export function formatFinding(f: Finding): string {
  const start = Math.max(0, f.hit.index - 30);
  const end = Math.min(f.text.length, f.hit.index + f.hit.match.length + 30);
  const around = f.text.slice(start, end).replace(/\s+/g, ' ');
  return `${f.file}: ${f.key}: "${f.hit.match}" is banned (${f.hit.list} ${f.hit.kind} term "${f.hit.term}") in "…${around}…"`;
}
