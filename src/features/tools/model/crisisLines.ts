/**
 * The crisis numbers that open step 5 of the safety plan, from the service directory (selected in
 * src/content/crisisLines.ts), and the country suggested before the person chooses.
 */
// The selection moved to src/content/crisisLines.ts, shared with the tracker's crisis panel.
export { crisisLinesFor, type CrisisLine, type Directory } from '../../../content/crisisLines';

/**
 * The country to suggest before the person chooses: the first browser language tag with a region
 * we have routes for, else the app language's default from the directory, else none.
 */
export function suggestedCountry(appLanguage: string, browserLanguages: readonly string[], known: readonly string[], defaults: Readonly<Record<string, string>>): string | null {
  for (const tag of browserLanguages) {
    const region = tag.split('-').slice(1).find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
    if (region) return known.includes(region) ? region : null;
  }
  const fallback = defaults[appLanguage];
  return fallback && known.includes(fallback) ? fallback : null;
}
