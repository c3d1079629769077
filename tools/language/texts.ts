/**
 * Collects the visible strings of the course and the UI, one record per string with the file and the
 * key path inside it, and turns Markdown or i18next markup into plain text for the language checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages';

export type TextEntry = {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** Key path inside the file, dot-separated (`steps.m02-law.body`); array items by index. */
  key: string;
  text: string;
};

export type TextSource = {
  file: string;
  lang: Language;
  /** Module texts or UI strings: reported separately so a problem can be routed to its owner. */
  kind: 'module' | 'ui';
};

/** Every string in a parsed JSON value with its key path. `skipNotes` leaves out `_`-keys (editor notes). */
export function collectStrings(value: unknown, skipNotes = false, path: string[] = []): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key: path.join('.') || '(root)', text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => collectStrings(item, skipNotes, [...path, String(i)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (skipNotes && k.startsWith('_') ? [] : collectStrings(v, skipNotes, [...path, k])));
  }
  return [];
}

function sortedDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function sortedFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(ext))
    .map((d) => d.name)
    .sort();
}

/** modules-content/modules/<id>/locales/<lang>.json and src/i18n/locales/<lang>/*.json, for every shipped language. */
export function findTextSources(repoRoot: string): TextSource[] {
  const sources: TextSource[] = [];
  const modulesDir = join(repoRoot, 'modules-content', 'modules');
  for (const lang of SHIPPED_LANGUAGES) {
    for (const id of sortedDirs(modulesDir)) {
      const file = join(modulesDir, id, 'locales', `${lang}.json`);
      if (existsSync(file)) sources.push({ file, lang, kind: 'module' });
    }
    const uiDir = join(repoRoot, 'src', 'i18n', 'locales', lang);
    for (const name of sortedFiles(uiDir, '.json')) sources.push({ file: join(uiDir, name), lang, kind: 'ui' });
  }
  return sources;
}

/** Reads one source; a file that is not valid JSON is a problem line, not a crash. */
export function readTextSource(repoRoot: string, source: TextSource, problems: string[]): TextEntry[] {
  const file = relative(repoRoot, source.file).split('\\').join('/');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(source.file, 'utf8')) as unknown;
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  return collectStrings(parsed, true).map((s) => ({ file, key: s.key, text: s.text }));
}

/**
 * Markdown (and i18next markup) to the words a person reads: link and image targets, URLs, e-mail
 * addresses, code fences, HTML or `<1>` Trans tags and `{{placeholders}}` are removed; emphasis,
 * heading, list and quote markers become spaces. Link texts and image alt texts stay.
 */
export function toPlainText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '') // soft hyphen
    .replace(/[\u2010\u2011]/g, '-') // typographic hyphens
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, ' ')
    .replace(/<(?:https?:|mailto:)[^>]*>/gi, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
    .replace(/<\/?[A-Za-z0-9][^>]*>/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\$t\([^)]*\)/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/gm, ' ')
    .replace(/^\s*>+\s?/gm, ' ')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, ' ')
    .replace(/[*_`~]+/g, ' ');
}
