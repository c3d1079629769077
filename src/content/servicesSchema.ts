/**
 * Zod schemas for modules-content/services/: the support services shown on the help pages and the
 * per-country crisis routes.
 *
 * The rules protect people who may call a number in a crisis: every entry names its source and the
 * date the source showed; a phone number must parse (see servicesPhone.ts); categories, audiences
 * and modes come from fixed lists the UI can translate; an e-mail address must be an
 * organisation's shared address, never a person's. Contact details are never guessed: a detail the
 * source did not show is null.
 */
import { z } from '../lib/zod';
import { parsePhoneField } from './servicesPhone';

/** The three StepTo.Support method types, plus crisis lines and support for people harmed. */
export const SERVICE_CATEGORIES = [
  'guidance-information',
  'psychological-intervention',
  'social-peer-support',
  'crisis',
  'victim-support',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** Who a service is for: the person themself, family and friends, professionals, people harmed, under-18s. */
export const SERVICE_AUDIENCES = ['self', 'family', 'professional', 'harmed', 'youth'] as const;
export type ServiceAudience = (typeof SERVICE_AUDIENCES)[number];

export const SERVICE_MODES = ['phone', 'chat', 'in-person', 'online-programme', 'website', 'email'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/**
 * What a service is for beyond its category, where the finder must tell services apart:
 * `child-protection` is a route for reporting concern about a child or for responding to a child at
 * risk (child welfare notifications, Barnahus); `acute-care` is care soon after sexual violence
 * (Seri centres), which fits someone harmed in the past month; `no-self-referral` is a service
 * nobody can contact themself (Barnahus: a case comes through the police or social services), so
 * the finder offers it to professionals only.
 */
export const SERVICE_TAGS = ['child-protection', 'acute-care', 'no-self-referral'] as const;
export type ServiceTag = (typeof SERVICE_TAGS)[number];

/** What a further source supports; the help pages name each in words. */
export const SOURCE_FIELDS = ['phone', 'phone-ireland', 'url', 'hours', 'name', 'organisation', 'status', 'service'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/**
 * From this date every entry quotes the line of its source it was read from (`evidence`); older
 * entries were compiled before the rule and keep their source and date.
 */
export const EVIDENCE_REQUIRED_FROM = '2026-11-27';

/** Kinds of caveat. `status` (the service may have ended or not yet started) lowers a service's rank. */
export const CAVEAT_KINDS = ['status', 'details', 'scope', 'confidentiality'] as const;
export type CaveatKind = (typeof CAVEAT_KINDS)[number];

const tristate = z.enum(['yes', 'no', 'unknown']);

/** ISO 3166-1 alpha-2, or INT for a service open to everyone online. */
export const countryCode = z.string().regex(/^(?:[A-Z]{2}|INT)$/, 'a country is a two-letter code such as FI, or INT');
const languageCode = z.string().regex(/^[a-z]{2}$/, 'a language is a two-letter code such as fi');
/** Stable ids, starting with one of the service's countries in lowercase (or int): fi-mieli-crisis-helpline. */
const serviceId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)+$/, 'ids look like fi-mieli-crisis-helpline: lowercase words joined by single dashes');

const text = z.string().trim().min(1);
/** A text in every shipped language; `en` is the wording of the source list. */
const translated = z.strictObject({ en: text, fi: text, sv: text });

const webUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href.length > 0 && !/\s/.test(value);
  } catch {
    return false;
  }
}, 'must be a full http(s) web address');

const phone = z.string().superRefine((value, ctx) => {
  const parsed = parsePhoneField(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `bad phone format: ${parsed.error}` });
});

/**
 * PRIVACY: only organisations' shared addresses. A local part made of two or more name-like words
 * joined by dots, dashes or underscores (firstname.lastname, satu.w.kainulainen) is treated as a
 * person's address and rejected.
 */
const PERSONAL_LOCAL_PART = /^[\p{L}]+(?:[._-][\p{L}]+)+$/u;
const organisationEmail = z
  .string()
  .regex(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i, 'must be an e-mail address')
  .refine((value) => !PERSONAL_LOCAL_PART.test(value.split('@')[0] ?? ''), {
    message: "looks like a person's own address (firstname.lastname); list only an organisation's shared address",
  });

/** The date a source page showed: a year, year-month or full date, or "undated" if it showed none. */
const sourceSeen = z
  .string()
  .regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|undated)$/, 'sourceSeen is YYYY, YYYY-MM, YYYY-MM-DD or "undated"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** A further source behind one corrected detail or a status finding, with the line it shows. */
const moreSource = z.strictObject({
  field: z.enum(SOURCE_FIELDS, { error: `field must be one of ${SOURCE_FIELDS.join(', ')}` }),
  url: webUrl,
  seen: sourceSeen,
  evidence: text.optional(),
});

const nonEmptyUnique = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'has the same value twice');

