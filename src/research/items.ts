/**
 * The codes of export schema v1: every value a file may hold is one of these. Codes are stable:
 * a code never changes meaning (a change of meaning is schema v2). Labels for researchers live in
 * the codebook (codebook.ts), labels for the person in the `feedback` strings.
 */
export const EXPORT_FORMAT = 'feedback-export';
export const SCHEMA_VERSION = 1;

/** Studies this version knows. A study fixes its privacy profile (items, bands, epsilon). */
export const STUDY_IDS = ['open-v1'] as const;
export type StudyId = (typeof STUDY_IDS)[number];

export const LANGUAGES = ['fi', 'sv', 'en'] as const;

/**
 * Privacy profile: each weekly value goes through generalised randomised response with this
 * epsilon. Two values per new week (use days, urges), so at most 2 per week of data; older weeks
 * are memoised and cost nothing when sent again.
 */
export const PROFILE = 'weekly-v1';
export const EPSILON_PER_VALUE = 1;
export const WEEKS_BACK = 4;

/** Days with use in the past 7 days: 0 = none, 1 = 1–2 days, 2 = 3–4 days, 3 = 5–7 days. */
export const USE_DAYS_BANDS = 4;
/** Strongest urge of the week (0–10): 0 = 0–3, 1 = 4–6, 2 = 7–10. */
export const URGE_BANDS = 3;

export const RANDOMISED_ITEMS = { useDaysBand: USE_DAYS_BANDS, urgeBand: URGE_BANDS } as const;
export type RandomisedItem = keyof typeof RANDOMISED_ITEMS;
export const RANDOMISED_ITEM_IDS = Object.keys(RANDOMISED_ITEMS) as RandomisedItem[];

export function useDaysBand(days: number): number {
  if (days <= 0) return 0;
  if (days <= 2) return 1;
  if (days <= 4) return 2;
  return 3;
}

export function urgeBand(strongest: number): number {
  if (strongest <= 3) return 0;
  if (strongest <= 6) return 1;
  return 2;
}

/** Self-reported engagement, asked in the questionnaire (no timestamps are read). */
export const WEEKS_USING = ['0-1', '2-4', '5-8', '9-12', '13+'] as const;
export const MODULES_DONE = ['0', '1-3', '4-6', '7-9', '10-12'] as const;

/** The feedback questionnaire fb-v1: own wording for the constructs of end-of-programme surveys. */
export const QUESTIONNAIRE_ID = 'fb-v1';
export const USE_CHANGE = ['stopped', 'decreased', 'no-change', 'increased', 'not-applicable'] as const;
export const MOST_HELPFUL = ['understanding', 'urge-tools', 'tracker', 'thoughts', 'safety-plan', 'relapse-plan', 'finding-help'] as const;
export const WOULD_CHANGE = ['shorter-texts', 'more-examples', 'more-exercises', 'audio', 'reminders', 'talk-to-someone', 'nothing'] as const;
export const SOUGHT_HELP = ['yes', 'no', 'planning'] as const;
/** Confidence to keep the change: 1 (not at all) to 5 (very). */
export const CONFIDENCE_MIN = 1;
export const CONFIDENCE_MAX = 5;

/** Feedback items with one answer each, and their code lists (confidence is 1–5). */
export const SINGLE_CHOICE_ITEMS = {
  useChange: USE_CHANGE,
  mostHelpful: MOST_HELPFUL,
  soughtHelp: SOUGHT_HELP,
  weeksUsing: WEEKS_USING,
  modulesDone: MODULES_DONE,
} as const;
export type SingleChoiceItem = keyof typeof SINGLE_CHOICE_ITEMS;

/** Aggregation: cells (and groups) with fewer than K reports are not published. */
export const K_MIN = 10;

/** Files larger than this are refused before they are read (an export is well under 2 KB). */
export const MAX_FILE_BYTES = 64 * 1024;
