/**
 * Validates modules-content/services/ (the support services and each country's crisis routes) and
 * the help pages in modules-content/help/ that present them. Each problem line names the file, the
 * entry id and the field, so an editor can find it: a missing source, a bad phone format or an
 * unknown category fails here, not in front of someone looking for help.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countriesFileSchema, servicesFileSchema, type Service } from '../../src/content/servicesSchema';
import { HELP_PAGES } from '../../src/content/servicesHelpPages';
import { SHIPPED_LANGUAGES } from '../../src/i18n/languages';
import { readJson } from './readJson';

type Issue = { path: readonly PropertyKey[]; message: string };

/** `file: entry-id: field.path: message`, using the raw entry's id where the issue sits inside one. */
function serviceProblems(file: string, raw: unknown, issues: readonly Issue[]): string[] {
  const entries = (raw as { services?: unknown[] } | undefined)?.services;
  return issues.map((issue) => {
    const [top, index, ...rest] = issue.path;
    if (top === 'services' && typeof index === 'number') {
      const entry = entries?.[index] as { id?: unknown } | undefined;
      const name = typeof entry?.id === 'string' ? entry.id : `entry #${index + 1} (no id)`;
      return `${file}: ${name}: ${rest.map(String).join('.') || '(entry)'}: ${issue.message}`;
    }
    return `${file}: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
  });
}

function checkCountries(file: string, raw: unknown, services: ReadonlyMap<string, Service>): string[] {
  const parsed = countriesFileSchema.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => `${file}: ${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  }
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const country of parsed.data.countries) {
    if (codes.has(country.code)) problems.push(`${file}: ${country.code}: listed twice`);
    codes.add(country.code);
    const lists = {
      emergency: country.emergency,
      crisisLines: country.crisisLines,
      preventionLines: country.preventionLines,
      youthLines: country.youthLines,
      harmedLines: country.harmedLines,
    };
    for (const [field, ids] of Object.entries(lists)) {
      for (const id of ids) {
        const service = services.get(id);
        const where = `${file}: ${country.code}: ${field}: ${id}`;
        if (!service) {
          problems.push(`${where}: no such service in services.json`);
          continue;
        }
        if (!service.countries.includes(country.code) && !service.countries.includes('INT')) {
          problems.push(`${where}: the service does not serve ${country.code}`);
        }
        // Lines shown as call buttons must be callable, and must be lines for people in crisis.
        const isCallList = field !== 'preventionLines';
        const crisisKind = field === 'harmedLines' ? ['crisis', 'victim-support'] : ['crisis'];
        if (isCallList && !crisisKind.includes(service.category)) problems.push(`${where}: must be a ${crisisKind.join(' or ')} service`);
        if (isCallList && !service.contact.phone) problems.push(`${where}: has no phone number`);
        if (service.confidence === 'low') problems.push(`${where}: is low confidence and cannot be suggested`);
      }
    }
  }
  for (const lang of SHIPPED_LANGUAGES) {
    const code = parsed.data.defaultCountryByLanguage[lang];
    if (!code) problems.push(`${file}: defaultCountryByLanguage.${lang}: missing`);
    else if (!codes.has(code)) problems.push(`${file}: defaultCountryByLanguage.${lang}: ${code} is not in countries`);
  }
  return problems;
}

export function checkHelpPages(root: string): string[] {
  const problems: string[] = [];
  for (const lang of SHIPPED_LANGUAGES) {
    for (const page of HELP_PAGES) {
      const file = join(root, 'help', lang, `${page}.md`);
      if (!existsSync(file)) {
        problems.push(`${file}: missing (every help page exists in every shipped language)`);
        continue;
      }
      const body = readFileSync(file, 'utf8');
      if (body.trim() === '') problems.push(`${file}: empty`);
      // react-markdown shows raw HTML as text, but the content should not rely on that.
      if (/<\/?[a-z][^>]*>/i.test(body)) problems.push(`${file}: contains raw HTML; write Markdown only`);
    }
  }
  return problems;
}

export function checkServices(root: string): string[] {
  const problems: string[] = [];
  const servicesFile = join(root, 'services', 'services.json');
  const raw = readJson(servicesFile, problems);
  if (raw === undefined) return problems;
  const parsed = servicesFileSchema.safeParse(raw);
  if (!parsed.success) return [...problems, ...serviceProblems(servicesFile, raw, parsed.error.issues)];

  const byId = new Map(parsed.data.services.map((s) => [s.id, s]));
  const countriesFile = join(root, 'services', 'countries.json');
  const countries = readJson(countriesFile, problems);
  if (countries !== undefined) problems.push(...checkCountries(countriesFile, countries, byId));
  problems.push(...checkHelpPages(root));
  return problems;
}
