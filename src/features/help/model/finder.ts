/**
 * The guided finder: a few answers in, a ranked shortlist out, each suggestion with the reasons it
 * fits and the cautions worth knowing. Like StepTo.Support's personalised suggestions, but worked
 * out on the device from the bundled list.
 * PRIVACY: the answers live only in memory while the finder is open; nothing here stores them.
 */
import type { Service, ServiceAudience, ServiceCategory } from '../../../content/servicesSchema';
import { contactGap, isInternational, isOpenAllHours, mayHaveEnded } from './serviceFacts';

/** Who the help is for. `youth` is a person under 18 asking for themself. */
export type Who = ServiceAudience;
export const WHO_OPTIONS: readonly Who[] = ['self', 'family', 'professional', 'harmed', 'youth'];

export const HELP_KINDS = ['talk', 'therapy', 'self-help', 'information', 'peer', 'any'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export const ANONYMITY_NEEDS = ['must', 'prefer', 'no-matter'] as const;
export type AnonymityNeed = (typeof ANONYMITY_NEEDS)[number];

export type FinderAnswers = {
  who: Who;
  /** A country code, or INT when the person's country is not in the list. */
  country: string;
  /** A language code the person wants to be helped in. */
  language: string;
  kind: HelpKind;
  anonymity: AnonymityNeed;
};

export type Reason =
  | { type: 'audience'; audience: Who }
  | { type: 'age'; minAge: number }
  | { type: 'country'; country: string }
  | { type: 'international' }
  | { type: 'language'; language: string }
  | { type: 'kind'; kind: Exclude<HelpKind, 'any'> }
  | { type: 'anonymous' }
  | { type: 'free' }
  | { type: 'all-hours' };

export type Caution =
  | { type: 'may-have-ended' }
  | { type: 'other-language'; languages: readonly string[] }
  | { type: 'anonymity-unknown' }
  | { type: 'not-anonymous' }
  | { type: 'no-contact' }
  | { type: 'phone-missing' };

export type Suggestion = { service: Service; score: number; reasons: Reason[]; cautions: Caution[] };

/**
 * How well each category fits each kind of person. A category missing from a row is not suggested
 * for them: crisis lines are shown above every shortlist instead, and support for people harmed is
 * not what a worried relative of someone with this interest is looking for.
 */
const CATEGORY_FIT: Record<Who, Partial<Record<ServiceCategory, number>>> = {
  self: { 'guidance-information': 2, 'psychological-intervention': 2, 'social-peer-support': 1 },
  family: { 'social-peer-support': 3, 'guidance-information': 2, 'psychological-intervention': 1 },
  professional: { 'guidance-information': 3, 'psychological-intervention': 2, 'social-peer-support': 1, 'victim-support': -1 },
  harmed: { 'victim-support': 3, 'guidance-information': 0 },
  youth: { crisis: 3, 'guidance-information': 2, 'psychological-intervention': 2, 'social-peer-support': 1, 'victim-support': 1 },
};

/** Ways of being reached that count as direct help (not only a web page to read). */
const DIRECT_MODES = ['phone', 'chat', 'in-person', 'online-programme', 'email'] as const;

function fitsKind(service: Service, kind: HelpKind): boolean {
  switch (kind) {
    case 'talk':
      return service.modes.includes('phone') || service.modes.includes('chat');
    case 'therapy':
      return service.category === 'psychological-intervention';
    case 'self-help':
      return service.modes.includes('online-programme');
    case 'information':
      return service.category === 'guidance-information';
    case 'peer':
      return service.category === 'social-peer-support';
    case 'any':
      return false;
  }
}

/** Is the service for this person at all? */
function eligible(service: Service, answers: FinderAnswers): boolean {
  const inPlace = answers.country === 'INT' ? isInternational(service) : service.countries.includes(answers.country) || isInternational(service);
  if (!inPlace) return false;
  if (CATEGORY_FIT[answers.who][service.category] === undefined) return false;
  if (answers.anonymity === 'must' && service.anonymous !== 'yes') return false;
  if (answers.who === 'youth') {
    return service.audiences.includes('youth') || (service.minAge !== undefined && service.minAge < 18);
  }
  return service.audiences.includes(answers.who);
}

function assess(service: Service, answers: FinderAnswers): Suggestion {
  const reasons: Reason[] = [];
  const cautions: Caution[] = [];
  let score = 0;

  if (answers.who === 'youth') {
    if (service.audiences.includes('youth')) {
      score += 3;
      reasons.push({ type: 'audience', audience: 'youth' });
    } else if (service.minAge !== undefined) {
      score += 1;
      reasons.push({ type: 'age', minAge: service.minAge });
    }
  } else {
    score += 3;
    reasons.push({ type: 'audience', audience: answers.who });
  }
  score += CATEGORY_FIT[answers.who][service.category] ?? 0;

  if (service.countries.includes(answers.country)) {
    score += 2;
    reasons.push({ type: 'country', country: answers.country });
  } else {
    reasons.push({ type: 'international' });
  }

  if (service.languages.includes(answers.language)) {
    score += 3;
    reasons.push({ type: 'language', language: answers.language });
  } else {
    score -= 2;
    cautions.push({ type: 'other-language', languages: service.languages });
  }

  if (answers.kind !== 'any' && fitsKind(service, answers.kind)) {
    score += 3;
    reasons.push({ type: 'kind', kind: answers.kind });
  }

  if (service.anonymous === 'yes') {
    if (answers.anonymity !== 'no-matter') score += answers.anonymity === 'prefer' ? 2 : 1;
    reasons.push({ type: 'anonymous' });
  } else if (answers.anonymity === 'prefer') {
    cautions.push(service.anonymous === 'no' ? { type: 'not-anonymous' } : { type: 'anonymity-unknown' });
  } else if (service.anonymous === 'no') {
    cautions.push({ type: 'not-anonymous' });
  }

  if (service.cost === 'free') {
    score += 1;
    reasons.push({ type: 'free' });
  }
  if (isOpenAllHours(service) && (answers.kind === 'talk' || answers.who === 'harmed')) {
    score += 1;
    reasons.push({ type: 'all-hours' });
  }
  if (service.modes.some((m) => (DIRECT_MODES as readonly string[]).includes(m))) score += 1;

  if (mayHaveEnded(service)) {
    score -= 3;
    cautions.push({ type: 'may-have-ended' });
  }
  const gap = contactGap(service);
  if (gap === 'no-contact') {
    score -= 4;
    cautions.push({ type: 'no-contact' });
  } else if (gap === 'phone-missing') {
    if (answers.kind === 'talk') score -= 1;
    cautions.push({ type: 'phone-missing' });
  }
  return { service, score, reasons, cautions };
}

/**
 * Suggestions for these answers, best first. Ties go to a service in the person's own country,
 * then to one the source list marks as high confidence, then by name, so the same answers always
 * give the same list.
 */
export function suggestServices(services: readonly Service[], answers: FinderAnswers): Suggestion[] {
  const local = (s: Service) => (s.countries.includes(answers.country) ? 0 : 1);
  const confidence = (s: Service) => (s.confidence === 'high' ? 0 : 1);
  return services
    .filter((s) => eligible(s, answers))
    .map((s) => assess(s, answers))
    .sort(
      (a, b) =>
        b.score - a.score ||
        local(a.service) - local(b.service) ||
        confidence(a.service) - confidence(b.service) ||
        a.service.name.localeCompare(b.service.name, 'en'),
    );
}