export const serviceSchema = z
  .strictObject({
    id: serviceId,
    name: text,
    /** Finnish and Swedish names where the source's name is an English description. */
    localNames: z.strictObject({ fi: text, sv: text }).optional(),
    organisation: text,
    /** The organisation in Finnish and Swedish where the source's wording is an English description. */
    localOrganisations: z.strictObject({ fi: text, sv: text }).optional(),
    countries: nonEmptyUnique(countryCode),
    languages: nonEmptyUnique(languageCode),
    category: z.enum(SERVICE_CATEGORIES, { error: `category must be one of ${SERVICE_CATEGORIES.join(', ')}` }),
    audiences: nonEmptyUnique(z.enum(SERVICE_AUDIENCES, { error: `audience must be one of ${SERVICE_AUDIENCES.join(', ')}` })),
    modes: nonEmptyUnique(z.enum(SERVICE_MODES, { error: `mode must be one of ${SERVICE_MODES.join(', ')}` })),
    tags: nonEmptyUnique(z.enum(SERVICE_TAGS, { error: `tag must be one of ${SERVICE_TAGS.join(', ')}` })).optional(),
    contact: z.strictObject({
      phone: phone.nullable(),
      url: webUrl.nullable(),
      email: organisationEmail.nullable(),
    }),
    /** More numbers given in the entry's own notes or description, each with what it is for. */
    otherPhones: z.array(z.strictObject({ phone, note: translated })).optional(),
    /** A street address given in the entry's notes. */
    address: text.optional(),
    hours: translated.nullable(),
    anonymous: tristate,
    cost: z.enum(['free', 'paid', 'unknown']),
    /** Youngest age the source says the service takes (0 = any age). */
    minAge: z.number().int().min(0).max(99).optional(),
    description: translated,
    caveats: z.array(z.strictObject({ kind: z.enum(CAVEAT_KINDS), text: translated })).default([]),
    sourceUrl: webUrl,
    sourceSeen,
    /** The line of the source the entry was read from, quoted in the source's language. */
    evidence: text.optional(),
    /** Sources behind details corrected later, and behind findings about whether it still runs. */
    moreSources: z.array(moreSource).optional(),
    /** When the entry was compiled from its source (not a check of the service itself). */
    compiledOn: isoDate,
    /** When a detail was last corrected from a further source. */
    correctedOn: isoDate.optional(),
    confidence: z.enum(['high', 'medium', 'low']),
    /** The compiler's notes (English), kept for editors; not shown. */
    notes: z.string().nullable(),
  })
  .superRefine((service, ctx) => {
    // Extra numbers and addresses must be traceable to the entry's own sourced text, never added from memory.
    const sourced = `${service.notes ?? ''} ${service.description.en}`;
    service.otherPhones?.forEach((other, index) => {
      if (!sourced.includes(other.phone)) {
        ctx.addIssue({
          code: 'custom',
          path: ['otherPhones', index, 'phone'],
          message: `"${other.phone}" does not appear in this entry's notes or description; copy extra numbers only from there`,
        });
      }
    });
    if (service.address !== undefined && !sourced.includes(service.address)) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: "does not appear in this entry's notes or description" });
    }
    if (service.compiledOn >= EVIDENCE_REQUIRED_FROM && service.evidence === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: `entries compiled from ${EVIDENCE_REQUIRED_FROM} on quote the line of the source they were read from`,
      });
    }
    if (service.correctedOn !== undefined && service.correctedOn < service.compiledOn) {
      ctx.addIssue({ code: 'custom', path: ['correctedOn'], message: 'is earlier than compiledOn' });
    }
    const prefix = service.id.split('-')[0]?.toUpperCase();
    if (prefix === undefined || !service.countries.includes(prefix)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `starts with "${prefix?.toLowerCase() ?? ''}", which is not one of its countries (or int)` });
    }
  });
export type Service = z.infer<typeof serviceSchema>;
export type Translated = z.infer<typeof translated>;

export const servicesFileSchema = z
  .strictObject({
    _about: z.string().optional(),
    services: z.array(serviceSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.services.forEach((service, index) => {
      if (seen.has(service.id)) ctx.addIssue({ code: 'custom', path: ['services', index, 'id'], message: `id "${service.id}" is used twice` });
      seen.add(service.id);
    });
  });
export type ServicesFile = z.infer<typeof servicesFileSchema>;

export const countryRoutesSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'a country is a two-letter code such as FI'),
  emergency: z.array(serviceId).min(1),
  crisisLines: z.array(serviceId).min(1),
  preventionLines: z.array(serviceId).default([]),
  /** 24/7 lines for under-18s, shown first to a young person in the finder. */
  youthLines: z.array(serviceId).default([]),
  /** 24/7 lines for someone harmed recently, shown first to them in the finder. */
  harmedLines: z.array(serviceId).default([]),
});
export type CountryRoutes = z.infer<typeof countryRoutesSchema>;

export const countriesFileSchema = z.strictObject({
  _about: z.string().optional(),
  defaultCountryByLanguage: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)),
  countries: z.array(countryRoutesSchema).min(1),
});
export type CountriesFile = z.infer<typeof countriesFileSchema>;
