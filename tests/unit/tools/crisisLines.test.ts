/** Step 5 of the safety plan is pre-filled from the shipped service directory, country by country. */
import { describe, expect, it } from 'vitest';
import { crisisLinesFor, suggestedCountry } from '../../../src/features/tools/model/crisisLines';
import { loadDirectory } from '../../../src/features/tools/model/directory';

describe('safety plan prefill by country', async () => {
  const directory = await loadDirectory();

  it('Finland: the emergency number first, then the crisis line, with tel: numbers', () => {
    const lines = crisisLinesFor('FI', directory, 'fi');
    expect(lines[0]).toMatchObject({ kind: 'emergency', display: '112', dial: '112', name: 'Hätänumero 112 (Suomi)' });
    expect(lines.find((l) => l.id === 'fi-mieli-crisis-helpline')).toMatchObject({ kind: 'crisis', dial: '0925250111' });
    // Services without a phone number (a web programme) are not listed as numbers.
    expect(lines.some((l) => l.id === 'fi-redirection-finnish')).toBe(false);
  });

  it('Sweden: 112, Självmordslinjen 90101 and PrevenTell, in Swedish names where they exist', () => {
    const lines = crisisLinesFor('SE', directory, 'sv');
    expect(lines.map((l) => [l.kind, l.dial])).toEqual(
      expect.arrayContaining([
        ['emergency', '112'],
        ['crisis', '90101'],
        ['prevention', '020667788'],
      ]),
    );
    expect(lines[0]?.kind).toBe('emergency');
    expect(lines.find((l) => l.id === 'se-preventell')?.name).toBe('PrevenTell, nationell hjälplinje');
  });

  it('the UK and the US get their own emergency numbers and crisis lines', () => {
    expect(crisisLinesFor('GB', directory, 'en')[0]).toMatchObject({ kind: 'emergency', dial: '999' });
    expect(crisisLinesFor('US', directory, 'en').map((l) => l.dial)).toEqual(expect.arrayContaining(['911', '988']));
  });

  it('every country in the directory gets at least its emergency number; no country gives none', () => {
    for (const code of directory.countries) {
      const lines = crisisLinesFor(code, directory, 'en');
      expect(lines[0]?.kind, code).toBe('emergency');
      for (const line of lines) expect(line.dial, `${code} ${line.id}`).toMatch(/^\+?\d{3,15}$/);
    }
    expect(crisisLinesFor(null, directory, 'en')).toEqual([]);
    expect(crisisLinesFor('ZZ', directory, 'en')).toEqual([]);
  });

  it('suggests the country from the browser, else the app language, else none', () => {
    const known = directory.countries;
    expect(suggestedCountry('en', ['sv-FI', 'en'], known, directory.defaults)).toBe('FI');
    expect(suggestedCountry('en', ['en-CA'], known, directory.defaults)).toBeNull();
    expect(suggestedCountry('sv', ['sv'], known, directory.defaults)).toBe('SE');
    expect(suggestedCountry('xx', [], known, directory.defaults)).toBeNull();
  });
});
