/**
 * Splits plain text into words the way a reader sees them, per language:
 * - letters of every alphabet (å, ä, ö, é …) and digits belong to words;
 * - a hyphen inside a word joins a compound (`well-being`, `kuva-aineisto`, `AI-verktyg`); a hyphen
 *   at the end of a word before a space is kept (`lapsi- ja nuorisotyö`, `barn- och`), and in
 *   Finnish one at the start after a space too (`Hae apua nyt -kohdasta`), because the
 *   dictionaries accept those forms;
 * - an apostrophe inside a word belongs to it (`don't`, `child's`); quotes around a word do not;
 * - a colon inside a word is the Finnish and Swedish inflection of an abbreviation (`ry:n`,
 *   `CSAM:s`); in English it splits words.
 * Numbers are not words. A number joined to a word (`18-vuotias`, `18-åring`) is one word in
 * Finnish and Swedish, where the dictionaries know the form; elsewhere (`PHQ-9`, `18-year-olds`)
 * only the parts with letters are checked.
 */
import type { Language } from '../../src/i18n/languages';

const L = '\\p{L}\\p{M}\\p{N}';

function tokenPattern(lang: Language): RegExp {
  const joiner = lang === 'en' ? "[-'’]" : "[-'’:]";
  const lead = lang === 'fi' ? '(?:(?<=^|\\s)-(?=\\p{L}))?' : '';
  return new RegExp(`${lead}[${L}]+(?:${joiner}[${L}]+)*(?:-(?=\\s|$|[,;)]))?`, 'gu');
}

const PATTERNS: Record<Language, RegExp> = { fi: tokenPattern('fi'), sv: tokenPattern('sv'), en: tokenPattern('en') };

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;

/** The words of a plain text, in order. A token without a letter (a number) is not a word. */
export function words(text: string, lang: Language): string[] {
  const found = text.match(PATTERNS[lang]) ?? [];
  return found.map((w) => w.replace(/’/g, "'")).filter((w) => HAS_LETTER.test(w));
}

/**
 * What is sent to the dictionary for one word: the word itself, or for a word with digits the
 * parts with letters only (`PHQ-9` -> `PHQ`). Null when nothing is left to check.
 */
export function checkUnit(word: string, lang: Language): string | null {
  if (!HAS_DIGIT.test(word)) return word;
  if (lang !== 'en' && /^\p{N}+-\p{L}[\p{L}\p{M}]*$/u.test(word)) return word;
  const parts = word.split('-').filter((p) => p !== '' && !HAS_DIGIT.test(p));
  return parts.length > 0 ? parts.join('-') : null;
}

/**
 * The parts of a compound word, for reporting which part a dictionary does not know: split at
 * hyphens; after a colon comes an inflection ending (`CSAM:n`), which is not a word of its own.
 */
export function compoundParts(unit: string): string[] {
  return unit
    .split('-')
    .map((p) => p.split(':')[0] ?? '')
    .filter((p) => HAS_LETTER.test(p) && !HAS_DIGIT.test(p));
}
