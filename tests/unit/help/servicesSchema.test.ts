import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePhoneField } from '../../../src/content/servicesPhone';
import { countriesFileSchema, servicesFileSchema } from '../../../src/content/servicesSchema';
import { checkServices } from '../../../tools/content/checkServices';

const repo = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(repo, 'tests', 'fixtures', 'services');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('the shipped services', () => {
  it('pass the schema: every service with its source and dates', () => {
    const parsed = servicesFileSchema.parse(readJson(join(repo, 'modules-content', 'services', 'services.json')));
    expect(parsed.services.length).toBeGreaterThanOrEqual(117);
    for (const service of parsed.services) {
      expect(service.sourceUrl).toMatch(/^https?:\/\//);
      expect(service.sourceSeen).toMatch(/^(\d{4}(-\d{2}){0,2}|undated)$/);
      expect(service.compiledOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('quote their source for every entry compiled or corrected from the 2026-11 update', () => {
    const parsed = servicesFileSchema.parse(readJson(join(repo, 'modules-content', 'services', 'services.json')));
    for (const service of parsed.services.filter((s) => s.compiledOn >= '2026-11-27')) {
      expect(service.evidence, service.id).toEqual(expect.any(String));
    }
    for (const service of parsed.services.filter((s) => s.correctedOn !== undefined)) {
      expect(Boolean(service.evidence) || (service.moreSources ?? []).length > 0, service.id).toBe(true);
    }
  });

  it('pass the country routes schema', () => {
    expect(() => countriesFileSchema.parse(readJson(join(repo, 'modules-content', 'services', 'countries.json')))).not.toThrow();
  });

  it('pass the whole content check, help pages included', () => {
    expect(checkServices(join(repo, 'modules-content'))).toEqual([]);
  });
});

describe('checkServices with bad input', () => {
  it('accepts a small valid file', () => {
    const problems = checkServices(join(fixtures, 'valid'));
    // The fixture has no help pages; everything else is fine.
    expect(problems.filter((p) => !p.includes(`${join('valid', 'help')}`))).toEqual([]);
  });

  const cases: Array<[string, RegExp]> = [
    ['missing-source', /services\.json: fi-example-line: sourceUrl: /],
    ['bad-phone', /fi-example-line: contact\.phone: bad phone format: "09 1234 5678 ext\. 2"/],
    ['unknown-category', /fi-example-line: category: category must be one of guidance-information, /],
    ['personal-email', /fi-example-line: contact\.email: looks like a person's own address/],
    ['unsourced-number', /fi-example-line: otherPhones\.0\.phone: "09 9999 9999" does not appear in this entry's notes/],
    ['bad-source-date', /fi-example-line: sourceSeen: sourceSeen is YYYY, YYYY-MM, YYYY-MM-DD or "undated"/],
    ['missing-evidence', /fi-example-line: evidence: entries compiled from 2026-11-27 on quote the line of the source/],
    ['bad-more-source', /fi-example-line: moreSources\.0\.field: field must be one of phone, /],
  ];
  for (const [name, expected] of cases) {
    it(`rejects ${name} with a line naming the entry and the field`, () => {
      const problems = checkServices(join(fixtures, name));
      expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
    });
  }

  it('rejects country routes that point at a missing or unsuitable service', () => {
    const problems = checkServices(join(fixtures, 'bad-countries'));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/countries\.json: FI: crisisLines: fi-no-such-line: no such service/),
        expect.stringMatching(/countries\.json: FI: emergency: fi-example-line: must be a crisis service/),
        expect.stringMatching(/countries\.json: FI: youthLines: fi-example-line: must be a crisis service/),
      ]),
    );
  });

  it('reports a file that is not JSON instead of crashing', () => {
    expect(checkServices(join(fixtures, 'no-such-root'))[0]).toMatch(/services\.json: /);
  });
});

describe('phone numbers', () => {
  it('reads one number, several numbers, labels and vanity letters', () => {
    expect(parsePhoneField('040 701 8446')).toEqual({ ok: true, numbers: [{ display: '040 701 8446', dial: '0407018446' }] });
    expect(parsePhoneField('112 (police); 113 (medical emergency)')).toEqual({
      ok: true,
      numbers: [
        { display: '112', dial: '112', label: 'police' },
        { display: '113', dial: '113', label: 'medical emergency' },
      ],
    });
    expect(parsePhoneField('800 100 441 (free) / 213 544 545')).toMatchObject({
      ok: true,
      numbers: [{ dial: '800100441', label: 'free' }, { dial: '213544545' }],
    });
    expect(parsePhoneField('1.888.PREVENT')).toEqual({ ok: true, numbers: [{ display: '1.888.PREVENT', dial: '18887738368' }] });
    expect(parsePhoneField('+358 80 005 005')).toMatchObject({ ok: true, numbers: [{ dial: '+35880005005' }] });
  });

  it.each([
    ['call 112', /may contain only digits/],
    ['040 701 8446 ext. 2', /may contain only digits/],
    ['12', /fewer than 3 digits/],
    ['112 (fire)', /label "\(fire\)" is not one of/],
    [' 112', /leading or trailing spaces/],
    ['112;113', /may contain only digits/],
    ['1234567890123456', /longer than 15 digits/],
  ])('rejects %j', (field, message) => {
    const parsed = parsePhoneField(field);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('parses every phone field in the shipped file', () => {
    const file = servicesFileSchema.parse(readJson(join(repo, 'modules-content', 'services', 'services.json')));
    const fields = file.services.flatMap((s) => [s.contact.phone, ...(s.otherPhones ?? []).map((o) => o.phone)]);
    for (const field of fields) if (field) expect(parsePhoneField(field).ok, field).toBe(true);
  });
});
