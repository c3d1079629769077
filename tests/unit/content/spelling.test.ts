// @vitest-environment node
/**
 * The parts of tools/check-language.ts: the tokeniser, Markdown stripping, the allowlist, the
 * spelling rule (with a stand-in dictionary) and the real Debian dictionaries on known words.
 * The check of the real content is `npx tsx tools/check-language.ts` (run by `npm test`).
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/i18n/languages';
import { allowlistEntry, parseAllowlist } from '../../../tools/language/allowlist';
import { DICTIONARIES, unknownParts } from '../../../tools/language/dictionaries';
import { checkLanguageTexts, type LanguageInput, type Lookup } from '../../../tools/language/spelling';
import { toPlainText } from '../../../tools/language/texts';
import { checkUnit, compoundParts, words } from '../../../tools/language/tokenize';

describe('toPlainText', () => {
  it('keeps the words a person reads and drops Markdown, links, URLs and i18next markup', () => {
    const md = '## Otsikko\n\n- **Hae apua nyt** ja [lue lisää](https://example.org/x)\n> lainaus\n1. yksi {{count}} <1>kaksi</1> https://www.example.org/polku `koodi`';
    expect(toPlainText(md).split(/\s+/).filter(Boolean)).toEqual(['Otsikko', 'Hae', 'apua', 'nyt', 'ja', 'lue', 'lisää', 'lainaus', 'yksi', 'kaksi', 'koodi']);
  });
});

describe('words', () => {
  it('keeps Finnish and Swedish letters and compounds with a hyphen', () => {
    expect(words('Äiti ja kuva-aineisto; lapsi- ja nuorisotyö', 'fi')).toEqual(['Äiti', 'ja', 'kuva-aineisto', 'lapsi-', 'ja', 'nuorisotyö']);
    expect(words('Övervaknings- eller AI-verktyg, m.fl.', 'sv')).toEqual(['Övervaknings-', 'eller', 'AI-verktyg', 'm', 'fl']);
  });

  it('keeps a Finnish word that starts with a hyphen after a multi-word name', () => {
    expect(words('Hae apua nyt -kohdasta', 'fi')).toEqual(['Hae', 'apua', 'nyt', '-kohdasta']);
    expect(words('ord - ord', 'fi')).toEqual(['ord', 'ord']);
  });

  it('keeps apostrophes inside English words (typographic ones become plain) but not quotes', () => {
    expect(words('“don’t” the children’s \'own\' parents’ house', 'en')).toEqual(["don't", 'the', "children's", 'own', 'parents', 'house']);
  });

  it('treats a colon inside a word as an inflected abbreviation in Finnish and Swedish only', () => {
    expect(words('CSAM:n ja ry:n', 'fi')).toEqual(['CSAM:n', 'ja', 'ry:n']);
    expect(words('Note:this', 'en')).toEqual(['Note', 'this']);
  });

  it('does not count numbers as words', () => {
    expect(words('0–10, 2019–2021, 11 000 ja 42 %', 'fi')).toEqual(['ja']);
  });
});

describe('checkUnit and compoundParts', () => {
  it('checks a number joined to a word whole in Finnish and Swedish, and only the letters elsewhere', () => {
    expect(checkUnit('18-vuotias', 'fi')).toBe('18-vuotias');
    expect(checkUnit('18-åring', 'sv')).toBe('18-åring');
    expect(checkUnit('18-year-olds', 'en')).toBe('year-olds');
    expect(checkUnit('PHQ-9', 'fi')).toBe('PHQ');
    expect(checkUnit('m01', 'en')).toBeNull();
  });

  it('splits a compound into the parts a dictionary can check', () => {
    expect(compoundParts('ReDirection-omahoito-ohjelman')).toEqual(['ReDirection', 'omahoito', 'ohjelman']);
    expect(compoundParts('CSAM:n')).toEqual(['CSAM']);
    expect(compoundParts('lapsi-')).toEqual(['lapsi']);
    expect(compoundParts('18-vuotias')).toEqual(['vuotias']);
  });
});

describe('the allowlist', () => {
  it('needs a one-line reason for every word and known languages only', () => {
    const problems: string[] = [];
    const list = parseAllowlist({ fi: { KKT: 'abbreviation', x: '' }, sv: { y: 'a\nb' }, de: {} }, 'allow.json', problems);
    expect(problems).toEqual(['allow.json: fi.x: needs a one-line reason', 'allow.json: sv.y: needs a one-line reason', 'allow.json: de: not a shipped language']);
    expect([...list.fi.keys()]).toEqual(['KKT']);
  });

  it('covers a capitalised word at the start of a sentence by its lower-case entry, not the other way round', () => {
    const list = new Map([['hebefilia', 'r'], ['Polku', 'r']]);
    expect(allowlistEntry(list, 'Hebefilia')).toBe('hebefilia');
    expect(allowlistEntry(list, 'Polku')).toBe('Polku');
    expect(allowlistEntry(list, 'polku')).toBeUndefined();
  });
});

/** A stand-in dictionary: knows the given words; rejects a compound whole, like Voikko. */
function fakeLookup(known: readonly string[]): Lookup {
  const set = new Set(known);
  return (_lang, checkWords) => new Map(checkWords.map((w) => [w, set.has(w) ? [] : [w]]));
}

