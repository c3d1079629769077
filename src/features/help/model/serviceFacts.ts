/** Small facts derived from a service entry, shared by the directory cards and the finder. */
import type { Service, ServiceCategory } from '../../../content/servicesSchema';
import type { Language } from '../../../i18n/languages';

/** The service's name in the reading language: a local name if the list has one, else its own name. */
export function serviceName(service: Service, language: Language): string {
  return language === 'en' ? service.name : (service.localNames?.[language] ?? service.name);
}

/** The organisation in the reading language, where the source's wording is an English description. */
export function organisationName(service: Service, language: Language): string {
  return language === 'en' ? service.organisation : (service.localOrganisations?.[language] ?? service.organisation);
}

/** A missing contact detail, told to the person instead of hidden. */
export type ContactGap = 'no-contact' | 'phone-missing' | 'url-missing';

export function contactGap(service: Service): ContactGap | null {
  const { phone, url, email } = service.contact;
  if (!phone && !url && !email) return 'no-contact';
  if (!phone && service.modes.includes('phone')) return 'phone-missing';
  if (!url && (service.modes.includes('website') || service.modes.includes('online-programme'))) return 'url-missing';
  return null;
}

export function isOpenAllHours(service: Service): boolean {
  return /^(?:phone )?24\/7|^nonstop/i.test(service.hours?.en ?? '');
}

/** A status caveat: the service may have ended, or may never have started. */
export function mayHaveEnded(service: Service): boolean {
  return service.caveats.some((c) => c.kind === 'status');
}

/** The sources only show that it exists: no usable contact, so it is listed as unverified. */
export function isUnverified(service: Service): boolean {
  return service.confidence === 'low';
}

/**
 * Whether the finder may suggest it. A service with no way to reach it, or one our sources only
 * name, stays in the directory (marked as such) but is never put forward as the help to try.
 */
export function isSuggestable(service: Service): boolean {
  return !isUnverified(service) && contactGap(service) !== 'no-contact';
}

/** A service that can be phoned from the list: a number is there, not only a phone mode. */
export function canCall(service: Service): boolean {
  return Boolean(service.contact.phone);
}

export function isInternational(service: Service): boolean {
  return service.countries.includes('INT');
}

/** StepTo.Support's three method types first, then support after harm, then crisis lines. */
export const CATEGORY_ORDER: readonly ServiceCategory[] = [
  'guidance-information',
  'psychological-intervention',
  'social-peer-support',
  'victim-support',
  'crisis',
];
