/**
 * How well a service fits who is asking, before language, country and the way of contact are
 * weighed. Kept apart from the scoring so the finder can break ties by fit instead of by name.
 */
import type { Service, ServiceCategory, ServiceTag } from '../../../content/servicesSchema';
import type { FinderAnswers } from './finderAnswers';

/**
 * How well each category fits each kind of person. A category missing from a row is not suggested
 * for them: crisis lines open the results when help is urgent instead, and support for people
 * harmed is not what a worried relative of someone with this interest is looking for. A young
 * person gets no bonus for victim support: services for them say so in their audience.
 */
const CATEGORY_FIT: Record<string, Partial<Record<ServiceCategory, number>>> = {
  self: { 'guidance-information': 2, 'psychological-intervention': 2, 'social-peer-support': 1 },
  family: { 'social-peer-support': 3, 'guidance-information': 2, 'psychological-intervention': 1 },
  /** A professional consulting about a client with a sexual interest in children: prevention services. */
  'professional:consultation': { 'guidance-information': 3, 'psychological-intervention': 2, 'social-peer-support': 1 },
  /** A professional responding to a disclosure or a child at risk: child-protection routes and victim support. */
  'professional:child-safety': { 'guidance-information': 1, 'victim-support': 2 },
  harmed: { 'victim-support': 3, 'guidance-information': 0 },
  youth: { crisis: 3, 'guidance-information': 2, 'psychological-intervention': 2, 'social-peer-support': 1, 'victim-support': 0 },
};

function row(answers: FinderAnswers): Partial<Record<ServiceCategory, number>> {
  if (answers.who === 'professional') return CATEGORY_FIT[`professional:${answers.professionalNeed}`] ?? {};
  return CATEGORY_FIT[answers.who] ?? {};
}

export function categoryFit(service: Service, answers: FinderAnswers): number | undefined {
  return row(answers)[service.category];
}

const has = (service: Service, tag: ServiceTag) => service.tags?.includes(tag) ?? false;

/** Is the service for this person at all (place and anonymity aside)? */
export function fitsPerson(service: Service, answers: FinderAnswers): boolean {
  if (categoryFit(service, answers) === undefined) return false;
  // Only a professional can start a case there; for anyone else it is background, not a contact.
  if (has(service, 'no-self-referral') && answers.who !== 'professional') return false;
  const childProtection = has(service, 'child-protection');
  switch (answers.who) {
    case 'youth':
      // An age limit under 18 admits a service only if it is for people worried about themselves.
      return service.audiences.includes('youth') || (service.minAge !== undefined && service.minAge < 18 && service.audiences.includes('self'));
    case 'professional':
      if (answers.professionalNeed === 'child-safety') {
        return childProtection || (service.category === 'victim-support' && service.audiences.includes('professional'));
      }
      // Prevention help: for professionals, or a service the client could use themself.
      return !childProtection && (service.audiences.includes('professional') || service.audiences.includes('self'));
    case 'self':
      // Reporting routes about a child are not help for a person worried about themself.
      return !childProtection && service.audiences.includes('self');
    default:
      return service.audiences.includes(answers.who);
  }
}

/** Extra fit from what the service is specifically for. */
export function tagFit(service: Service, answers: FinderAnswers): number {
  let fit = 0;
  if (has(service, 'child-protection') && answers.who === 'professional' && answers.professionalNeed === 'child-safety') fit += 3;
  // A relative asks about the person close to them first; reporting routes come after that help.
  if (has(service, 'child-protection') && answers.who === 'family') fit -= 2;
  if (has(service, 'acute-care') && answers.who === 'harmed') {
    // Seri-type centres are for the first weeks after sexual violence.
    fit += answers.harmedWhen === 'recent' ? 4 : answers.harmedWhen === 'earlier' ? -2 : 1;
  }
  return fit;
}

/** Fit alone, for breaking ties between equal scores. */
export function fit(service: Service, answers: FinderAnswers): number {
  return (categoryFit(service, answers) ?? 0) + tagFit(service, answers);
}