function texts(...bodies: string[]): LanguageInput[] {
  return bodies.map((text, i) => ({ file: 'm/fi.json', kind: 'module', key: `steps.s${i}.body`, text }));
}

const many = Array.from({ length: 99 }, () => 'koira').join(' ');

describe('the spelling rule', () => {
  const lang: Language = 'fi';

  it('passes when every unknown word is allowlisted and they are at most 1% of the words', () => {
    const r = checkLanguageTexts(lang, texts(many, 'Kissa'), fakeLookup(['koira']), new Map([['kissa', 'reason']]));
    expect(r).toMatchObject({ words: 100, unknown: 1, percent: 1, ok: true, stale: [] });
  });

  it('fails on an unknown word that is not allowlisted, naming the file and key', () => {
    const r = checkLanguageTexts(lang, texts(many, 'kisa'), fakeLookup(['koira']), new Map());
    expect(r.ok).toBe(false);
    expect(r.unknownWords).toEqual([{ word: 'kisa', count: 1, places: [{ file: 'm/fi.json', key: 'steps.s1.body' }], allowedBy: undefined }]);
    expect(r.files).toEqual([{ file: 'm/fi.json', kind: 'module', words: 100, unknown: 1, notAllowed: 1 }]);
  });

  it('fails when allowlisted unknown words are more than 1% of the words', () => {
    const r = checkLanguageTexts(lang, texts(many, 'kissa kissa'), fakeLookup(['koira']), new Map([['kissa', 'reason']]));
    expect(r.percent).toBeCloseTo(1.98, 2);
    expect(r.ok).toBe(false);
  });

  it('fails on an allowlist entry that no text uses any more', () => {
    const r = checkLanguageTexts(lang, texts(many), fakeLookup(['koira']), new Map([['kissa', 'reason']]));
    expect(r.stale).toEqual(['kissa']);
    expect(r.ok).toBe(false);
  });

  it('reports the unknown part of a compound the dictionary rejects, or the whole when every part is known', () => {
    const r = checkLanguageTexts(lang, texts('CSAM-materiaali koira-kissa'), fakeLookup(['materiaali', 'koira', 'kissa']), new Map());
    expect(r.unknownWords.map((w) => w.word)).toEqual(['CSAM', 'koira-kissa']);
  });
});

/** The real dictionaries (Debian packages; the CLI says which to install when one is missing). */
describe('the real dictionaries', () => {
  const cases: Record<Language, { right: string[]; wrong: string[] }> = {
    fi: {
      right: ['käyttäytymisterapiaan', '18-vuotias', 'kuva-aineisto', 'lapsi-', '-kohdasta', 'ry:n', 'Äidille'],
      wrong: ['käyttäytymisteraapia', 'tunnteita', 'tekoäly-kuvat'],
    },
    sv: {
      right: ['övergreppsmaterial', '18-åring', 'e-post', 'barn-', 'beteende', 'Känslor'],
      wrong: ['handlnig', 'övergrepsmaterial', 'xyz-hjälp'],
    },
    en: {
      right: ['behaviour', 'programme', 'well-being', "don't", "children's", 'recognise', 'Feelings'],
      wrong: ['behaivour', 'recieve', 'xyz-help'],
    },
  };

  for (const [lang, { right, wrong }] of Object.entries(cases) as [Language, (typeof cases)[Language]][]) {
    it(`${lang} (${DICTIONARIES[lang].label}) knows correct words and rejects misspelt ones`, () => {
      const result = unknownParts(DICTIONARIES[lang], [...right, ...wrong]);
      expect(right.filter((w) => (result.get(w) ?? []).length > 0), 'rejected correct words').toEqual([]);
      expect(wrong.filter((w) => (result.get(w) ?? []).length === 0), 'accepted misspelt words').toEqual([]);
    });
  }
});
