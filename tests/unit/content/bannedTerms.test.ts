// @vitest-environment node
/**
 * CONTENT-GUIDE.md "Words": no shipped text uses a term from modules-content/banned-terms.json.
 * Checks module texts, help pages, the services directory and the UI strings, each against its own
 * language's list and the English one; and proves with a negative control that the matcher catches
 * banned terms without flagging innocent words that contain them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LANGUAGES } from '../../../src/i18n/languages';
import {
  collectShippedTexts,
  findBannedTerms,
  formatFinding,
  listsFor,
  loadBannedTerms,
  makeMatcher,
  parseBannedTerms,
  type BannedTerms,
} from '../../../tools/language/bannedTerms';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const termsFile = join(repoRoot, 'modules-content', 'banned-terms.json');
const terms = loadBannedTerms(termsFile);

function caught(lang: 'fi' | 'sv' | 'en', text: string): string[] {
  return makeMatcher(listsFor(terms, lang))(text).map((h) => h.match.toLowerCase());
}

describe('banned-terms.json', () => {
  it('has prefix and word lists for every shipped language and explains them in _why', async () => {
    const raw = (await import('../../../modules-content/banned-terms.json')).default as Record<string, unknown>;
    expect(typeof raw._why).toBe('string');
    expect(raw._why).toMatch(/prefix/);
    expect(raw._why).toMatch(/whole words/);
    for (const lang of SHIPPED_LANGUAGES) {
      expect(terms[lang]?.prefix.length, `${lang}.prefix`).toBeGreaterThan(0);
      expect(terms[lang]?.word.length, `${lang}.word`).toBeGreaterThan(0);
    }
  });

  it('rejects a malformed list', () => {
    expect(() => parseBannedTerms({ fi: { prefix: ['x'] } })).toThrow(/fi: needs "prefix" and "word"/);
    expect(() => parseBannedTerms({ sv: { prefix: [''], word: [] } })).toThrow(/sv/);
  });
});

describe('the shipped texts', () => {
  const problems: string[] = [];
  const texts = collectShippedTexts(repoRoot, problems);

  it('are all readable, and include module texts and UI strings in every language', () => {
    expect(problems).toEqual([]);
    for (const lang of SHIPPED_LANGUAGES) {
      expect(texts.some((t) => t.lang === lang && t.file.startsWith('modules-content/modules/')), `${lang} modules`).toBe(true);
      expect(texts.some((t) => t.lang === lang && t.file.startsWith(`src/i18n/locales/${lang}/`)), `${lang} UI`).toBe(true);
    }
  });

  it('use no banned term', () => {
    const findings = findBannedTerms(texts, terms).map(formatFinding);
    expect(findings, findings.join('\n')).toEqual([]);
  });
});

describe('the matcher (negative control)', () => {
  it('catches prefix terms at the start of a word, with inflected and compound forms', () => {
    expect(caught('fi', 'Hän katsoi lapsipornoa.')).toEqual(['lapsiporno']);
    expect(caught('fi', 'LAPSIPORNOGRAFIAN hallussapito')).toContain('lapsipornografia');
    expect(caught('sv', 'Barnporren är olaglig, och perversa tankar')).toEqual(['barnporr', 'pervers']);
    expect(caught('en', 'so-called Child  Pornography')).toEqual(['child  porn']);
    expect(caught('en', 'he called himself a pervert.')).toEqual(['pervert']);
  });

  it('catches word terms as whole words, in any case, next to punctuation or a hyphen', () => {
    expect(caught('fi', 'Olenko peto?')).toEqual(['peto']);
    expect(caught('fi', 'Hirviöt eivät ole totta')).toEqual(['hirviöt']);
    expect(caught('fi', 'pedo-kuvat')).toEqual(['pedo']);
    expect(caught('sv', 'Ett rovdjur, ett monster.')).toEqual(['rovdjur', 'monster']);
    expect(caught('en', "a predator's mind, a Monster")).toEqual(['predator', 'monster']);
    expect(caught('en', 'no CP here')).toEqual(['cp']);
  });

  it('applies the English list to Finnish and Swedish texts too', () => {
    expect(caught('fi', 'Hän ei ole mikään predator.')).toEqual(['predator']);
    expect(caught('sv', 'kiddie porn')).toEqual(['kiddie porn']);
  });

  it('does not flag innocent words that contain a banned term', () => {
    // fi: petos (fraud) and petollinen start with "peto"; pedofiilinen is a clinical word; pedometri starts with "pedo".
    expect(caught('fi', 'Petos ja petollinen ajatus; pedofiilinen kiinnostus; pedometri; hirviömäinen olo')).toEqual([]);
    // sv: pedofili is a clinical word and allowed; "monsterkö" is not "monster".
    expect(caught('sv', 'Pedofili och pedofilt intresse; pedagog; rovdjursfilm; monsterkö')).toEqual([]);
    // en: words that contain a term inside them or only start with a word term.
    expect(caught('en', 'A scorpion, a pedometer, ACPI settings, a monstera plant, predatory pricing, paedophilia')).toEqual([]);
  });

  it('reports a term on both the own and the English list once', () => {
    expect(caught('fi', 'pedo')).toEqual(['pedo']);
  });

  it('lists a finding with the file, the key and the words around it', () => {
    const lists: BannedTerms = { en: { prefix: [], word: ['monster'] } };
    const [finding] = findBannedTerms([{ file: 'x/en.json', key: 'steps.a.body', lang: 'en', text: 'You are not a monster at all.' }], lists);
    expect(finding && formatFinding(finding)).toBe(
      'x/en.json: steps.a.body: "monster" is banned (en word term "monster") in "…You are not a monster at all.…"',
    );
  });
});
