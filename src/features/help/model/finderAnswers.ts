/**
 * The finder's questions and the shape of its answers, shared by the scoring (finder.ts), the fit
 * rules (finderFit.ts) and the urgent routes (urgentRoutes.ts).
 * PRIVACY: answers live only in memory while the finder is open.
 */
import type { ServiceAudience } from '../../../content/servicesSchema';

/** Who the help is for. `youth` is a person under 18 asking for themself. */
export type Who = ServiceAudience;
export const WHO_OPTIONS: readonly Who[] = ['self', 'family', 'professional', 'harmed', 'youth'];

export const HELP_KINDS = ['talk', 'therapy', 'self-help', 'information', 'peer', 'any'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export const ANONYMITY_NEEDS = ['must', 'prefer', 'no-matter'] as const;
export type AnonymityNeed = (typeof ANONYMITY_NEEDS)[number];

/** A professional's two different needs: protecting a child now, or help for a client with this interest. */
export const PROFESSIONAL_NEEDS = ['child-safety', 'consultation'] as const;
export type ProfessionalNeed = (typeof PROFESSIONAL_NEEDS)[number];

/** When the harm happened: care after sexual violence is most useful in the first month. */
export const HARMED_WHEN = ['recent', 'earlier', 'not-say'] as const;
export type HarmedWhen = (typeof HARMED_WHEN)[number];

export const URGENCY = ['yes', 'no'] as const;
export type Urgency = (typeof URGENCY)[number];

export type FinderAnswers = {
  who: Who;
  /** Asked only of professionals. */
  professionalNeed?: ProfessionalNeed;
  /** Asked only of people harmed. */
  harmedWhen?: HarmedWhen;
  /** Is this urgent right now: someone in danger, or afraid of acting on an urge or of self-harm. */
  urgent: Urgency;
  /** A country code, or INT when the person's country is not in the list. */
  country: string;
  /** A language code the person wants to be helped in. */
  language: string;
  kind: HelpKind;
  anonymity: AnonymityNeed;
};
