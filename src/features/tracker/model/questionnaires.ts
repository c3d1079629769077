/**
 * PHQ-9, GAD-7 and WHO-5: item counts, answer values, published scoring and severity bands.
 * Wording lives in the `tracker` strings. Pure functions, tested against the published bands.
 *
 * Missing answers: PHQ-9 and GAD-7 totals are prorated (mean of the answered items times the item
 * count, rounded) when few items are missing, as the PHQ authors allow for research and practice
 * (PHQ-9: at most 2 of 9; GAD-7: at most 1 of 7); with more missing, or any missing WHO-5 item,
 * the questionnaire is marked incomplete and gets no total.
 */
export const MEASURES = ['phq9', 'gad7', 'who5'] as const;
export type Measure = (typeof MEASURES)[number];

export type MeasureDefinition = {
  id: Measure;
  items: number;
  /** Answer values, in the order the options are shown. */
  values: readonly number[];
  maxTotal: number;
  /** How many items may be missing while a total is still published. */
  maxMissing: number;
  /** Lower bounds of each band, in order; the band name is its key in the strings. */
  bands: ReadonlyArray<{ from: number; key: string }>;
};

export const DEFINITIONS: Record<Measure, MeasureDefinition> = {
  phq9: {
    id: 'phq9',
    items: 9,
    values: [0, 1, 2, 3],
    maxTotal: 27,
    maxMissing: 2,
    bands: [
      { from: 0, key: 'minimal' },
      { from: 5, key: 'mild' },
      { from: 10, key: 'moderate' },
      { from: 15, key: 'moderately-severe' },
      { from: 20, key: 'severe' },
    ],
  },
  gad7: {
    id: 'gad7',
    items: 7,
    values: [0, 1, 2, 3],
    maxTotal: 21,
    maxMissing: 1,
    bands: [
      { from: 0, key: 'minimal' },
      { from: 5, key: 'mild' },
      { from: 10, key: 'moderate' },
      { from: 15, key: 'severe' },
    ],
  },
  who5: {
    id: 'who5',
    items: 5,
    // Shown from "All of the time" (5) to "At no time" (0), as on the published form.
    values: [5, 4, 3, 2, 1, 0],
    maxTotal: 25,
    maxMissing: 0,
    bands: [
      // Raw score below 13 (percentage 50 or less) suggests poor wellbeing; 7 or less (28 % or less) is a sign of likely depression.
      { from: 0, key: 'likely-depression' },
      { from: 8, key: 'poor' },
      { from: 13, key: 'good' },
    ],
  },
};

export type Answers = ReadonlyArray<number | null>;

export type Score =
  | { complete: true; total: number; prorated: boolean; band: string; /** WHO-5 only: raw × 4. */ percent?: number }
  | { complete: false; answered: number };

export function bandOf(measure: Measure, total: number): string {
  const { bands } = DEFINITIONS[measure];
  let key = bands[0]?.key ?? '';
  for (const band of bands) if (total >= band.from) key = band.key;
  return key;
}

export function isValidAnswer(measure: Measure, value: number | null): boolean {
  return value === null || DEFINITIONS[measure].values.includes(value);
}

export function scoreOf(measure: Measure, answers: Answers): Score {
  const def = DEFINITIONS[measure];
  if (answers.length !== def.items || !answers.every((a) => isValidAnswer(measure, a))) throw new RangeError('answers do not fit the questionnaire');
  const given = answers.filter((a): a is number => a !== null);
  const missing = def.items - given.length;
  if (given.length === 0 || missing > def.maxMissing) return { complete: false, answered: given.length };
  const sum = given.reduce((a, b) => a + b, 0);
  const total = missing === 0 ? sum : Math.round((sum / given.length) * def.items);
  const score: Score = { complete: true, total, prorated: missing > 0, band: bandOf(measure, total) };
  return measure === 'who5' ? { ...score, percent: total * 4 } : score;
}

/**
 * PHQ-9's closing question ("If you checked off any problems, how difficult have these problems
 * made it for you…"): four answers, 0 "Not difficult at all" to 3 "Extremely difficult". The
 * published form asks it only when a problem was checked off and never adds it to the total.
 */
export const DIFFICULTY_VALUES = [0, 1, 2, 3] as const;
export type Difficulty = (typeof DIFFICULTY_VALUES)[number];

export function asksDifficulty(measure: Measure, answers: Answers): boolean {
  return measure === 'phq9' && answers.some((a) => (a ?? 0) > 0);
}

/** PHQ-9 item 9 (thoughts of being better off dead or of self-harm) above 0: show crisis routes at once. */
export function needsCrisisRoutes(measure: Measure, answers: Answers): boolean {
  return measure === 'phq9' && (answers[8] ?? 0) > 0;
}

export const FREQUENCY_WEEKS = [2, 3, 4] as const;
export type FrequencyWeeks = (typeof FREQUENCY_WEEKS)[number];

/** The day a questionnaire is next due, or today when it has never been filled in. */
export function dueOn(lastDate: string | undefined, weeks: FrequencyWeeks, today: string): string {
  if (!lastDate) return today;
  const [y, m, d] = lastDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
}
