/**
 * The guided finder: a few answers in, a ranked shortlist out, each suggestion with the reasons it
 * fits and the cautions worth knowing. Like StepTo.Support's personalised suggestions, but worked
 * out on the device from the bundled list.
 * PRIVACY: the answers live only in memory while the finder is open; nothing here stores them.
 */
import type { Service } from '../../../content/servicesSchema';
import type { FinderAnswers, HelpKind, Who } from './finderAnswers';
import { categoryFit, fit, fitsPerson, tagFit } from './finderFit';
import { canCall, contactGap, isInternational, isOpenAllHours, isSuggestable, mayHaveEnded } from './serviceFacts';

export {
  ANONYMITY_NEEDS,
  HARMED_WHEN,
  HELP_KINDS,
  PROFESSIONAL_NEEDS,
  URGENCY,
  WHO_OPTIONS,
  type AnonymityNeed,
  type FinderAnswers,
  type HarmedWhen,
  type HelpKind,
  type ProfessionalNeed,
  type Urgency,
  type Who,
} from './finderAnswers';

export type Reason =
  | { type: 'audience'; audience: Who }
  | { type: 'client' }
  | { type: 'age'; minAge: number }
  | { type: 'country'; country: string }
  | { type: 'international' }
  | { type: 'language'; language: string }
  | { type: 'kind'; kind: Exclude<HelpKind, 'any'> }
  | { type: 'anonymous' }
  | { type: 'free' }
  | { type: 'all-hours' }
  | { type: 'recent-harm' }
  | { type: 'child-protection' };

export type Caution =
  | { type: 'may-have-ended' }
  | { type: 'other-language'; languages: readonly string[] }
  | { type: 'anonymity-unknown' }
  | { type: 'not-anonymous' }
  | { type: 'phone-missing' }
  | { type: 'first-month' };

export type Suggestion = { service: Service; score: number; reasons: Reason[]; cautions: Caution[] };

/** Ways of being reached that count as direct help (not only a web page to read). */
const DIRECT_MODES = ['phone', 'chat', 'in-person', 'online-programme', 'email'] as const;

/** A chat counts only in the person's language; a phone only with a number to call. */
function canTalk(service: Service, language: string): boolean {
  return canCall(service) || (service.modes.includes('chat') && service.languages.includes(language));
}

