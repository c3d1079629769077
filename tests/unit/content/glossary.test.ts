// @vitest-environment node
/**
 * One word per concept: modules-content/glossary.json names the term each language uses for a key
 * concept and the alternatives it must not use. Proves on a fixture (a small repository under
 * fixtures/glossary/) that the check finds alternatives with the file and key, in module texts, help
 * pages and UI strings, and leaves alone verbs, allowed phrases, editor notes and the services
 * directory; then runs it over the real content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LANGUAGES } from '../../../src/i18n/languages';
import { collectShippedTexts } from '../../../tools/language/bannedTerms';
import {
  findGlossaryAlternatives,
  formatGlossaryFinding,
  glossaryTexts,
  loadGlossary,
  parseGlossary,
  type Glossary,
} from '../../../tools/language/glossary';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const glossaryFile = join(repoRoot, 'modules-content', 'glossary.json');
const glossary = loadGlossary(glossaryFile);
const fixtureRoot = join(import.meta.dirname, 'fixtures', 'glossary');

function flagged(lang: 'fi' | 'sv' | 'en', text: string): string[] {
  return findGlossaryAlternatives([{ file: 'x.json', key: 'k', lang, text }], glossary).map((f) => `${f.concept.id}:${f.hit.match}`);
}

describe('glossary.json', () => {
  it('has the decided terms for urge and programme in every language', () => {
    const use = (id: string) => glossary.concepts.find((c) => c.id === id)?.use;
    expect(use('urge')).toEqual({ en: ['urge'], fi: ['mielihalu'], sv: ['sug'] });
    expect(use('programme')).toEqual({ en: ['programme'], fi: ['ohjelma'], sv: ['program'] });
    for (const c of glossary.concepts) {
      for (const lang of SHIPPED_LANGUAGES) expect(c.use[lang].length, `${c.id}.use.${lang}`).toBeGreaterThan(0);
    }
  });

  it('rejects a malformed glossary, naming the place', () => {
    const raw = JSON.parse(readFileSync(glossaryFile, 'utf8')) as { _why: string; concepts: Glossary['concepts'] };
    const urge = raw.concepts[0]!;
    const { sv: _sv, ...withoutSv } = urge.use;
    expect(() => parseGlossary({ ...raw, concepts: [{ ...urge, use: withoutSv }] })).toThrow(/concepts\.0\.use\.sv/);
    expect(() => parseGlossary({ ...raw, concepts: [urge, urge] })).toThrow(/"urge" is used twice/);
    expect(() => parseGlossary({ ...raw, concepts: [{ ...urge, id: 'Urge Now' }] })).toThrow(/concepts\.0\.id/);
    const noAlternatives = { prefix: [], word: [] };
    expect(() => parseGlossary({ ...raw, concepts: [{ ...urge, avoid: { fi: noAlternatives, sv: noAlternatives, en: noAlternatives } }] })).toThrow(
      /at least one alternative/,
    );
    // The chosen term may not be caught as its own alternative.
    expect(() => parseGlossary({ ...raw, concepts: [{ ...urge, avoid: { ...urge.avoid, fi: { prefix: ['mieli'], word: [] } } }] })).toThrow(
      /chosen term "mielihalu" contains the alternative "mieli"/,
    );
    expect(() => parseGlossary({ ...raw, extra: true })).toThrow(/extra/);
  });
});

describe('the glossary check on a fixture', () => {
  const problems: string[] = [];
  const texts = collectShippedTexts(fixtureRoot, problems);
  const findings = findGlossaryAlternatives(texts, glossary);
  const places = findings.map((f) => `${f.file} ${f.key} ${f.concept.id} ${f.hit.match}`);

  it('finds every alternative in module texts, help pages and UI strings, with the file and key', () => {
    expect(problems).toEqual([]);
    expect(places).toEqual([
      'modules-content/modules/m01/locales/fi.json steps.m01-a.body urge halun',
      'modules-content/modules/m01/locales/sv.json steps.m01-a.body urge impuls',
      'modules-content/modules/m01/locales/en.json steps.m01-a.body programme course',
      'modules-content/modules/m01/locales/en.json steps.m01-a.body lapse setback',
      'modules-content/help/sv/urge-now.md (page) programme Kursen',
      'src/i18n/locales/en/common.json nav.course programme Course',
    ]);
  });

  it('leaves out the services directory and editor notes', () => {
    expect(texts.some((t) => t.file.startsWith('modules-content/services/') && t.text.includes('course'))).toBe(true);
    expect(texts.some((t) => t.key === '_note')).toBe(true);
    expect(glossaryTexts(texts).some((t) => t.file.startsWith('modules-content/services/') || t.key === '_note')).toBe(false);
  });

  it('says what to use instead, with the words around the match', () => {
    const ui = findings.find((f) => f.key === 'nav.course');
    expect(ui && formatGlossaryFinding(ui)).toBe(
      'src/i18n/locales/en/common.json: nav.course: "Course" is an alternative for programme: use "programme" (en word term "course") in "…Course…"',
    );
  });
});

describe('the matcher', () => {
  it('catches inflected and compound forms of prefix terms, and whole-word terms', () => {
    expect(flagged('fi', 'Yllykkeet tulevat ja menevät; mielitekoja; kurssilla')).toEqual(['urge:Yllyk', 'urge:mielitek', 'programme:kurss']);
    expect(flagged('fi', 'Halu nousee. Haluista huolimatta.')).toEqual(['urge:Halu', 'urge:Haluista']);
    expect(flagged('sv', 'Impulserna, kursen och ett bakslag')).toEqual(['urge:Impulserna', 'programme:kursen', 'lapse:bakslag']);
    expect(flagged('en', 'Courses and setbacks, sexual images of children')).toEqual(['programme:Courses', 'lapse:setbacks', 'csam:sexual images of children']);
  });

  it('does not flag the chosen terms, verbs or words that only contain an alternative', () => {
    expect(flagged('fi', 'Mielihalu ja mielihalusi; haluat, haluaisit, haluavat, en halua; halukas; laiton kuvamateriaali; lipsahdus')).toEqual([]);
    expect(flagged('sv', 'Suget, ett impulsivt beslut, programmet, ett snedsteg, övergreppsmaterial, kursiv stil')).toEqual([]);
    expect(flagged('en', 'The urge, the programme, a lapse, impulsive, child sexual abuse material (CSAM)')).toEqual([]);
  });

  it('allows an alternative inside an allowed phrase, and only there', () => {
    expect(flagged('en', 'Of course. Over the course of a week.')).toEqual([]);
    expect(flagged('fi', 'Seksuaalinen halu on luonnollista; seksuaalista halua voi olla.')).toEqual([]);
    expect(flagged('fi', 'Seksuaalinen halu on eri asia kuin halu käyttää materiaalia.')).toEqual(['urge:halu']);
  });

  it('checks a text only against its own language', () => {
    expect(flagged('fi', 'course, impuls')).toEqual([]);
    expect(flagged('en', 'kurssi, halu')).toEqual([]);
  });
});

describe('the real content', () => {
  it('uses the glossary term for every concept in modules, help pages and UI strings', () => {
    const problems: string[] = [];
    const findings = findGlossaryAlternatives(collectShippedTexts(repoRoot, problems), glossary).map(formatGlossaryFinding);
    expect(problems).toEqual([]);
    expect(findings, findings.join('\n')).toEqual([]);
  });
});
