/**
 * `npx tsx tools/content/courseStats.ts`: per module and language, the reading screens, the
 * exercises (with their types) and the words a person reads, as a Markdown table; then, per
 * language, the share of module words the spelling dictionaries do not know (the figure the
 * language check holds at 1 %). Written for release notes, so a reviewer can see the programme's
 * size at a glance without opening every file. Words are counted the way the language check counts
 * them (Markdown stripped, tools/language/tokenize.ts), so the two figures agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages';
import { DictionaryUnavailableError } from '../language/dictionaries';
import { checkSpelling } from '../language/spelling';
import { collectStrings, toPlainText } from '../language/texts';
import { words } from '../language/tokenize';

type Step = { id: string; kind: 'reading' | 'exercise'; exercise?: { id: string; type: string } };
type ModuleFile = { id: string; heavy?: boolean; steps: Step[] };
type LocaleFile = { steps: Record<string, { body?: string }> };

export type ModuleStats = {
  module: string;
  lang: Language;
  heavy: boolean;
  readingScreens: number;
  exerciseTypes: string[];
  /** Words of the reading screens' bodies. */
  readingWords: number;
  /** Every word of the module's locale file: titles, goal, reading screens, exercise texts. */
  allWords: number;
};

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

function countWords(text: string, lang: Language): number {
  return words(toPlainText(text), lang).length;
}

/** One row per module (in course.json's order) and shipped language. */
export function courseStats(contentRoot: string): ModuleStats[] {
  const { modules } = readJson<{ modules: string[] }>(join(contentRoot, 'course.json'));
  const rows: ModuleStats[] = [];
  for (const id of modules) {
    const dir = join(contentRoot, 'modules', id);
    const structure = readJson<ModuleFile>(join(dir, 'module.json'));
    const reading = structure.steps.filter((s) => s.kind === 'reading');
    const exerciseTypes = structure.steps.flatMap((s) => (s.exercise ? [s.exercise.type] : []));
    for (const lang of SHIPPED_LANGUAGES) {
      const locale = readJson<LocaleFile>(join(dir, 'locales', `${lang}.json`));
      const readingWords = reading.reduce((n, s) => n + countWords(locale.steps[s.id]?.body ?? '', lang), 0);
      const allWords = collectStrings(locale, true).reduce((n, s) => n + countWords(s.text, lang), 0);
      rows.push({ module: id, lang, heavy: structure.heavy === true, readingScreens: reading.length, exerciseTypes, readingWords, allWords });
    }
  }
  return rows;
}

/** `urge-log, if-then` style list; a type used twice shows as `worksheet ×2`. */
function typeList(types: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ');
}

export function statsTable(rows: readonly ModuleStats[]): string {
  const lines = [
    '| module | lang | heavy | reading screens | exercises | exercise types | words (reading screens) | words (all module text) |',
    '|---|---|---|---:|---:|---|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.module} | ${r.lang} | ${r.heavy ? 'yes' : ''} | ${r.readingScreens} | ${r.exerciseTypes.length} | ${typeList(r.exerciseTypes)} | ${r.readingWords} | ${r.allWords} |`,
    );
  }
  const totals = SHIPPED_LANGUAGES.map((lang) => {
    const own = rows.filter((r) => r.lang === lang);
    const sum = (f: (r: ModuleStats) => number) => own.reduce((n, r) => n + f(r), 0);
    return `| **total** | ${lang} | | ${sum((r) => r.readingScreens)} | ${sum((r) => r.exerciseTypes.length)} | | ${sum((r) => r.readingWords)} | ${sum((r) => r.allWords)} |`;
  });
  return [...lines, ...totals].join('\n');
}

/** Per language: module words and the share the dictionaries do not know (allowlisted names included). */
function unknownRateTable(repoRoot: string): string {
  const report = checkSpelling(repoRoot);
  const lines = ['| lang | dictionary | module words | unknown to the dictionary | rate (limit 1 %) |', '|---|---|---:|---:|---:|'];
  for (const l of report.languages) {
    const moduleFiles = l.files.filter((f) => f.kind === 'module');
    const moduleWords = moduleFiles.reduce((n, f) => n + f.words, 0);
    const unknown = moduleFiles.reduce((n, f) => n + f.unknown, 0);
    lines.push(`| ${l.lang} | ${l.dictionary} | ${moduleWords} | ${unknown} | ${l.percent.toFixed(2)} % |`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const repoRoot = join(import.meta.dirname, '..', '..');
  console.log(statsTable(courseStats(join(repoRoot, 'modules-content'))));
  console.log('');
  try {
    console.log(unknownRateTable(repoRoot));
  } catch (error) {
    if (!(error instanceof DictionaryUnavailableError)) throw error;
    console.log(`(unknown-word rate left out: ${error.message})`);
  }
}
