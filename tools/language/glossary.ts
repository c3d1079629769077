/**
 * The glossary rule (one word per concept): modules-content/glossary.json names, for each key
 * concept, the term every shipped language uses and the alternatives it must not use. The check
 * flags an alternative anywhere in the module texts, the help pages and the UI strings, with the file
 * and key, the way banned terms are flagged. `prefix` and `word` terms match as in banned-terms.json
 * (case-insensitive; a prefix term also catches inflected and compound forms). A hit inside one of
 * the concept's `allow` phrases (`of course`, fi `seksuaalinen halu`) is not a finding.
 *
 * The services directory is left out on purpose: it describes other organisations' offers in their
 * own terms (an external "course" is a course). Editor notes (`_`-keys) are left out too.
 */
import { readFileSync } from 'node:fs';
import { z } from '../../src/lib/zod';
import { SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages';
import { makeMatcher, type Hit, type Matcher, type TextToCheck } from './bannedTerms';

export const GLOSSARY_PATH = 'modules-content/glossary.json';

const term = z
  .string()
  .min(1)
  .refine((t) => t.trim() === t && t.trim() !== '', 'terms have no leading or trailing spaces');

const termList = z.strictObject({ prefix: z.array(term), word: z.array(term) });

/** One value for every shipped language, no more and no fewer. */
function perLanguage<T extends z.ZodType>(schema: T) {
  return z.strictObject(Object.fromEntries(SHIPPED_LANGUAGES.map((l) => [l, schema])) as Record<Language, T>);
}

const conceptSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids use lowercase letters, digits and single dashes'),
    /** What the concept is, for writers and translators. */
    meaning: z.string().trim().min(1),
    /** The chosen term(s) per language: the words writers use. */
    use: perLanguage(z.array(term).min(1)),
    /** The alternatives the check flags, per language. */
    avoid: perLanguage(termList),
    /** Phrases in which an avoided word means something else and is fine, per language. */
    allow: z.partialRecord(z.enum(SHIPPED_LANGUAGES), z.array(term)).optional(),
    note: z.string().trim().min(1).optional(),
  })
  .superRefine((concept, ctx) => {
    const total = SHIPPED_LANGUAGES.reduce((n, l) => n + concept.avoid[l].prefix.length + concept.avoid[l].word.length, 0);
    if (total === 0) ctx.addIssue({ code: 'custom', path: ['avoid'], message: 'a concept needs at least one alternative to avoid' });
    // The chosen term must never be flagged as its own alternative.
    for (const lang of SHIPPED_LANGUAGES) {
      const matcher = makeMatcher({ [concept.id]: concept.avoid[lang] });
      for (const chosen of concept.use[lang]) {
        const hit = matcher(chosen)[0];
        if (hit) {
          ctx.addIssue({
            code: 'custom',
            path: ['use', lang],
            message: `the chosen term "${chosen}" contains the alternative "${hit.term}"`,
          });
        }
      }
    }
  });

export const glossarySchema = z
  .strictObject({
    _why: z.string().trim().min(1),
    concepts: z.array(conceptSchema).min(1),
  })
  .superRefine((glossary, ctx) => {
    const seen = new Set<string>();
    glossary.concepts.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'id'], message: `concept id "${c.id}" is used twice` });
      seen.add(c.id);
    });
  });

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryConcept = Glossary['concepts'][number];

/** Parses glossary.json; throws an Error naming the place of every problem. */
export function parseGlossary(raw: unknown, displayName = GLOSSARY_PATH): Glossary {
  const result = glossarySchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${displayName}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(lines.join('\n'));
}

export function loadGlossary(file: string, displayName = GLOSSARY_PATH): Glossary {
  return parseGlossary(JSON.parse(readFileSync(file, 'utf8')) as unknown, displayName);
}

/**
 * The texts the glossary applies to: module texts, help pages and UI strings in a shipped language.
 * Services and editor notes (a key part starting with `_`) are left out.
 */
export function glossaryTexts(texts: readonly TextToCheck[]): (TextToCheck & { lang: Language })[] {
  return texts.filter(
    (t): t is TextToCheck & { lang: Language } =>
      t.lang !== null &&
      !t.file.startsWith('modules-content/services/') &&
      !t.key.split('.').some((part) => part.startsWith('_')),
  );
}

export type GlossaryFinding = TextToCheck & { lang: Language; concept: GlossaryConcept; hit: Hit };

type LanguageRules = { concept: GlossaryConcept; avoid: Matcher; allow: Matcher | null }[];

function rulesFor(glossary: Glossary, lang: Language): LanguageRules {
  return glossary.concepts.map((concept) => {
    const allowed = concept.allow?.[lang] ?? [];
    return {
      concept,
      avoid: makeMatcher({ [concept.id]: concept.avoid[lang] }),
      allow: allowed.length > 0 ? makeMatcher({ allow: { prefix: [], word: allowed } }) : null,
    };
  });
}

/** Every glossary alternative in the texts (of the texts' own language); an empty list means they are consistent. */
export function findGlossaryAlternatives(texts: readonly TextToCheck[], glossary: Glossary): GlossaryFinding[] {
  const rules = new Map<Language, LanguageRules>();
  const findings: GlossaryFinding[] = [];
  for (const t of glossaryTexts(texts)) {
    let forLang = rules.get(t.lang);
    if (!forLang) {
      forLang = rulesFor(glossary, t.lang);
      rules.set(t.lang, forLang);
    }
    const inText: GlossaryFinding[] = [];
    for (const rule of forLang) {
      const hits = rule.avoid(t.text);
      if (hits.length === 0) continue;
      const allowed = rule.allow ? rule.allow(t.text) : [];
      for (const hit of hits) {
        const inside = allowed.some((a) => a.index <= hit.index && hit.index + hit.match.length <= a.index + a.match.length);
        if (!inside) inText.push({ ...t, concept: rule.concept, hit });
      }
    }
    // In reading order within a text.
    findings.push(...inText.sort((a, b) => a.hit.index - b.hit.index));
  }
  return findings;
}

/** `file: key: "match" is an alternative for <concept>: use "…" (list prefix|word term "…") in "…"`, with a few words around the match. */
export function formatGlossaryFinding(f: GlossaryFinding): string {
  const normal = f.text.normalize('NFC');
  const start = Math.max(0, f.hit.index - 30);
  const end = Math.min(normal.length, f.hit.index + f.hit.match.length + 30);
  const around = normal.slice(start, end).replace(/\s+/g, ' ');
  const use = f.concept.use[f.lang].map((u) => `"${u}"`).join(' or ');
  return `${f.file}: ${f.key}: "${f.hit.match}" is an alternative for ${f.concept.id}: use ${use} (${f.lang} ${f.hit.kind} term "${f.hit.term}") in "…${around}…"`;
}