function fitsKind(service: Service, answers: FinderAnswers): boolean {
  switch (answers.kind) {
    case 'talk':
      return canTalk(service, answers.language);
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

/** Is the service one to suggest to this person at all? */
function eligible(service: Service, answers: FinderAnswers): boolean {
  if (!isSuggestable(service)) return false;
  const inPlace = answers.country === 'INT' ? isInternational(service) : service.countries.includes(answers.country) || isInternational(service);
  if (!inPlace) return false;
  // Unknown anonymity ranks lower with a note; only a service known not to be anonymous is left out.
  if (answers.anonymity === 'must' && service.anonymous === 'no') return false;
  return fitsPerson(service, answers);
}

function audienceReason(service: Service, answers: FinderAnswers): { score: number; reason: Reason } {
  if (answers.who === 'youth') {
    if (service.audiences.includes('youth')) return { score: 3, reason: { type: 'audience', audience: 'youth' } };
    return { score: 1, reason: { type: 'age', minAge: service.minAge ?? 0 } };
  }
  if (answers.who === 'professional' && !service.audiences.includes('professional')) return { score: 1, reason: { type: 'client' } };
  return { score: 3, reason: { type: 'audience', audience: answers.who } };
}

function assess(service: Service, answers: FinderAnswers): Suggestion {
  const reasons: Reason[] = [];
  const cautions: Caution[] = [];
  const audience = audienceReason(service, answers);
  let score = audience.score + (categoryFit(service, answers) ?? 0) + tagFit(service, answers);
  reasons.push(audience.reason);

  if (service.tags?.includes('child-protection') && answers.who === 'professional') reasons.push({ type: 'child-protection' });
  if (service.tags?.includes('acute-care') && answers.who === 'harmed') {
    if (answers.harmedWhen === 'recent') reasons.push({ type: 'recent-harm' });
    else cautions.push({ type: 'first-month' });
  }

  if (service.countries.includes(answers.country)) {
    score += 2;
    reasons.push({ type: 'country', country: answers.country });
  } else {
    reasons.push({ type: 'international' });
  }

  // Language outweighs country and kind: help the person cannot understand is not help.
  if (service.languages.includes(answers.language)) {
    score += 5;
    reasons.push({ type: 'language', language: answers.language });
  } else {
    // With no service in the person's language, English is the likeliest shared second language.
    score -= service.languages.includes('en') ? 2 : 3;
    cautions.push({ type: 'other-language', languages: service.languages });
  }

  if (answers.kind !== 'any' && fitsKind(service, answers)) {
    score += 3;
    reasons.push({ type: 'kind', kind: answers.kind });
  }

  if (service.anonymous === 'yes') {
    if (answers.anonymity !== 'no-matter') score += 2;
    reasons.push({ type: 'anonymous' });
  } else if (service.anonymous === 'unknown') {
    if (answers.anonymity !== 'no-matter') {
      score -= answers.anonymity === 'must' ? 3 : 1;
      cautions.push({ type: 'anonymity-unknown' });
    }
  } else {
    if (answers.anonymity === 'prefer') score -= 2;
    cautions.push({ type: 'not-anonymous' });
  }

  if (service.cost === 'free') {
    score += 1;
    reasons.push({ type: 'free' });
  }
  // Round the clock means someone answers: a website is always "open" and says nothing.
  const answers247 = isOpenAllHours(service) && canTalk(service, answers.language);
  if (answers247 && (answers.kind === 'talk' || answers.who === 'harmed' || answers.urgent === 'yes')) {
    score += 1;
    reasons.push({ type: 'all-hours' });
  }
  if (service.modes.some((m) => (DIRECT_MODES as readonly string[]).includes(m))) score += 1;
  if (canCall(service)) score += 1;

  if (mayHaveEnded(service)) cautions.push({ type: 'may-have-ended' });
  if (contactGap(service) === 'phone-missing') {
    if (answers.kind === 'talk') score -= 1;
    cautions.push({ type: 'phone-missing' });
  }
  return { service, score, reasons, cautions };
}

/**
 * Where a service stands before scores count: a service that may have ended always comes after the
 * rest; for a professional protecting a child, the country's reporting routes come first whatever
 * the reading language, because they are the route the law sets for that country.
 */
function tier(service: Service, answers: FinderAnswers): number {
  if (mayHaveEnded(service)) return 2;
  const reportingRoute = answers.who === 'professional' && answers.professionalNeed === 'child-safety' && service.tags?.includes('child-protection');
  return reportingRoute ? 0 : 1;
}

/**
 * Suggestions for these answers, best first, within the tiers above. Ties go to the better fit for the person, then to their own
 * country, then to high confidence, and only then to the name, so the same answers always give the
 * same list.
 */
export function suggestServices(services: readonly Service[], answers: FinderAnswers): Suggestion[] {
  const local = (s: Service) => (s.countries.includes(answers.country) ? 0 : 1);
  const confidence = (s: Service) => (s.confidence === 'high' ? 0 : 1);
  return services
    .filter((s) => eligible(s, answers))
    .map((s) => assess(s, answers))
    .sort(
      (a, b) =>
        tier(a.service, answers) - tier(b.service, answers) ||
        b.score - a.score ||
        fit(b.service, answers) - fit(a.service, answers) ||
        local(a.service) - local(b.service) ||
        confidence(a.service) - confidence(b.service) ||
        a.service.name.localeCompare(b.service.name, 'en'),
    );
}
