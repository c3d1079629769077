/**
 * The spelling rule for every visible text (modules-content/README.md, "Checking"):
 * per language, the words the dictionary does not know stay at or below 1% of that language's
 * module text (issue #4), and every unknown word, in module texts and UI strings alike, is in the
 * reviewed allowlist. An allowlist entry that no text uses
 * any more is stale and fails too, so the list stays reviewed.
 */
import { join } from 'node:path';
import { SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages';
import { allowlistEntry, loadAllowlist, type Allowlist } from './allowlist';
import { DICTIONARIES, unknownParts } from './dictionaries';
import { findTextSources, readTextSource, toPlainText, type TextSource } from './texts';
import { checkUnit, compoundParts, words } from './tokenize';

/** At most this share (in percent) of a language's module words may be unknown to its dictionary. */
export const MAX_UNKNOWN_PERCENT = 1;

/** Asks a dictionary about many words at once; returns per word what it does not know. */
export type Lookup = (lang: Language, checkWords: readonly string[]) => Map<string, string[]>;

export const realLookup: Lookup = (lang, checkWords) => unknownParts(DICTIONARIES[lang], checkWords);

export type Place = { file: string; key: string };

export type UnknownWord = {
  word: string;
  count: number;
  places: Place[];
  /** The allowlist entry that covers it, if any. */
  allowedBy?: string;
};

export type FileFigures = { file: string; kind: TextSource['kind']; words: number; unknown: number; notAllowed: number };

export type LanguageReport = {
  lang: Language;
  dictionary: string;
  words: number;
  unknown: number;
  percent: number;
  unknownWords: UnknownWord[];
  files: FileFigures[];
  stale: string[];
  ok: boolean;
};

export type SpellingReport = { languages: LanguageReport[]; problems: string[]; ok: boolean };

export type LanguageInput = { file: string; kind: TextSource['kind']; key: string; text: string };

/** Checks one language's texts against a dictionary lookup and the allowlist. */
export function checkLanguageTexts(
  lang: Language,
  texts: readonly LanguageInput[],
  lookup: Lookup,
  allowlist: ReadonlyMap<string, string>,
): LanguageReport {
  const occurrences = new Map<string, (Place & { kind: TextSource['kind'] })[]>();
  const files = new Map<string, FileFigures>();
  let wordCount = 0;
  for (const t of texts) {
    const figures = files.get(t.file) ?? { file: t.file, kind: t.kind, words: 0, unknown: 0, notAllowed: 0 };
    files.set(t.file, figures);
    for (const word of words(toPlainText(t.text), lang)) {
      wordCount += 1;
      figures.words += 1;
      const unit = checkUnit(word, lang);
      if (unit === null) continue;
      const list = occurrences.get(unit) ?? [];
      list.push({ file: t.file, key: t.key, kind: t.kind });
      occurrences.set(unit, list);
    }
  }

  // Pass 1: every distinct word as written. A compound the dictionary rejects as a whole goes to
  // pass 2, which finds the part it does not know; if every part is known, the compound's form
  // itself is wrong (a hyphen where none belongs) and the whole word is reported.
  const first = lookup(lang, [...occurrences.keys()]);
  const needParts = new Map<string, string[]>();
  const reported = new Map<string, string[]>();
  for (const [unit, unknown] of first) {
    if (unknown.length === 0) continue;
    const parts = compoundParts(unit);
    const whole = unknown.length === 1 && unknown[0] === unit;
    if (whole && parts.length > 0 && !(parts.length === 1 && parts[0] === unit)) needParts.set(unit, parts);
    else reported.set(unit, unknown);
  }
  const partWords = [...new Set([...needParts.values()].flat())];
  const second = lookup(lang, partWords);
  for (const [unit, parts] of needParts) {
    const unknown = parts.filter((p) => (second.get(p) ?? []).length > 0);
    reported.set(unit, unknown.length > 0 ? unknown : [unit]);
  }

  const byWord = new Map<string, UnknownWord>();
  let unknownCount = 0;
  for (const [unit, unknown] of reported) {
    for (const place of occurrences.get(unit) ?? []) {
      for (const word of unknown) {
        const entry = byWord.get(word) ?? { word, count: 0, places: [], allowedBy: allowlistEntry(allowlist, word) };
        byWord.set(word, entry);
        entry.count += 1;
        if (!entry.places.some((p) => p.file === place.file && p.key === place.key)) entry.places.push({ file: place.file, key: place.key });
        unknownCount += 1;
        const figures = files.get(place.file);
        if (figures) {
          figures.unknown += 1;
          if (entry.allowedBy === undefined) figures.notAllowed += 1;
        }
      }
    }
  }
  const used = new Set([...byWord.values()].flatMap((w) => (w.allowedBy === undefined ? [] : [w.allowedBy])));
  const stale = [...allowlist.keys()].filter((w) => !used.has(w)).sort();
  const unknownWords = [...byWord.values()].sort((a, b) => a.word.localeCompare(b.word, lang));
  // The 1% rule is for the programme's prose (module texts). UI strings name services, programmes
  // and languages far more densely, so there every unknown word must be allowlisted, but no rate applies.
  const moduleFiles = [...files.values()].filter((f) => f.kind === 'module');
  const moduleWords = moduleFiles.reduce((sum, f) => sum + f.words, 0);
  const moduleUnknown = moduleFiles.reduce((sum, f) => sum + f.unknown, 0);
  const percent = moduleWords === 0 ? 0 : (moduleUnknown / moduleWords) * 100;
  const ok = percent <= MAX_UNKNOWN_PERCENT && unknownWords.every((w) => w.allowedBy !== undefined) && stale.length === 0;
  return {
    lang,
    dictionary: '',
    words: wordCount,
    unknown: unknownCount,
    percent,
    unknownWords,
    files: [...files.values()],
    stale,
    ok,
  };
}

export type SpellingOptions = {
  /** Defaults to the real dictionaries. */
  lookup?: Lookup;
  /** Defaults to modules-content/spelling-allowlist.json. */
  allowlistFile?: string;
  languages?: readonly Language[];
};

export const ALLOWLIST_PATH = 'modules-content/spelling-allowlist.json';

/** Runs the spelling rule over the repository's module texts and UI strings. */
export function checkSpelling(repoRoot: string, options: SpellingOptions = {}): SpellingReport {
  const problems: string[] = [];
  const lookup = options.lookup ?? realLookup;
  const allowlistFile = options.allowlistFile ?? join(repoRoot, ALLOWLIST_PATH);
  const allowlist: Allowlist = loadAllowlist(allowlistFile, ALLOWLIST_PATH, problems);
  const sources = findTextSources(repoRoot);
  const languages: LanguageReport[] = [];
  for (const lang of options.languages ?? SHIPPED_LANGUAGES) {
    const texts = sources
      .filter((s) => s.lang === lang)
      .flatMap((s) => readTextSource(repoRoot, s, problems).map((e) => ({ ...e, kind: s.kind })));
    const report = checkLanguageTexts(lang, texts, lookup, allowlist[lang]);
    report.dictionary = DICTIONARIES[lang].label;
    languages.push(report);
  }
  return { languages, problems, ok: problems.length === 0 && languages.every((l) => l.ok) };
}
